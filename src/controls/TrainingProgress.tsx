import { useEffect, useRef } from 'react';
import { selectStopAfter, useAppStore, useAppStoreApi } from '../store';

const APP_TITLE = 'Backprop Lab';
/** The page title changes at most this often: a background tab shows how far training got. */
const TITLE_INTERVAL_MS = 250;

/**
 * With `Stop after` on, a bar of the iteration against the stop; while training runs, the page
 * title carries the iteration. Both are written from a store subscription, not by re-rendering.
 */
export function TrainingProgress() {
  const store = useAppStoreApi();
  const stopAfter = useAppStore(selectStopAfter);
  const barRef = useRef<HTMLProgressElement>(null);

  useEffect(() => {
    let titledAt = -Infinity;
    const show = () => {
      const { progress, running, stopAfter: stop } = store.getState();
      const bar = barRef.current;
      if (bar !== null && stop !== null) bar.value = Math.min(progress.iteration, stop);
      const now = performance.now();
      if (!running) {
        document.title = APP_TITLE;
      } else if (now - titledAt >= TITLE_INTERVAL_MS) {
        titledAt = now;
        document.title = `Iteration ${progress.iteration} · ${APP_TITLE}`;
      }
    };
    show();
    const unsubscribe = store.subscribe(show);
    return () => {
      unsubscribe();
      document.title = APP_TITLE;
    };
  }, [store]);

  if (stopAfter === null) return null;
  return (
    <progress
      ref={barRef}
      className="training-progress"
      aria-label="Training progress"
      max={stopAfter}
      value={Math.min(store.getState().progress.iteration, stopAfter)}
    />
  );
}
