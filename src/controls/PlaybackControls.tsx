import { selectRunning, useAppStore, useAppStoreApi } from '../store';

export function PlaybackControls() {
  const store = useAppStoreApi();
  const running = useAppStore(selectRunning);
  const { play, pause, step, reset } = store.getState();
  return (
    <div className="playback" role="group" aria-label="Training">
      <button type="button" className="primary" onClick={running ? pause : play}>
        {running ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={step}>
        Step
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </div>
  );
}
