import type { EvaluationHistory } from '../../training';
import type { ToPath } from './bucketPaths';

/** The costs measured once a frame, as the chart reads them: plain arrays, no store. */
export type EvaluationValues = Pick<
  EvaluationHistory,
  'length' | 'iterations' | 'cost' | 'testCost'
>;

/**
 * One sparse series (a cost against the iteration it was measured at) thinned to at most one
 * point per pixel column: the mean iteration and the mean finite cost of the entries in each
 * column. Arrays are preallocated to `capacity` columns and reused.
 */
export interface ThinnedSeries {
  readonly capacity: number;
  /** Columns used by the last thinning. */
  columns: number;
  /** Entries in each column, finite or not. */
  readonly entries: Uint32Array;
  /** Finite costs in each column; their mean iteration and mean cost. */
  readonly count: Uint32Array;
  readonly iteration: Float64Array;
  readonly cost: Float64Array;
  /** Columns with a finite cost. */
  points: number;
  /** Smallest and largest column mean; +Infinity and -Infinity when there are none. */
  low: number;
  high: number;
}

export function createThinnedSeries(capacity: number): ThinnedSeries {
  const size = Math.max(1, Math.floor(capacity));
  return {
    capacity: size,
    columns: 0,
    entries: new Uint32Array(size),
    count: new Uint32Array(size),
    iteration: new Float64Array(size),
    cost: new Float64Array(size),
    points: 0,
    low: Infinity,
    high: -Infinity,
  };
}

/**
 * Thins `values[0..length)`, measured at `iterations`, to at most `columns` points over
 * [0, xMax]: column c holds the entries with floor(iteration * columns / xMax) = c, an entry at
 * or past xMax the last. One pass, allocating nothing. Mutates `out`.
 */
export function thinSeries(
  iterations: Float64Array,
  values: Float64Array,
  length: number,
  xMax: number,
  columns: number,
  out: ThinnedSeries,
): ThinnedSeries {
  const used = Math.max(1, Math.min(out.capacity, Math.floor(columns)));
  const { entries, count, iteration, cost } = out;
  entries.fill(0, 0, used);
  count.fill(0, 0, used);
  iteration.fill(0, 0, used);
  cost.fill(0, 0, used);
  const perIteration = xMax > 0 ? used / xMax : 0;
  for (let k = 0; k < length; k++) {
    const c = Math.min(used - 1, Math.max(0, Math.floor(iterations[k] * perIteration)));
    entries[c]++;
    const value = values[k];
    if (value - value !== 0) continue;
    count[c]++;
    iteration[c] += iterations[k];
    cost[c] += value;
  }
  let points = 0;
  let low = Infinity;
  let high = -Infinity;
  for (let c = 0; c < used; c++) {
    if (count[c] === 0) continue;
    iteration[c] /= count[c];
    cost[c] /= count[c];
    points++;
    if (cost[c] < low) low = cost[c];
    if (cost[c] > high) high = cost[c];
  }
  out.columns = used;
  out.points = points;
  out.low = low;
  out.high = high;
  return out;
}

/**
 * The SVG polyline through the thinned points, rounded to whole units as `meanLinePath`. A column
 * whose entries are all non-finite (no held-out points then, or a diverged cost) breaks the line;
 * a column with no entry (the series is sparse) does not. A lone point is drawn as a dot.
 */
export function seriesPath(series: ThinnedSeries, xOfIteration: ToPath, yOf: ToPath): string {
  const { columns, entries, count, iteration, cost } = series;
  let d = '';
  let run = 0;
  for (let c = 0; c < columns; c++) {
    if (count[c] === 0) {
      if (entries[c] > 0) {
        if (run === 1) d += 'h0';
        run = 0;
      }
      continue;
    }
    const y = yOf(cost[c]);
    if (y - y !== 0) continue;
    d += `${run === 0 ? 'M' : 'L'}${Math.round(xOfIteration(iteration[c]))},${Math.round(y)}`;
    run++;
  }
  if (run === 1) d += 'h0';
  return d;
}
