import { describe, expect, it } from 'vitest';
import {
  createHeatmapTiming,
  HEATMAP_MEASURE,
  MAX_HEATMAP_MEASURES,
  type MeasureTimeline,
} from '../../src/views/heatmapTiming';

/** A User Timing timeline that keeps its measures in an array. */
function fakeTimeline() {
  const entries: { name: string; startTime: number; duration: number }[] = [];
  const timeline: MeasureTimeline = {
    measure: (name, { start, end }) =>
      entries.push({ name, startTime: start, duration: end - start }),
    getEntriesByName: (name) => entries.filter((entry) => entry.name === name),
    clearMeasures(name) {
      const others = entries.filter((entry) => entry.name !== name);
      entries.splice(0, entries.length, ...others);
    },
  };
  return { timeline, entries };
}

describe('createHeatmapTiming(timeline).record(startMs, endMs)', () => {
  it('adds one measure a repaint, with its start and duration', () => {
    const { timeline, entries } = fakeTimeline();
    const timing = createHeatmapTiming(timeline);
    timing.record(10, 12.5);
    timing.record(30, 31);
    expect(entries).toEqual([
      { name: HEATMAP_MEASURE, startTime: 10, duration: 2.5 },
      { name: HEATMAP_MEASURE, startTime: 30, duration: 1 },
    ]);
  });

  it('keeps the newest half once the cap is reached, so the measures stay bounded', () => {
    const { timeline, entries } = fakeTimeline();
    timeline.measure('another', { start: 0, end: 1 });
    const timing = createHeatmapTiming(timeline);
    const heatmap = () => entries.filter((entry) => entry.name === HEATMAP_MEASURE);
    for (let i = 0; i < MAX_HEATMAP_MEASURES - 1; i++) timing.record(i, i + 0.5);
    expect(heatmap()).toHaveLength(MAX_HEATMAP_MEASURES - 1);
    timing.record(MAX_HEATMAP_MEASURES - 1, MAX_HEATMAP_MEASURES - 0.5);
    const kept = heatmap();
    expect(kept).toHaveLength(MAX_HEATMAP_MEASURES / 2);
    expect(kept[0].startTime).toBe(MAX_HEATMAP_MEASURES / 2);
    expect(kept.at(-1)!.startTime).toBe(MAX_HEATMAP_MEASURES - 1);
    kept.forEach((entry) => expect(entry.duration).toBe(0.5));
    // Other measures are not the timing's to drop.
    expect(entries.filter((entry) => entry.name === 'another')).toHaveLength(1);

    for (let i = 0; i < 5 * MAX_HEATMAP_MEASURES; i++) timing.record(i, i + 1);
    expect(heatmap().length).toBeLessThanOrEqual(MAX_HEATMAP_MEASURES);
  });

  it('records nothing without a timeline', () => {
    expect(() => createHeatmapTiming(null).record(0, 1)).not.toThrow();
  });
});
