import { useState } from 'react';
import { ACTIVATION_NAMES, isActivationName, type ActivationName } from '../engine';
import {
  selectActivation,
  selectHiddenLayers,
  selectSeed,
  useAppStore,
  useAppStoreApi,
} from '../store';
import { NumberField } from './NumberField';

/** The hidden layers' activations, with names for people. */
export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  relu: 'ReLU',
  tanh: 'tanh',
  sigmoid: 'Sigmoid',
  linear: 'Linear',
  'leaky-relu': 'Leaky ReLU',
};

/** "4, 4" -> [4, 4]; "" -> [] (no hidden layer); anything else -> null. */
export function parseHiddenLayers(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const sizes = trimmed.split(/[\s,x]+/).map(Number);
  return sizes.every((n) => Number.isInteger(n)) ? sizes : null;
}

/** Changing the shape of the network starts a new run from the seed. */
export function ArchitectureControl() {
  const store = useAppStoreApi();
  const hiddenLayers = useAppStore(selectHiddenLayers);
  const activation = useAppStore(selectActivation);
  const seed = useAppStore(selectSeed);
  const [draft, setDraft] = useState<string | null>(null);
  const commitLayers = () => {
    if (draft === null) return;
    const sizes = parseHiddenLayers(draft);
    setDraft(null);
    if (sizes === null) {
      store.getState().showNotice('Hidden layers: write sizes separated by commas, such as 4, 4.');
    } else {
      store.getState().setHiddenLayers(sizes);
    }
  };
  return (
    <div className="field-group">
      <label className="field">
        <span className="field-label">Hidden layers</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft ?? hiddenLayers.join(', ')}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitLayers}
          onKeyDown={(event) => event.key === 'Enter' && commitLayers()}
        />
      </label>
      <label className="field">
        <span className="field-label">Activation</span>
        <select
          value={activation}
          onChange={(event) => {
            if (isActivationName(event.target.value)) {
              store.getState().setActivation(event.target.value);
            }
          }}
        >
          {ACTIVATION_NAMES.map((name) => (
            <option key={name} value={name}>
              {ACTIVATION_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <span className="field-label">Seed</span>
        <NumberField
          label="Seed"
          value={seed}
          min={0}
          step={1}
          onCommit={store.getState().setSeed}
        />
      </div>
    </div>
  );
}
