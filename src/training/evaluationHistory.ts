/**
 * The cost over every training point and over the held-out points, once a frame, against the
 * iteration it was measured at: the post's `C_func_array`, sampled as often as the views repaint.
 * Bounded: once `limit` entries are held, every other one is dropped.
 */
export interface EvaluationHistory {
  readonly length: number;
  readonly iterations: Float64Array;
  readonly cost: Float64Array;
  /** NaN where there were no held-out points. */
  readonly testCost: Float64Array;
  /** Records the costs at `iteration`, replacing an entry at the same iteration. Mutates. */
  push(iteration: number, cost: number, testCost: number): void;
  clear(): void;
  /** Forgets every entry measured after `iteration`, as when the run resumes from it. Mutates. */
  truncateAfter(iteration: number): void;
}

export const EVALUATION_HISTORY_LIMIT = 4096;

export function createEvaluationHistory(limit = EVALUATION_HISTORY_LIMIT): EvaluationHistory {
  const iterations = new Float64Array(limit);
  const cost = new Float64Array(limit);
  const testCost = new Float64Array(limit);
  let length = 0;
  return {
    get length() {
      return length;
    },
    iterations,
    cost,
    testCost,
    push(iteration, value, testValue) {
      if (length > 0 && iterations[length - 1] === iteration) length--;
      if (length === limit) {
        for (let i = 0; i < limit / 2; i++) {
          iterations[i] = iterations[2 * i];
          cost[i] = cost[2 * i];
          testCost[i] = testCost[2 * i];
        }
        length = limit / 2;
      }
      iterations[length] = iteration;
      cost[length] = value;
      testCost[length] = testValue;
      length++;
    },
    clear() {
      length = 0;
    },
    truncateAfter(iteration) {
      while (length > 0 && iterations[length - 1] > iteration) length--;
    },
  };
}
