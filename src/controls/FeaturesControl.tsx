import { FEATURE_LABELS } from '../data';
import { FEATURE_NAMES, type FeatureName } from '../engine';
import { selectFeatures, useAppStore, useAppStoreApi } from '../store';

/**
 * The network's inputs. A change draws the first layer again from the seed (the store says so);
 * the store refuses to leave none, and the box of the last one stays ticked.
 */
export function FeaturesControl() {
  const store = useAppStoreApi();
  const features = useAppStore(selectFeatures);
  const toggle = (name: FeatureName, on: boolean) =>
    store
      .getState()
      .setFeatures(FEATURE_NAMES.filter((f) => (f === name ? on : features.includes(f))));
  return (
    <fieldset className="field checkbox-group">
      <legend className="field-label">Features</legend>
      {FEATURE_NAMES.map((name) => (
        <label key={name} className="checkbox">
          <input
            type="checkbox"
            checked={features.includes(name)}
            onChange={(event) => toggle(name, event.target.checked)}
          />{' '}
          {FEATURE_LABELS[name]}
        </label>
      ))}
    </fieldset>
  );
}
