import { describe, expect, it } from 'vitest';
import { longFramesPer10Seconds, windowFigures } from '../../bench/app/windowFigures';

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

describe('windowFigures(snapshots, heatmapMeasures, { frameTimes, thumbnailMeasures })', () => {
  // Frames every 20 ms from 1000 to 5000, but for two long gaps in the first window and one in
  // the second: 1500 -> 1540 and 2000 -> 2100, then 4000 -> 4030.
  const frameTimes = [
    ...Array.from({ length: 26 }, (_, i) => 1000 + 20 * i), // 1000..1500
    ...Array.from({ length: 24 }, (_, i) => 1540 + 20 * i), // 1540..2000
    ...Array.from({ length: 96 }, (_, i) => 2100 + 20 * i), // 2100..4000
    ...Array.from({ length: 49 }, (_, i) => 4030 + 20 * i), // 4030..4990
    5000,
  ];

  it('counts the gaps over 20 ms within each window, and the longest', () => {
    const figures = windowFigures(snapshots, [], { frameTimes });
    expect(figures.longFrames).toEqual([2, 1]);
    expect(figures.longestFrameMs).toBe(100);
    // 3 long frames in 4 s of windows: 7.5 per 10 s.
    expect(longFramesPer10Seconds(figures)).toBe(7.5);
  });

  it('gives 0 long frames when every frame came on time', () => {
    const steady = Array.from({ length: 201 }, (_, i) => 1000 + 20 * i);
    const figures = windowFigures(snapshots, [], { frameTimes: steady });
    expect(longFramesPer10Seconds(figures)).toBe(0);
  });

  it('adds the thumbnails painted in the same frame to each boundary repaint', () => {
    const heatmap: [number, number][] = [
      [1001, 4], // frame at 1000
      [1021, 2], // frame at 1020: no thumbnails there
      [3001, 6], // second window, frame at 3000
    ];
    const thumbnails: [number, number][] = [
      [1005, 1],
      [1006, 0.5], // the same frame again
      [1041, 9], // frame at 1040, which has no boundary repaint: left out
      [3007, 2],
    ];
    const figures = windowFigures(snapshots, heatmap, {
      frameTimes,
      thumbnailMeasures: thumbnails,
    });
    expect(figures.heatmapMs).toEqual([(5.5 + 2) / 2, 8]);
    expect(figures.boundaryMs).toEqual([3, 6]);
    expect(figures.thumbnailsMs).toEqual([1, 2]);
    expect(figures.thumbnailRepaints).toBe(4);
  });

  it('counts boundary repaints a second, window by window', () => {
    const heatmap: [number, number][] = [
      [1100, 1],
      [1200, 1],
      [1300, 1],
      [3500, 1],
    ];
    expect(windowFigures(snapshots, heatmap).boundaryRepaintsPerSecond).toEqual([1.5, 0.5]);
  });
});
