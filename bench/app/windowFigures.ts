import { summarize } from '../stats';
import { addSameFrameCosts, frameGaps, LONG_FRAME_MS, type Span } from './frameCosts';
import type { Snapshot } from './pageScripts';

/** One value a window for each figure of the app part, and a few totals over all windows. */
export interface WindowFigures {
  readonly fps: number[];
  readonly examplesPerSecond: number[];
  /**
   * Median repaint of the boundary plus the neuron thumbnails painted in the same frame, for each
   * window that had a boundary repaint; empty when none was recorded.
   */
  readonly heatmapMs: number[];
  /** Median repaint of the boundary alone (grid pass and paint), a window. */
  readonly boundaryMs: number[];
  /** Median repaint of the neuron thumbnails, for each window that had one. */
  readonly thumbnailsMs: number[];
  /** Boundary repaints a second, a window. */
  readonly boundaryRepaintsPerSecond: number[];
  /** Frames over LONG_FRAME_MS, a window. */
  readonly longFrames: number[];
  /** Heatmap repaints measured within the windows, all together. */
  heatmapRepaints: number;
  thumbnailRepaints: number;
  /** The longest gap between two animation frames within the windows; 0 without frame times. */
  longestFrameMs: number;
  /** The windows' length, all together. */
  seconds: number;
}

/** What the page recorded besides its snapshots and boundary repaints. */
export interface FrameRecord {
  /** Every animation frame's timestamp across the windows, ascending. */
  readonly frameTimes?: readonly number[];
  /** The neuron thumbnails' repaints. */
  readonly thumbnailMeasures?: readonly Span[];
}

const inWindow = (measures: readonly Span[], from: number, to: number) =>
  measures.filter(([start]) => start >= from && start < to).map(([, duration]) => duration);

const pushMedian = (into: number[], values: number[]) => {
  if (values.length > 0) into.push(summarize(values).median);
};

/**
 * Splits a training record at its snapshots: window w runs from snapshot w to w + 1. Frames and
 * iterations are differences across the window; a repaint belongs to the window it starts in; a
 * frame belongs to the window its end falls in (snapshots are frame timestamps, so the frames
 * tile the windows).
 */
export function windowFigures(
  snapshots: readonly Snapshot[],
  heatmapMeasures: readonly Span[],
  { frameTimes = [], thumbnailMeasures = [] }: FrameRecord = {},
): WindowFigures {
  const figures: WindowFigures = {
    fps: [],
    examplesPerSecond: [],
    heatmapMs: [],
    boundaryMs: [],
    thumbnailsMs: [],
    boundaryRepaintsPerSecond: [],
    longFrames: [],
    heatmapRepaints: 0,
    thumbnailRepaints: 0,
    longestFrameMs: 0,
    seconds: 0,
  };
  const withThumbnails = addSameFrameCosts(frameTimes, heatmapMeasures, thumbnailMeasures);
  for (let w = 0; w + 1 < snapshots.length; w++) {
    const from = snapshots[w];
    const to = snapshots[w + 1];
    const seconds = (to.timeMs - from.timeMs) / 1000;
    figures.seconds += seconds;
    figures.fps.push((to.frames - from.frames) / seconds);
    figures.examplesPerSecond.push(((to.iteration - from.iteration) * to.batchSize) / seconds);
    const boundary = inWindow(heatmapMeasures, from.timeMs, to.timeMs);
    pushMedian(figures.boundaryMs, boundary);
    pushMedian(figures.heatmapMs, inWindow(withThumbnails, from.timeMs, to.timeMs));
    const thumbnails = inWindow(thumbnailMeasures, from.timeMs, to.timeMs);
    pushMedian(figures.thumbnailsMs, thumbnails);
    figures.boundaryRepaintsPerSecond.push(boundary.length / seconds);
    figures.heatmapRepaints += boundary.length;
    figures.thumbnailRepaints += thumbnails.length;
    const gaps = frameGaps(frameTimes, from.timeMs, to.timeMs);
    figures.longFrames.push(gaps.filter((gap) => gap > LONG_FRAME_MS).length);
    figures.longestFrameMs = Math.max(figures.longestFrameMs, ...gaps);
  }
  return figures;
}

/** Long frames over all the windows, scaled to a count per 10 s of training. */
export function longFramesPer10Seconds(figures: WindowFigures): number {
  const count = figures.longFrames.reduce((sum, n) => sum + n, 0);
  return figures.seconds > 0 ? (count * 10) / figures.seconds : 0;
}
