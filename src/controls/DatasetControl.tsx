import { DATASETS } from '../data';
import { selectDataset, useAppStore, useAppStoreApi } from '../store';

export function DatasetControl() {
  const store = useAppStoreApi();
  const dataset = useAppStore(selectDataset);
  return (
    <label className="field">
      <span className="field-label">Dataset</span>
      <select
        value={dataset}
        onChange={(event) => store.getState().loadDataset(event.target.value)}
      >
        {DATASETS.map(({ name, label }) => (
          <option key={name} value={name}>
            {label}
          </option>
        ))}
        <option value="empty">Empty</option>
        {dataset === 'custom' && <option value="custom">Your points</option>}
      </select>
    </label>
  );
}
