/** [startTime, duration] of one User Timing measure, in ms. */
export type Span = readonly [number, number];

/** A gap between animation frames longer than this is a long frame: at 60 Hz two vsyncs passed. */
export const LONG_FRAME_MS = 20;

/**
 * The index of the animation frame `timeMs` falls in: the last of `frameTimes` (ascending frame
 * timestamps) at or before it; -1 when it comes before the first.
 */
export function frameIndexOf(frameTimes: readonly number[], timeMs: number): number {
  let low = 0;
  let high = frameTimes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (frameTimes[middle] <= timeMs) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The gaps between consecutive frames whose timestamps lie in [fromMs, toMs]. */
export function frameGaps(frameTimes: readonly number[], fromMs: number, toMs: number): number[] {
  const gaps: number[] = [];
  let previous: number | null = null;
  for (const time of frameTimes) {
    if (time < fromMs || time > toMs) continue;
    if (previous !== null) gaps.push(time - previous);
    previous = time;
  }
  return gaps;
}

/**
 * `measures` with the durations of the `extras` that started in the same animation frame added
 * to each: the first measure of a frame takes them all, so no extra is counted twice. An extra
 * in a frame without a measure is left out. Without frame times nothing can be paired, and the
 * measures come back as they were.
 */
export function addSameFrameCosts(
  frameTimes: readonly number[],
  measures: readonly Span[],
  extras: readonly Span[],
): Span[] {
  const extraByFrame = new Map<number, number>();
  if (frameTimes.length > 0) {
    for (const [start, duration] of extras) {
      const frame = frameIndexOf(frameTimes, start);
      if (frame >= 0) extraByFrame.set(frame, (extraByFrame.get(frame) ?? 0) + duration);
    }
  }
  return measures.map(([start, duration]) => {
    const frame = frameIndexOf(frameTimes, start);
    const extra = frame >= 0 ? (extraByFrame.get(frame) ?? 0) : 0;
    extraByFrame.delete(frame);
    return [start, duration + extra];
  });
}
