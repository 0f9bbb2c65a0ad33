import { describe, expect, it } from 'vitest';
import {
  createThinnedSeries,
  seriesPath,
  thinSeries,
} from '../../../src/views/cost/evaluationSeries';

const identity = (v: number) => v;
const of = (...values: number[]) => Float64Array.from(values);

describe('thinSeries(iterations, values, length, xMax, columns, out)', () => {
  it('keeps at most one point per column, at the mean iteration and mean cost', () => {
    const n = 4096;
    const iterations = Float64Array.from({ length: n }, (_, k) => k * 25);
    const values = Float64Array.from({ length: n }, (_, k) => 1 / (1 + k));
    const series = thinSeries(iterations, values, n, n * 25, 100, createThinnedSeries(100));
    expect(series.columns).toBe(100);
    expect(series.points).toBe(100);
    // Column 0 holds iterations [0, 1024): entries 0 to 40.
    expect(series.iteration[0]).toBeCloseTo((40 * 25) / 2, 9);
    let sum = 0;
    for (let k = 0; k <= 40; k++) sum += values[k];
    expect(series.cost[0]).toBeCloseTo(sum / 41, 12);
    expect(series.high).toBe(series.cost[0]);
    expect(series.low).toBe(series.cost[99]);
  });

  it('reads only `length` entries, skips non-finite costs and puts late entries in the last column', () => {
    const series = thinSeries(
      of(0, 5, 9, 30, 99),
      of(0.5, NaN, Infinity, 0.25, 7),
      4,
      10,
      10,
      createThinnedSeries(10),
    );
    expect(series.points).toBe(2);
    expect([series.entries[0], series.entries[5], series.entries[9]]).toEqual([1, 1, 2]);
    expect([series.count[5], series.count[9]]).toEqual([0, 1]);
    expect(series.iteration[9]).toBe(30);
    expect([series.low, series.high]).toEqual([0.25, 0.5]);
  });

  it('is empty for no entries, or only NaN (no held-out points)', () => {
    const series = createThinnedSeries(8);
    thinSeries(of(), of(), 0, 10, 8, series);
    expect([series.points, series.low, series.high]).toEqual([0, Infinity, -Infinity]);
    thinSeries(of(0, 3, 6), of(NaN, NaN, NaN), 3, 10, 8, series);
    expect(series.points).toBe(0);
    expect(seriesPath(series, identity, identity)).toBe('');
  });
});

describe('seriesPath(series, xOf, yOf)', () => {
  it('joins points across columns without entries, and breaks at a column of only NaN', () => {
    const series = thinSeries(
      of(0, 2, 4, 6, 8),
      of(1, 2, NaN, 4, 5),
      5,
      10,
      10,
      createThinnedSeries(10),
    );
    expect(seriesPath(series, identity, identity)).toBe('M0,1L2,2M6,4L8,5');
  });

  it('draws a lone point as a dot, and rounds to whole units', () => {
    const series = thinSeries(of(0, 4), of(0.26, NaN), 2, 10, 10, createThinnedSeries(10));
    expect(
      seriesPath(
        series,
        (v) => v * 10 + 0.4,
        (v) => v * 10,
      ),
    ).toBe('M0,3h0');
  });
});
