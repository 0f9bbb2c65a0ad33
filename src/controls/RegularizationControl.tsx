import { isRegularizationRate, MAX_REGULARIZATION_RATE } from '../data';
import {
  selectRegularization,
  selectRegularizationRate,
  useAppStore,
  useAppStoreApi,
  type Regularization,
} from '../store';
import { NumberField } from './NumberField';

const REGULARIZATIONS: readonly { value: Regularization; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'l1', label: 'L1' },
  { value: 'l2', label: 'L2' },
];

/** The penalty on the weights (never the biases) and its rate; both apply on the next step. */
export function RegularizationControl() {
  const store = useAppStoreApi();
  const regularization = useAppStore(selectRegularization);
  const rate = useAppStore(selectRegularizationRate);
  return (
    <div className="field-group">
      <label className="field">
        <span className="field-label">Regularization</span>
        <select
          value={regularization}
          onChange={(event) =>
            store.getState().setRegularization(event.target.value as Regularization)
          }
        >
          {REGULARIZATIONS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <span className="field-label">Regularization rate</span>
        <NumberField
          label="Regularization rate"
          value={rate}
          min={0}
          max={MAX_REGULARIZATION_RATE}
          acceptsLive={isRegularizationRate}
          onCommit={store.getState().setRegularizationRate}
        />
      </div>
    </div>
  );
}
