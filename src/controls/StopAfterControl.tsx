import { initialConfig, selectStopAfter, useAppStore, useAppStoreApi } from '../store';
import { isWholeCount, NumberField } from './NumberField';

const DEFAULT_STOP = initialConfig.stopAfter ?? 1000;

export function StopAfterControl() {
  const store = useAppStoreApi();
  const stopAfter = useAppStore(selectStopAfter);
  const { setStopAfter } = store.getState();
  return (
    <div className="field">
      <label className="field-label">
        <input
          type="checkbox"
          checked={stopAfter !== null}
          onChange={(event) => setStopAfter(event.target.checked ? DEFAULT_STOP : null)}
        />{' '}
        Stop after
      </label>
      <NumberField
        label="Stop at iteration"
        value={stopAfter ?? DEFAULT_STOP}
        min={1}
        step={1}
        acceptsLive={isWholeCount}
        disabled={stopAfter === null}
        onCommit={setStopAfter}
      />
    </div>
  );
}
