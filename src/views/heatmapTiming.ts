/** The name of the User Timing measure around each heatmap repaint (grid pass and painting). */
export const HEATMAP_MEASURE = 'backprop-lab:heatmap';

/**
 * The timeline keeps at most this many heatmap measures; past it, the older half is dropped.
 * The bench reads every measure of its run (about 11 s, some 700 repaints at 60 Hz), so the newest
 * half must cover a run with room to spare.
 */
export const MAX_HEATMAP_MEASURES = 2000;

/** The parts of `performance` the timing uses, so tests can hand in a fake. */
export interface MeasureTimeline {
  measure(name: string, options: { start: number; end: number }): unknown;
  getEntriesByName(
    name: string,
    type: 'measure',
  ): readonly { readonly startTime: number; readonly duration: number }[];
  clearMeasures(name: string): void;
}

export interface HeatmapTiming {
  /** Records a heatmap repaint that ran from `startMs` to `endMs`. */
  record(startMs: number, endMs: number): void;
}

/**
 * Heatmap repaints as User Timing measures in `timeline`, or nowhere when it is null. Each
 * measure is an object the timeline keeps, so they are trimmed to the newest
 * MAX_HEATMAP_MEASURES / 2 whenever MAX_HEATMAP_MEASURES have piled up.
 */
export function createHeatmapTiming(timeline: MeasureTimeline | null): HeatmapTiming {
  // Counted here rather than asked of the timeline, which would copy its list at every repaint.
  let recorded = 0;
  return {
    record(startMs, endMs) {
      if (timeline === null) return;
      timeline.measure(HEATMAP_MEASURE, { start: startMs, end: endMs });
      if (++recorded < MAX_HEATMAP_MEASURES) return;
      // The timeline clears by name only: keep the newest by measuring them again.
      const kept = timeline
        .getEntriesByName(HEATMAP_MEASURE, 'measure')
        .slice(-MAX_HEATMAP_MEASURES / 2)
        .map(({ startTime, duration }) => ({ start: startTime, end: startTime + duration }));
      timeline.clearMeasures(HEATMAP_MEASURE);
      for (const span of kept) timeline.measure(HEATMAP_MEASURE, span);
      recorded = kept.length;
    },
  };
}

/** Measures are recorded only when the page was opened with `?profile` (the bench does). */
export const profiling =
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('profile');

/** The page's heatmap timing, shared by every boundary view so the cap holds for the page. */
export const heatmapTiming: HeatmapTiming = createHeatmapTiming(profiling ? performance : null);
