import { useEffect, useRef, useState } from 'react';
import {
  followInspectedPoint,
  selectInspectedPoint,
  traceInspectedPoint,
  useAppStore,
  useAppStoreApi,
  type AppState,
  type AppStore,
  type InspectedTrace,
} from '../../store';
import type { FrameScheduler, Painting } from '../frameScheduler';
import { useFrameScheduler } from '../frameSchedulerContext';
import { createEquationList, type EquationListData, type TypesetNow } from './equationList';
import { recordInspectPaint } from './inspectTiming';
import { isTypingTarget } from './isTypingTarget';
import { loadTypesetter, type Typeset } from './loadTypesetter';
import { createRefreshThrottle } from './refreshThrottle';
import { traceEquations } from './traceEquations';
import './inspect.css';

/**
 * Changes the panel shows at once, every equation: another point or shape. Training stopping is
 * one too (its final numbers), while training starting changes nothing shown by itself.
 */
const SHOWN_AT_ONCE: readonly ((s: AppState) => unknown)[] = [
  (s) => s.inspectedPoint,
  (s) => s.features,
];
/**
 * The timeline: shown at once in the equations in view, the others as they come into view, so
 * stepping through iterations by key stays quick on a large network (48 equations of 16 x 16
 * matrices took 130 to 400 ms a step to typeset).
 */
const SHOWN_AT_ONCE_IN_VIEW: readonly ((s: AppState) => unknown)[] = [
  (s) => s.viewing,
  (s) => s.viewedVersion,
];
/** Changes that come every frame while training runs: shown at a human rate then, else at once. */
const SHOWN_AT_TRAINING_RATE: readonly ((s: AppState) => unknown)[] = [
  (s) => s.weightsVersion,
  (s) => s.points,
  (s) => s.heldOut,
];
/** From the refresh that typesets most to least: two refreshes due in one frame do the most. */
const TYPESET_ORDER: readonly TypesetNow[] = ['all', 'in-view', 'none'];
/** The most script time one frame spends typesetting equations in view while training runs. */
const TYPESET_SLICE_MS = 3;

function summaryOf(inspected: InspectedTrace): string {
  const { point, index, heldOut, iteration, viewing } = inspected;
  const role = heldOut ? 'test point' : 'point';
  const when = viewing ? `viewed iteration ${iteration}` : `iteration ${iteration}`;
  const at = `(${point.x.toFixed(2)}, ${point.y.toFixed(2)})`;
  return `${role[0].toUpperCase()}${role.slice(1)} ${index + 1} at ${at}, class ${point.label}, ${when}.`;
}

function listDataOf(inspected: InspectedTrace | null): EquationListData {
  if (inspected === null) return { summary: '', problem: null, sections: [] };
  const { trace, problem } = inspected;
  return {
    summary: summaryOf(inspected),
    problem,
    sections: trace === null ? [] : traceEquations(trace),
  };
}

/**
 * Keeps the equations in `container` showing the inspected point: a pause or another point is
 * shown in the next frame, every equation exact, and a timeline move so in the equations in view;
 * while training runs, the equations in view follow the weights at a human rate, typeset a few a
 * frame, so the panel costs training little. Returns the cleanup.
 */
function showEquations(
  container: HTMLElement,
  typeset: Typeset,
  store: AppStore,
  scheduler: FrameScheduler,
): () => void {
  const now = () => performance.now();
  // The first paint shows everything; later ones as the throttle says. An immediate refresh
  // typesets what was asked of it; training's paced ones only mark.
  let due: TypesetNow | null = 'all';
  let asked: TypesetNow = 'all';
  let painting: Painting | null = null;
  const list = createEquationList(container, typeset, () => painting?.invalidate());
  const throttle = createRefreshThrottle((immediate) => {
    const next = immediate ? asked : 'none';
    due = due === null || TYPESET_ORDER.indexOf(next) < TYPESET_ORDER.indexOf(due) ? next : due;
    painting?.invalidate();
  });
  const showNow = (typesetNow: TypesetNow) => {
    asked = typesetNow;
    throttle.now();
  };
  painting = scheduler.register(() => {
    const start = now();
    const paced = due === 'none';
    if (due !== null) {
      list.update(listDataOf(traceInspectedPoint(store.getState())), due);
      due = null;
    }
    if (list.typesetPending(TYPESET_SLICE_MS, now)) painting?.invalidate();
    // An immediate refresh answers someone's action; only training's refreshes set the pace.
    const end = now();
    if (paced) throttle.charge(end - start);
    recordInspectPaint(start, end);
  });
  const unsubscribes = [
    ...SHOWN_AT_ONCE.map((selector) => store.subscribe(selector, () => showNow('all'))),
    ...SHOWN_AT_ONCE_IN_VIEW.map((selector) => store.subscribe(selector, () => showNow('in-view'))),
    store.subscribe(
      (s) => s.running,
      (running) => running || showNow('all'),
    ),
    ...SHOWN_AT_TRAINING_RATE.map((selector) =>
      store.subscribe(selector, () =>
        store.getState().running ? throttle.soon() : showNow('all'),
      ),
    ),
  ];
  return () => {
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    throttle.destroy();
    painting?.unregister();
    list.destroy();
  };
}

/** Keeps the inspected index on the same point when the points change; closes when it is gone. */
function useFollowPoints(store: AppStore) {
  useEffect(
    () =>
      store.subscribe(
        (s) => s.points,
        (next, previous) => {
          const { inspectedPoint, inspectPoint } = store.getState();
          if (inspectedPoint === null) return;
          const followed = followInspectedPoint(previous, next, inspectedPoint);
          if (followed !== inspectedPoint) inspectPoint(followed);
        },
      ),
    [store],
  );
}

/**
 * The `Inspect point` panel (its shell), open while a point is inspected: the post's equations for that point
 * with the numbers of the network on screen, repainted at most once a frame.
 */
export function InspectView() {
  const store = useAppStoreApi();
  const inspected = useAppStore(selectInspectedPoint);
  useFollowPoints(store);
  return inspected === null ? null : <OpenPanel store={store} />;
}

function OpenPanel({ store }: { store: AppStore }) {
  const scheduler = useFrameScheduler();
  const regionRef = useRef<HTMLElement>(null);
  const mathRef = useRef<HTMLDivElement>(null);
  const [typeset, setTypeset] = useState<Typeset | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const close = () => store.getState().inspectPoint(null);

  useEffect(() => {
    let current = true;
    loadTypesetter().then(
      (loaded) => current && setTypeset(() => loaded),
      (error: unknown) => {
        if (!current) return;
        const reason = error instanceof Error ? error.message : String(error);
        setLoadProblem(`The equations could not be loaded (${reason}). Close and open again.`);
      },
    );
    return () => {
      current = false;
    };
  }, []);

  // Focus moves into the panel when it opens, and back to where it was when it closes. It moves
  // after the task: a click's mousedown, which follows the pointerdown that opened the panel,
  // would otherwise focus the clicked point again.
  useEffect(() => {
    let before: Element | null = null;
    const timer = setTimeout(() => {
      before = document.activeElement;
      regionRef.current?.focus();
    });
    return () => {
      clearTimeout(timer);
      const previous: Element | null = before;
      if (previous instanceof HTMLElement || previous instanceof SVGElement) {
        if (previous.isConnected) previous.focus();
      }
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const inPanel = regionRef.current?.contains(event.target as Node) ?? false;
      if (!inPanel && isTypingTarget(event.target)) return;
      store.getState().inspectPoint(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  useEffect(() => {
    const container = mathRef.current;
    if (container === null || typeset === null) return;
    return showEquations(container, typeset, store, scheduler);
  }, [store, scheduler, typeset]);

  return (
    <section ref={regionRef} className="inspect-panel" aria-label="Inspect point" tabIndex={-1}>
      <header className="inspect-header">
        <h2>Inspect point</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </header>
      {loadProblem !== null && <p role="alert">{loadProblem}</p>}
      {typeset === null && loadProblem === null && <p>Loading the equations…</p>}
      <div ref={mathRef} className="inspect-math" />
    </section>
  );
}
