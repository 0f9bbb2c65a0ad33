import { describe, expect, it } from 'vitest';
import { windowFigures } from '../../bench/app/windowFigures';

const snapshots = [
  { timeMs: 1000, frames: 30, iteration: 100, batchSize: 100 },
  { timeMs: 3000, frames: 150, iteration: 20_100, batchSize: 100 },
  { timeMs: 5000, frames: 250, iteration: 30_100, batchSize: 100 },
];

describe('windowFigures(snapshots, heatmapMeasures)', () => {
  it('gives one frame rate and one training rate a window, from the differences', () => {
    const figures = windowFigures(snapshots, []);
    // 120 frames and 20,000 steps of 100 in 2 s, then 100 frames and 10,000 steps.
    expect(figures.fps).toEqual([60, 50]);
    expect(figures.examplesPerSecond).toEqual([1_000_000, 500_000]);
  });

  it('takes the median repaint of the measures that start within each window', () => {
    const measures: [number, number][] = [
      [500, 99], // before the first window: settling
      [1200, 4],
      [1500, 2],
      [2900, 3],
      [3000, 8], // the second window starts here
      [5000, 99], // after the last window
    ];
    const figures = windowFigures(snapshots, measures);
    expect(figures.heatmapMs).toEqual([3, 8]);
    expect(figures.heatmapRepaints).toBe(4);
  });

  it('reports no repaint time when the page measured none', () => {
    expect(windowFigures(snapshots, []).heatmapMs).toEqual([]);
  });
});
