import { profiling } from '../heatmapTiming';

/** The name of the User Timing measure around each repaint of the `Inspect point` panel. */
export const INSPECT_MEASURE = 'backprop-lab:inspect';
/** Past this many measures the timeline is cleared, so a long session does not pile them up. */
const MAX_MEASURES = 2000;
let recorded = 0;

/** Records a panel repaint from `startMs` to `endMs` when the page was opened with `?profile`. */
export function recordInspectPaint(startMs: number, endMs: number): void {
  if (!profiling) return;
  if (++recorded > MAX_MEASURES) {
    performance.clearMeasures(INSPECT_MEASURE);
    recorded = 1;
  }
  performance.measure(INSPECT_MEASURE, { start: startMs, end: endMs });
}
