import { profiling } from '../heatmapTiming';

/** The name of the User Timing measure around each repaint of the neuron thumbnails. */
export const THUMBNAILS_MEASURE = 'backprop-lab:thumbnails';
/** Past this many measures the timeline is cleared, so a long session does not pile them up. */
const MAX_MEASURES = 2000;

export interface ThumbnailTiming {
  /** Records a thumbnails repaint that ran from `startMs` to `endMs`. */
  record(startMs: number, endMs: number): void;
}

/** Thumbnail repaints as User Timing measures when the page was opened with `?profile`. */
export function createThumbnailTiming(
  timeline: Pick<Performance, 'measure' | 'clearMeasures'> | null,
): ThumbnailTiming {
  let recorded = 0;
  return {
    record(startMs, endMs) {
      if (timeline === null) return;
      if (++recorded > MAX_MEASURES) {
        timeline.clearMeasures(THUMBNAILS_MEASURE);
        recorded = 1;
      }
      timeline.measure(THUMBNAILS_MEASURE, { start: startMs, end: endMs });
    },
  };
}

export const thumbnailTiming: ThumbnailTiming = createThumbnailTiming(
  profiling ? performance : null,
);
