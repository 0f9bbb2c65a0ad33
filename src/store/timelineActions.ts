import { cloneNetwork, copyParameters, type Network } from '../engine';
import type { StoreKit } from './storeKit';
import type { Actions, AppState, TimelineState } from './types';

type TimelineActions = Pick<Actions, 'viewIteration' | 'goLive' | 'resumeFromViewed'>;

/** The store's own `set`: the kit's is typed for `State`, without the timeline's fields. */
export type TimelineSetter = (changes: Partial<AppState>) => void;

/** The timeline following the run: spread into the store update that starts a new run. */
export const LIVE: Pick<TimelineState, 'viewing' | 'viewedNetwork'> = {
  viewing: null,
  viewedNetwork: null,
};

const sameShape = (a: Network, b: Network) =>
  a.layers.length === b.layers.length && a.layers.every((size, l) => size === b.layers[l]);

/**
 * The timeline's state and actions: which iteration the views show, read bit for bit from the
 * trainer's parameter history, and resuming the run from it.
 */
export function createTimelineActions(
  kit: StoreKit,
  setTimeline: TimelineSetter,
): TimelineState & TimelineActions {
  const { get, trainer, measure, refuse } = kit;
  // The trainer's `networkAt` hands out a scratch network that its next call overwrites, and other
  // features call it too: the views get a copy of their own.
  let copy: Network | null = null;
  const keep = (network: Network): Network => {
    if (copy === null || !sameShape(copy, network)) copy = cloneNetwork(network);
    else copyParameters(network, copy);
    return copy;
  };

  return {
    viewing: null,
    viewedNetwork: null,
    viewedVersion: 0,

    viewIteration(k) {
      const latest = trainer.iteration;
      if (!Number.isInteger(k) || k < 0 || k > latest) {
        return refuse(
          `There is no iteration ${k} to show: choose a whole number from 0 to ${latest}.`,
        );
      }
      let network: Network;
      try {
        network = trainer.networkAt(k);
      } catch (error) {
        return refuse(`Iteration ${k} cannot be shown: ${(error as Error).message}`);
      }
      setTimeline({
        viewing: k,
        viewedNetwork: keep(network),
        viewedVersion: get().viewedVersion + 1,
      });
    },
    goLive() {
      if (get().viewing !== null) setTimeline(LIVE);
    },
    resumeFromViewed() {
      const { viewing } = get();
      if (viewing === null) return;
      trainer.resumeFrom(viewing);
      setTimeline({ ...LIVE, running: false, notice: null, ...measure() });
    },
  };
}
