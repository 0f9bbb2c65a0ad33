import type { HistoryBuckets } from './reduceHistory';

/** Maps a column index or a cost to path coordinates. */
export type ToPath = (value: number) => number;

/**
 * The SVG path through the mean of each filled column: one point per filled column, so at most
 * `buckets.columns` points whatever the length of the history. Coordinates are rounded to whole
 * units (map into a finer unit and scale the path down for sub-pixel precision); a point whose
 * mapped y is not finite is left out.
 */
export function meanLinePath(buckets: HistoryBuckets, xOfColumn: ToPath, yOf: ToPath): string {
  const { columns, count, mean } = buckets;
  let d = '';
  let points = 0;
  for (let c = 0; c < columns; c++) {
    if (count[c] === 0) continue;
    const y = yOf(mean[c]);
    if (y - y !== 0) continue;
    d += `${points === 0 ? 'M' : 'L'}${Math.round(xOfColumn(c))},${Math.round(y)}`;
    points++;
  }
  // A lone point has no length to stroke; a zero-length segment shows it as a round dot.
  if (points === 1) d += 'h0';
  return d;
}

/**
 * The closed SVG path around the spread of each filled column: along the maxima left to right,
 * back along the minima. Empty when nothing is filled. Rounded as `meanLinePath`.
 */
export function minMaxBandPath(buckets: HistoryBuckets, xOfColumn: ToPath, yOf: ToPath): string {
  const { columns, count, min, max } = buckets;
  let top = '';
  let bottom = '';
  for (let c = 0; c < columns; c++) {
    if (count[c] === 0) continue;
    const yMax = yOf(max[c]);
    const yMin = yOf(min[c]);
    if (yMax - yMax !== 0 || yMin - yMin !== 0) continue;
    const x = Math.round(xOfColumn(c));
    top += `${top === '' ? 'M' : 'L'}${x},${Math.round(yMax)}`;
    bottom = `L${x},${Math.round(yMin)}${bottom}`;
  }
  return top === '' ? '' : `${top}${bottom}Z`;
}
