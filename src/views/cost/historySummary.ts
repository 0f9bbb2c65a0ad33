import type { CostHistory } from '../../training';

/** What the summary reads of a cost history: its kept values and their spacing. */
export type HistoryValues = Pick<CostHistory, 'values' | 'length' | 'stride'>;

/**
 * A cost history condensed into at most `capacity` blocks, each the min, max, sum and count of the
 * finite costs of `entriesPerBlock` consecutive kept values. It follows the history incrementally
 * (reading only values added since the last call), so the chart's work each frame is bounded by
 * the number of blocks, not by the number of iterations.
 */
export interface HistorySummary {
  readonly capacity: number;
  /** Blocks in use, the last possibly partial. */
  length: number;
  /** Iterations a block covers: block b starts at iteration b * stride. */
  stride: number;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly sum: Float64Array;
  readonly count: Uint32Array;
  entriesPerBlock: number;
  /** The history last read, its stride and length then; a change of stride means it was thinned. */
  source: HistoryValues | null;
  historyStride: number;
  entriesRead: number;
}

export function createHistorySummary(capacity = 2048): HistorySummary {
  // Even, so that merging pairs of blocks halves a full summary exactly.
  const size = Math.max(2, 2 * Math.floor(capacity / 2));
  return {
    capacity: size,
    length: 0,
    stride: 1,
    min: new Float64Array(size),
    max: new Float64Array(size),
    sum: new Float64Array(size),
    count: new Uint32Array(size),
    entriesPerBlock: 1,
    source: null,
    historyStride: 1,
    entriesRead: 0,
  };
}

function clear(summary: HistorySummary, history: HistoryValues): void {
  const historyStride = history.stride;
  summary.source = history;
  summary.length = 0;
  summary.entriesPerBlock = 1;
  summary.historyStride = historyStride;
  summary.stride = historyStride;
  summary.entriesRead = 0;
}

/** Merges the blocks of a full summary pairwise: half as many, twice as wide. Mutates it. */
function mergePairs(summary: HistorySummary): void {
  const { min, max, sum, count } = summary;
  const half = summary.capacity / 2;
  for (let k = 0; k < half; k++) {
    min[k] = Math.min(min[2 * k], min[2 * k + 1]);
    max[k] = Math.max(max[2 * k], max[2 * k + 1]);
    sum[k] = sum[2 * k] + sum[2 * k + 1];
    count[k] = count[2 * k] + count[2 * k + 1];
  }
  summary.length = half;
  summary.entriesPerBlock *= 2;
  summary.stride = summary.historyStride * summary.entriesPerBlock;
}

/**
 * Brings `summary` up to date with `history`: adds the values kept since the last call, or starts
 * again for another history (a new run) or one that was thinned, cleared or truncated. Non-finite costs count in no block.
 * Mutates `summary`.
 */
export function summariseHistory(summary: HistorySummary, history: HistoryValues): HistorySummary {
  if (
    history !== summary.source ||
    history.stride !== summary.historyStride ||
    history.length < summary.entriesRead
  ) {
    clear(summary, history);
  }
  const { min, max, sum, count, capacity } = summary;
  for (let i = summary.entriesRead; i < history.length; i++) {
    let block = Math.floor(i / summary.entriesPerBlock);
    if (block >= capacity) {
      mergePairs(summary);
      block = Math.floor(i / summary.entriesPerBlock);
    }
    if (block === summary.length) {
      min[block] = Infinity;
      max[block] = -Infinity;
      sum[block] = 0;
      count[block] = 0;
      summary.length++;
    }
    const v = history.values[i];
    if (v - v !== 0) continue; // NaN or an infinity
    if (v < min[block]) min[block] = v;
    if (v > max[block]) max[block] = v;
    sum[block] += v;
    count[block]++;
  }
  summary.entriesRead = history.length;
  return summary;
}
