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
import { useFrameScheduler } from '../frameSchedulerContext';
import { createEquationList, type EquationListData } from './equationList';
import { isTypingTarget } from './isTypingTarget';
import { loadTypesetter, type Typeset } from './loadTypesetter';
import { traceEquations } from './traceEquations';
import './inspect.css';

/** What the panel follows: a change in any of them asks for a repaint in the next frame. */
const WATCHED: readonly ((s: AppState) => unknown)[] = [
  (s) => s.weightsVersion,
  (s) => s.inspectedPoint,
  (s) => s.points,
  (s) => s.features,
  (s) => s.heldOut,
  (s) => s.viewing,
  (s) => s.viewedVersion,
];

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
    const list = createEquationList(container, typeset);
    const painting = scheduler.register(() =>
      list.update(listDataOf(traceInspectedPoint(store.getState()))),
    );
    const unsubscribes = WATCHED.map((selector) =>
      store.subscribe(selector, () => painting.invalidate()),
    );
    return () => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      painting.unregister();
      list.destroy();
    };
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
