import { useEffect, useRef } from 'react';
import {
  selectActivation,
  selectArchitecture,
  useAppStore,
  useAppStoreApi,
  type AppState,
} from '../store';
import { countPointsByClass, describeBoundary, describeNetwork } from './viewSummaries';

/** The id of the boundary's text alternative, for the view's `aria-describedby`. */
export const BOUNDARY_SUMMARY_ID = 'boundary-summary';
/** The id of the network's text alternative, for the view's `aria-describedby`. */
export const NETWORK_SUMMARY_ID = 'network-summary';

/**
 * The decision boundary in words (points per class, accuracy), for screen readers. The accuracy
 * moves every frame while training, so the text is written from a store subscription, and only
 * when it reads differently, instead of re-rendering React each frame.
 */
export function BoundarySummary() {
  const store = useAppStoreApi();
  const element = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let countsOf: { points: AppState['points']; classCount: number; counts: number[] } | null =
      null;
    const show = (state: AppState) => {
      if (countsOf?.points !== state.points || countsOf.classCount !== state.classCount) {
        const counts = countPointsByClass(state.points, state.classCount);
        countsOf = { points: state.points, classCount: state.classCount, counts };
      }
      const text = describeBoundary(countsOf.counts, state.progress.accuracy);
      if (element.current && element.current.textContent !== text) {
        element.current.textContent = text;
      }
    };
    show(store.getState());
    return store.subscribe(show);
  }, [store]);

  return <p id={BOUNDARY_SUMMARY_ID} className="visually-hidden" ref={element} />;
}

/** The network's shape in words ("2-4-4-2 network, ReLU: ..."), for screen readers. */
export function NetworkSummary() {
  const architecture = useAppStore(selectArchitecture);
  const activation = useAppStore(selectActivation);
  return (
    <p id={NETWORK_SUMMARY_ID} className="visually-hidden">
      {describeNetwork(architecture.split('-').map(Number), activation)}
    </p>
  );
}
