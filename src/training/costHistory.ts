/**
 * The cost of every iteration, as the post plots it, in a bounded buffer: once `limit` values are
 * held, every other one is dropped and from then on only every `stride`-th iteration is kept, so
 * memory stays bounded however long training runs.
 */
export interface CostHistory {
  /** Iteration of the first cost (0) and of each kept one: iterationAt(i) = i * stride. */
  readonly stride: number;
  readonly length: number;
  readonly values: Float64Array;
  /** Appends the cost of the next iteration. Mutates the history. */
  push(cost: number): void;
  clear(): void;
  /** Forgets every iteration from `iterations` on, as if only that many had run. */
  truncate(iterations: number): void;
  iterationAt(index: number): number;
}

export const COST_HISTORY_LIMIT = 100_000;

export function createCostHistory(limit = COST_HISTORY_LIMIT): CostHistory {
  const values = new Float64Array(limit);
  let length = 0;
  let stride = 1;
  let pushed = 0;
  return {
    get stride() {
      return stride;
    },
    get length() {
      return length;
    },
    values,
    push(cost) {
      if (pushed % stride === 0) {
        if (length === limit) {
          for (let i = 0; i < limit / 2; i++) values[i] = values[2 * i];
          length = Math.floor(limit / 2);
          stride *= 2;
        }
        if (pushed % stride === 0) values[length++] = cost;
      }
      pushed++;
    },
    clear() {
      length = 0;
      stride = 1;
      pushed = 0;
    },
    truncate(iterations) {
      if (iterations >= pushed) return;
      pushed = iterations;
      length = iterations === 0 ? 0 : Math.floor((iterations - 1) / stride) + 1;
    },
    iterationAt: (index) => index * stride,
  };
}
