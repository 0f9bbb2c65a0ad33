import type { LabelledPoint } from '../engine';
import { tracePoint, type PointTrace } from '../training';
import { selectShownNetwork } from './timelineSelectors';
import type { AppState } from './types';

/** The inspected point's pass through the network the views show, or why there is none. */
export interface InspectedTrace {
  readonly index: number;
  readonly point: LabelledPoint;
  /** Held out of training: measured, never trained on. */
  readonly heldOut: boolean;
  /** The iteration the network is at: the viewed one, or the run's own. */
  readonly iteration: number;
  /** Whether that is an earlier iteration picked on the timeline. */
  readonly viewing: boolean;
  /** Null when the network cannot take the point (e.g. its inputs are being changed). */
  readonly trace: PointTrace | null;
  readonly problem: string | null;
}

/**
 * The inspected point traced through the network on screen with the engine's own forward and
 * backward pass; null while no point is inspected. Computed afresh at each call.
 */
export function traceInspectedPoint(state: AppState): InspectedTrace | null {
  const index = state.inspectedPoint;
  const point = index === null ? undefined : state.points[index];
  if (index === null || point === undefined) return null;
  const network = selectShownNetwork(state);
  const viewing = network !== state.trainer.network;
  const base = {
    index,
    point,
    heldOut: state.heldOut[index] === 1,
    iteration: viewing && state.viewing !== null ? state.viewing : state.progress.iteration,
    viewing,
  };
  try {
    return {
      ...base,
      trace: tracePoint(network, state.features, point),
      problem: null,
    };
  } catch (error) {
    const problem = error instanceof RangeError ? error.message : 'the pass could not be computed';
    return { ...base, trace: null, problem: `This point cannot be traced: ${problem}.` };
  }
}
