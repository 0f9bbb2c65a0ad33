import {
  defaultOptimizerSettings,
  isOptimizerName,
  type OptimizerName,
  type OptimizerSettings,
} from '../engine';
import { selectOptimizer, useAppStore, useAppStoreApi } from '../store';
import { NumberField } from './NumberField';

const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  gd: 'Gradient descent',
  momentum: 'Momentum',
  adam: 'Adam',
};

type Parameter = 'momentum' | 'beta1' | 'beta2' | 'epsilon';

/** The numbers each optimizer takes, with their names for people. */
const PARAMETERS: Record<OptimizerName, readonly { key: Parameter; label: string }[]> = {
  gd: [],
  momentum: [{ key: 'momentum', label: 'Momentum' }],
  adam: [
    { key: 'beta1', label: 'Beta 1' },
    { key: 'beta2', label: 'Beta 2' },
    { key: 'epsilon', label: 'Epsilon' },
  ],
};

/**
 * The optimizer and only its own parameters. A change keeps the weights and starts the
 * optimizer's state afresh; a parameter applies on Enter or leaving the field, so that typing
 * "0.99" does not restart the optimizer at every keystroke.
 */
export function OptimizerControl() {
  const store = useAppStoreApi();
  const optimizer = useAppStore(selectOptimizer);
  const values = optimizer as unknown as Partial<Record<Parameter, number>>;
  const setParameter = (key: Parameter, value: number) =>
    store.getState().setOptimizer({ ...optimizer, [key]: value } as OptimizerSettings);
  return (
    <div className="field-group">
      <label className="field">
        <span className="field-label">Optimizer</span>
        <select
          value={optimizer.kind}
          onChange={(event) => {
            const name = event.target.value;
            if (isOptimizerName(name))
              store.getState().setOptimizer(defaultOptimizerSettings(name));
          }}
        >
          {Object.entries(OPTIMIZER_LABELS).map(([name, label]) => (
            <option key={name} value={name}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {PARAMETERS[optimizer.kind].map(({ key, label }) => (
        <div key={key} className="field">
          <span className="field-label">{label}</span>
          <NumberField
            label={label}
            value={values[key] ?? Number.NaN}
            min={0}
            max={key === 'epsilon' ? undefined : 1}
            onCommit={(value) => setParameter(key, value)}
          />
        </div>
      ))}
    </div>
  );
}
