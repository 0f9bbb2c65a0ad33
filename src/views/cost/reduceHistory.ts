import type { CostHistory } from '../../training';

/** What the reduction reads of a cost history: its kept values and their spacing. */
export type HistoryValues = Pick<CostHistory, 'values' | 'length' | 'stride'>;

/**
 * Per-column aggregates of a cost history: column c covers the iterations
 * [c * xMax / columns, (c + 1) * xMax / columns). Arrays are preallocated to `capacity` columns and
 * reused from one reduction to the next; entries past `columns` are stale.
 */
export interface HistoryBuckets {
  readonly capacity: number;
  /** Columns used by the last reduction. */
  columns: number;
  /** Finite values in each column; a column with 0 has min +Infinity, max -Infinity, mean 0. */
  readonly count: Uint32Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly mean: Float64Array;
  /** Columns with at least one value. */
  filled: number;
  /** Smallest and largest finite value over all columns; +Infinity and -Infinity when empty. */
  low: number;
  high: number;
}

export function createHistoryBuckets(capacity: number): HistoryBuckets {
  const size = Math.max(1, Math.floor(capacity));
  return {
    capacity: size,
    columns: 0,
    count: new Uint32Array(size),
    min: new Float64Array(size),
    max: new Float64Array(size),
    mean: new Float64Array(size),
    filled: 0,
    low: Infinity,
    high: -Infinity,
  };
}

/**
 * Reduces the history to at most `columns` buckets (min, max and mean of the values whose
 * iteration falls in each column of [0, xMax]) in one pass over the kept values, so the drawing
 * that follows is bounded by the chart's width, not by the number of iterations. Non-finite values
 * are skipped; an iteration at or past xMax goes to the last column. Mutates `out`.
 *
 * A full pass rather than running aggregates: the x domain follows the iteration, so every column
 * boundary moves on every frame and aggregates kept from the last frame no longer fit. The pass is
 * bounded by the history's own limit (100,000 values), whatever the number of iterations.
 */
export function reduceHistory(
  history: HistoryValues,
  xMax: number,
  columns: number,
  out: HistoryBuckets,
): HistoryBuckets {
  const used = Math.max(1, Math.min(out.capacity, Math.floor(columns)));
  const { count, min, max, mean } = out;
  const { values, length, stride } = history;
  const last = used - 1;
  // Column c holds the kept values i with floor(i * stride * used / xMax) = c, that is
  // i from ceil(c * xMax / (stride * used)): integer products and one division per column, exact at
  // the boundaries, and no per-value division in the inner loop.
  const valuesPerColumn = stride * used;
  let low = Infinity;
  let high = -Infinity;
  let filled = 0;
  let start = 0;
  for (let c = 0; c < used; c++) {
    const next = c === last ? length : Math.ceil(((c + 1) * xMax) / valuesPerColumn);
    const end = Math.max(start, Math.min(length, next));
    let n = end - start;
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (let i = start; i < end; i++) {
      const v = values[i];
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    // A non-finite sum means a NaN or an infinity in the column (or an overflow): only then
    // pay for the checked loop that skips them. Training keeps only finite costs.
    if (!Number.isFinite(sum)) {
      n = 0;
      lo = Infinity;
      hi = -Infinity;
      sum = 0;
      for (let i = start; i < end; i++) {
        const v = values[i];
        if (v - v !== 0) continue; // NaN or an infinity
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        sum += v;
        n++;
      }
    }
    start = end;
    count[c] = n;
    min[c] = lo;
    max[c] = hi;
    mean[c] = n > 0 ? sum / n : 0;
    if (n > 0) {
      filled++;
      if (lo < low) low = lo;
      if (hi > high) high = hi;
    }
  }
  out.columns = used;
  out.filled = filled;
  out.low = low;
  out.high = high;
  return out;
}
