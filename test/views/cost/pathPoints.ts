import { SERIES_SCALE } from '../../../src/views/cost/costChartLayout';

/** The points of a series path (M and L commands), as [x, y] pairs in plot units. */
export function pathPoints(d: string | null): [number, number][] {
  if (d === null || d === '') return [];
  return Array.from(d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g), (m) => [
    Number(m[1]) / SERIES_SCALE,
    Number(m[2]) / SERIES_SCALE,
  ]);
}
