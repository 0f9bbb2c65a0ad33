/** The name of the User Timing measure around each heatmap repaint (grid pass and painting). */
export const HEATMAP_MEASURE = 'backprop-lab:heatmap';

/**
 * Records heatmap repaints as User Timing measures when the page was opened with `?profile`, for
 * the benchmark and the browser's profiler. Off by default: each measure is an object the
 * timeline keeps.
 */
export const profiling =
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('profile');

export function recordHeatmapRepaint(startMs: number, endMs: number): void {
  if (profiling) performance.measure(HEATMAP_MEASURE, { start: startMs, end: endMs });
}
