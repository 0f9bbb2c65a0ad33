import { runStateBytes, type RunState } from './runState';

/** How many checkpoints and bytes the store may hold before it thins itself. */
export interface CheckpointBudget {
  readonly maxBytes: number;
  readonly maxCount: number;
}

/**
 * Run states at a spacing that grows with the run: a checkpoint is due at every multiple of
 * `stride`; when the store holds more than its budget, the stride doubles and every checkpoint
 * off the new stride is dropped (so after n iterations it holds between count/2 and maxCount of
 * them, and no replay runs more than stride - 1 steps). A checkpoint may also be added at any
 * iteration (a forced one, where the run changed); it stays until the next thinning.
 */
export interface CheckpointStore {
  readonly stride: number;
  readonly count: number;
  /** What the checkpoints hold, as `runStateBytes` counts it. */
  readonly bytes: number;
  /** Whether the spacing wants a checkpoint at `iteration`. */
  isDue(iteration: number): boolean;
  /**
   * Keeps `state`, replacing one at the same iteration, then thins while the store and
   * `reservedBytes` (what the rest of the history holds) exceed the budget. Throws a RangeError
   * for a state earlier than the latest checkpoint: history only grows at its end. Mutates.
   */
  add(state: RunState, reservedBytes?: number): void;
  /** The checkpoint with the greatest iteration at or before `iteration`, if any. */
  latestAtOrBefore(iteration: number): RunState | undefined;
  /** Drops every checkpoint after `iteration`. Mutates. */
  truncateAfter(iteration: number): void;
  clear(): void;
}

export function createCheckpointStore(budget: CheckpointBudget): CheckpointStore {
  let states: RunState[] = [];
  let stride = 1;
  let bytes = 0;

  const thin = (reservedBytes: number) => {
    while (
      states.length > 1 &&
      (states.length > budget.maxCount || bytes + reservedBytes > budget.maxBytes)
    ) {
      stride *= 2;
      states = states.filter((state) => state.iteration % stride === 0);
      bytes = states.reduce((sum, state) => sum + runStateBytes(state), 0);
    }
  };

  const indexAtOrBefore = (iteration: number): number => {
    let low = 0;
    let high = states.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (states[middle].iteration <= iteration) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };

  return {
    get stride() {
      return stride;
    },
    get count() {
      return states.length;
    },
    get bytes() {
      return bytes;
    },
    isDue: (iteration) => iteration % stride === 0,
    add(state, reservedBytes = 0) {
      const last = states[states.length - 1];
      if (last !== undefined && state.iteration < last.iteration) {
        throw new RangeError(
          `A checkpoint at iteration ${state.iteration} comes before the latest, at ${last.iteration}.`,
        );
      }
      if (last !== undefined && last.iteration === state.iteration) {
        bytes -= runStateBytes(last);
        states.pop();
      }
      states.push(state);
      bytes += runStateBytes(state);
      thin(reservedBytes);
    },
    latestAtOrBefore(iteration) {
      const index = indexAtOrBefore(iteration);
      return index < 0 ? undefined : states[index];
    },
    truncateAfter(iteration) {
      const keep = indexAtOrBefore(iteration) + 1;
      for (let i = keep; i < states.length; i++) bytes -= runStateBytes(states[i]);
      states.length = keep;
    },
    clear() {
      states = [];
      stride = 1;
      bytes = 0;
    },
  };
}
