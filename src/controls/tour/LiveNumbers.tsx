import { useEffect, useRef } from 'react';
import {
  selectFeatures,
  selectShownNetwork,
  selectShownVersion,
  useAppStoreApi,
  type AppState,
} from '../../store';
import { useFrameScheduler } from '../../views/frameSchedulerContext';
import { createLiveEquation } from './createLiveEquation';
import type { Typesetter } from './katexLoader';
import { liveViewOf } from './liveView';
import { examplePointIndex } from './showMe';
import type { TourStepId } from './tourSteps';

const selectPoints = (s: AppState) => s.points;

/**
 * A step's equation with the numbers of the network on screen, for the example point. It changes
 * every frame while training runs, so it is painted by the frame scheduler, not by React renders.
 */
export function LiveNumbers({
  id,
  chosenPoint,
  katex,
}: {
  id: TourStepId;
  chosenPoint: number;
  katex: Typesetter | null;
}) {
  const store = useAppStoreApi();
  const scheduler = useFrameScheduler();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const live = createLiveEquation(element, katex);
    const paint = () => {
      const state = store.getState();
      const index = examplePointIndex(chosenPoint, state.points.length);
      live.update(
        liveViewOf(id, {
          network: selectShownNetwork(state),
          features: state.features,
          point: index === null ? undefined : state.points[index],
        }),
      );
    };
    paint();
    const painting = scheduler.register(paint);
    const unsubscribes = [
      store.subscribe(selectShownVersion, painting.invalidate),
      store.subscribe(selectPoints, painting.invalidate),
      store.subscribe(selectFeatures, painting.invalidate),
    ];
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
      painting.unregister();
      live.destroy();
    };
  }, [store, scheduler, id, chosenPoint, katex]);

  return <div ref={ref} className="tour-live" />;
}
