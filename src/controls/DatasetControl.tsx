import { DATASET_CHOICES, MAX_POINTS } from '../data';
import { selectDataset, selectDatasetOptions, useAppStore, useAppStoreApi } from '../store';
import { NumberField } from './NumberField';

/** The points to train on; a generated dataset also takes its size and noise, and redraws. */
export function DatasetControl() {
  const store = useAppStoreApi();
  const dataset = useAppStore(selectDataset);
  const choice = DATASET_CHOICES.find(({ name }) => name === dataset);
  return (
    <div className="field-group">
      <label className="field">
        <span className="field-label">Dataset</span>
        <select
          value={dataset}
          title={choice?.description}
          onChange={(event) => store.getState().loadDataset(event.target.value)}
        >
          {DATASET_CHOICES.map(({ name, label, description }) => (
            <option key={name} value={name} title={description}>
              {label}
            </option>
          ))}
          <option value="empty">Empty</option>
          {dataset === 'custom' && <option value="custom">Your points</option>}
        </select>
      </label>
      {choice?.usesCountAndNoise && <GeneratorOptions />}
    </div>
  );
}

/** `Points` applies on Enter or leaving the field: each value draws the dataset again. */
function GeneratorOptions() {
  const store = useAppStoreApi();
  const { count, noise } = useAppStore(selectDatasetOptions);
  return (
    <>
      <div className="field">
        <span className="field-label">Points</span>
        <NumberField
          label="Points"
          value={count}
          min={1}
          max={MAX_POINTS}
          step={1}
          onCommit={(value) => store.getState().setDatasetOptions({ count: value })}
        />
      </div>
      <div className="field">
        <span className="field-label">
          Noise <span aria-hidden="true">{noise.toFixed(2)}</span>
        </span>
        <input
          type="range"
          aria-label="Noise"
          min={0}
          max={1}
          step={0.05}
          value={noise}
          onChange={(event) =>
            store.getState().setDatasetOptions({ noise: Number(event.target.value) })
          }
        />
      </div>
      <button type="button" onClick={store.getState().regenerate}>
        Regenerate
      </button>
    </>
  );
}
