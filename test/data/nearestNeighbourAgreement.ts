import type { LabelledPoint } from '../../src/engine';

/**
 * The share of points whose nearest other point has the same label: near 1 when the classes lie
 * apart, near 1/K when K classes are mixed evenly. A reference for "how much do the classes
 * overlap" that knows nothing of how the points were drawn. O(n^2).
 */
export function nearestNeighbourAgreement(points: readonly LabelledPoint[]): number {
  let agreeing = 0;
  points.forEach((point, i) => {
    let nearest = -1;
    let best = Infinity;
    points.forEach((other, j) => {
      const distance = (point.x - other.x) ** 2 + (point.y - other.y) ** 2;
      if (j !== i && distance < best) {
        best = distance;
        nearest = j;
      }
    });
    if (points[nearest].label === point.label) agreeing++;
  });
  return agreeing / points.length;
}
