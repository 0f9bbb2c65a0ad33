import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import {
  selectIsLive,
  selectLatestIteration,
  selectTimelineIteration,
  selectViewing,
  selectViewTarget,
  useAppStore,
  useAppStoreApi,
  type AppState,
} from '../store';
import './timeline.css';

/** Where the slider stands: the iteration chosen (perhaps still being replayed), or the latest. */
const sliderIteration = (s: AppState) => selectTimelineIteration(s) ?? s.progress.iteration;

/** The iteration on screen, and the one the replay is catching up with if any. */
const viewingText = (s: AppState, latest: number) => {
  const shown = Math.min(s.viewing ?? latest, latest);
  return s.viewTarget === null ? String(shown) : `${shown} \u2192 ${s.viewTarget}`;
};

/**
 * The run's timeline under the views: a native range over iterations 0 to the latest, one
 * iteration a step, so arrow keys, Page Up/Down, Home and End work as everywhere. Moving it shows
 * that iteration in every view; `Live` returns to the present and `Resume from here` makes the
 * viewed iteration the present. While a long replay catches up, `Viewing` reads "4096 → 6000":
 * the exact iteration on screen, then the chosen one. The slider's end and the `Viewing` readout
 * change every frame while training runs, so they are written into the DOM from a store
 * subscription.
 */
export function Timeline() {
  const store = useAppStoreApi();
  const live = useAppStore(selectIsLive);
  const sliderRef = useRef<HTMLInputElement>(null);
  const viewingRef = useRef<HTMLOutputElement>(null);
  const sliderId = useId();
  const viewingId = useId();

  useEffect(() => {
    const show = () => {
      const slider = sliderRef.current;
      const output = viewingRef.current;
      const state = store.getState();
      const latest = selectLatestIteration(state);
      const shown = Math.min(sliderIteration(state), latest);
      if (slider !== null) {
        // The end first: a value past the old end would be clamped to it.
        slider.max = String(latest);
        slider.value = String(shown);
        slider.setAttribute('aria-valuetext', `Iteration ${shown} of ${latest}`);
      }
      if (output !== null) output.textContent = viewingText(state, latest);
    };
    show();
    const unsubscribeLatest = store.subscribe(selectLatestIteration, show);
    const unsubscribeViewing = store.subscribe(selectViewing, show);
    const unsubscribeTarget = store.subscribe(selectViewTarget, show);
    return () => {
      unsubscribeLatest();
      unsubscribeViewing();
      unsubscribeTarget();
    };
  }, [store]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && !live) {
      event.preventDefault();
      store.getState().goLive();
    }
  };

  return (
    <div className="timeline" role="group" aria-label="Run timeline">
      <label className="timeline-label" htmlFor={sliderId}>
        Timeline
      </label>
      <input
        ref={sliderRef}
        id={sliderId}
        className="timeline-slider"
        type="range"
        min={0}
        step={1}
        defaultValue={0}
        aria-describedby={viewingId}
        onChange={(event) => store.getState().viewIteration(Number(event.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      <span className="timeline-viewing">
        <span id={viewingId}>Viewing</span>{' '}
        <output
          ref={viewingRef}
          className="timeline-viewing-value"
          role="status"
          aria-live="off"
          aria-labelledby={viewingId}
        />
        {live && <span className="timeline-live-tag"> (live)</span>}
      </span>
      <button
        type="button"
        className="timeline-live"
        disabled={live}
        onClick={() => store.getState().goLive()}
      >
        Live
      </button>
      <button type="button" disabled={live} onClick={() => store.getState().resumeFromViewed()}>
        Resume from here
      </button>
    </div>
  );
}
