import { summarize } from '../stats';
import type { Snapshot } from './pageScripts';

/** One value a window, for each figure of the app part. */
export interface WindowFigures {
  readonly fps: number[];
  readonly examplesPerSecond: number[];
  /** Median heatmap repaint of each window that had one; empty when none was recorded. */
  readonly heatmapMs: number[];
  /** Heatmap repaints measured within the windows, all together. */
  heatmapRepaints: number;
}

/**
 * Splits a training record at its snapshots: window w runs from snapshot w to w + 1. Frames and
 * iterations are differences across the window; a repaint belongs to the window it starts in.
 */
export function windowFigures(
  snapshots: readonly Snapshot[],
  heatmapMeasures: readonly (readonly [number, number])[],
): WindowFigures {
  const figures: WindowFigures = {
    fps: [],
    examplesPerSecond: [],
    heatmapMs: [],
    heatmapRepaints: 0,
  };
  for (let w = 0; w + 1 < snapshots.length; w++) {
    const from = snapshots[w];
    const to = snapshots[w + 1];
    const seconds = (to.timeMs - from.timeMs) / 1000;
    figures.fps.push((to.frames - from.frames) / seconds);
    figures.examplesPerSecond.push(((to.iteration - from.iteration) * to.batchSize) / seconds);
    const durations = heatmapMeasures
      .filter(([start]) => start >= from.timeMs && start < to.timeMs)
      .map(([, duration]) => duration);
    if (durations.length > 0) figures.heatmapMs.push(summarize(durations).median);
    figures.heatmapRepaints += durations.length;
  }
  return figures;
}
