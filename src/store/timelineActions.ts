import { cloneNetwork, copyParameters, type Network } from '../engine';
import type { StoreKit } from './storeKit';
import type { Actions, AppState, TimelineState } from './types';

type TimelineActions = Pick<
  Actions,
  'viewIteration' | 'goLive' | 'resumeFromViewed' | 'continueReplay'
>;

/** The store's own `set`: the kit's is typed for `State`, without the timeline's fields. */
export type TimelineSetter = (changes: Partial<AppState>) => void;

/** The timeline following the run: spread into the store update that starts a new run. */
export const LIVE: Pick<TimelineState, 'viewing' | 'viewedNetwork' | 'viewTarget'> = {
  viewing: null,
  viewedNetwork: null,
  viewTarget: null,
};

const sameShape = (a: Network, b: Network) =>
  a.layers.length === b.layers.length && a.layers.every((size, l) => size === b.layers[l]);

/**
 * The timeline's state and actions: which iteration the views show, read bit for bit from the
 * trainer's parameter history, and resuming the run from it. A move shows at once the nearest
 * iteration the history holds; the frame loop's `continueReplay` then replays toward the chosen
 * one a slice a frame, each shown iteration exact, so a long replay never freezes the page.
 */
export function createTimelineActions(
  kit: StoreKit,
  setTimeline: TimelineSetter,
): TimelineState & TimelineActions {
  const { get, trainer, measure, refuse } = kit;
  // The history's replay hands out a scratch network that its next call overwrites, and other
  // features read it too: the views get a copy of their own.
  let copy: Network | null = null;
  const keep = (network: Network): Network => {
    if (copy === null || !sameShape(copy, network)) copy = cloneNetwork(network);
    else copyParameters(network, copy);
    return copy;
  };

  /** Replays at most `maxSteps` steps toward `target` and shows where that got. */
  const showToward = (target: number, maxSteps: number): number => {
    const history = trainer.parameterHistory;
    const { iteration, network, steps } = history.networkToward(target, maxSteps, trainer.session);
    setTimeline({
      viewing: iteration,
      viewedNetwork: keep(network),
      viewedVersion: get().viewedVersion + 1,
      viewTarget: iteration === target ? null : target,
    });
    return steps;
  };

  return {
    viewing: null,
    viewedNetwork: null,
    viewedVersion: 0,
    viewTarget: null,

    viewIteration(k) {
      const latest = trainer.iteration;
      if (!Number.isInteger(k) || k < 0 || k > latest) {
        return refuse(
          `There is no iteration ${k} to show: choose a whole number from 0 to ${latest}.`,
        );
      }
      // Already on its way there: the frames go on with it.
      if (k === get().viewTarget) return;
      try {
        showToward(k, 0);
      } catch (error) {
        refuse(`Iteration ${k} cannot be shown: ${(error as Error).message}`);
      }
    },
    continueReplay(maxSteps) {
      const { viewTarget } = get();
      if (viewTarget === null) return 0;
      try {
        return showToward(viewTarget, maxSteps);
      } catch (error) {
        // The run changed under the replay (its history was cut back): show the present.
        setTimeline({
          ...LIVE,
          notice: `The timeline returned to the present: ${(error as Error).message}`,
        });
        return 0;
      }
    },
    goLive() {
      if (get().viewing !== null) setTimeline(LIVE);
    },
    resumeFromViewed() {
      // While the replay catches up, the iteration on screen is the one resumed: it is exact,
      // and the replay stands at it, so resuming costs no further steps.
      const { viewing } = get();
      if (viewing === null) return;
      trainer.resumeFrom(viewing);
      setTimeline({ ...LIVE, running: false, notice: null, ...measure() });
    },
  };
}
