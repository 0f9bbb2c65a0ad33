import { DEFAULT_BATCH_SIZE } from '../engine';
import { selectBatchSize, useAppStore, useAppStoreApi } from '../store';
import { isWholeCount, NumberField } from './NumberField';

export function BatchSizeControl() {
  const store = useAppStoreApi();
  const batchSize = useAppStore(selectBatchSize);
  const { setBatchSize } = store.getState();
  const full = batchSize === 'full';
  return (
    <div className="field">
      <span className="field-label">Batch size</span>
      <NumberField
        label="Batch size"
        value={full ? DEFAULT_BATCH_SIZE : batchSize}
        min={1}
        step={1}
        acceptsLive={isWholeCount}
        disabled={full}
        onCommit={setBatchSize}
      />
      <label>
        <input
          type="checkbox"
          checked={full}
          onChange={(event) => setBatchSize(event.target.checked ? 'full' : DEFAULT_BATCH_SIZE)}
        />{' '}
        All points
      </label>
    </div>
  );
}
