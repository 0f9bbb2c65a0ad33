import type { PlanePosition } from './plane';

/** The index of the point nearest to (x, y) within `radius`, or null; ties go to the later point. */
export function nearestPoint(
  points: readonly PlanePosition[],
  x: number,
  y: number,
  radius: number,
): number | null {
  let nearest: number | null = null;
  let best = radius * radius;
  for (let i = 0; i < points.length; i++) {
    const d = (points[i].x - x) ** 2 + (points[i].y - y) ** 2;
    if (d <= best) {
      best = d;
      nearest = i;
    }
  }
  return nearest;
}
