import type { HistorySummary } from './historySummary';

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
 * Reduces a summarised history to at most `columns` buckets (min, max and mean of the costs whose
 * block starts in each column of [0, xMax]), so the drawing that follows is bounded by the chart's
 * width. The work is one pass over the summary's blocks: bounded, whatever the number of
 * iterations. A block at or past xMax goes to the last column. Mutates `out`.
 */
export function reduceHistory(
  summary: HistorySummary,
  xMax: number,
  columns: number,
  out: HistoryBuckets,
): HistoryBuckets {
  const used = Math.max(1, Math.min(out.capacity, Math.floor(columns)));
  const { count, min, max, mean } = out;
  const { length, stride } = summary;
  const last = used - 1;
  // Column c holds the blocks b with floor(b * stride * used / xMax) = c, that is b from
  // ceil(c * xMax / (stride * used)): one division per column, exact at the boundaries.
  const blocksPerColumn = stride * used;
  let low = Infinity;
  let high = -Infinity;
  let filled = 0;
  let start = 0;
  for (let c = 0; c < used; c++) {
    const next = c === last ? length : Math.ceil(((c + 1) * xMax) / blocksPerColumn);
    const end = Math.max(start, Math.min(length, next));
    let n = 0;
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (let b = start; b < end; b++) {
      n += summary.count[b];
      if (summary.min[b] < lo) lo = summary.min[b];
      if (summary.max[b] > hi) hi = summary.max[b];
      sum += summary.sum[b];
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
