import type { LabelledPoint } from '../../src/engine';

/**
 * An upper bound on the training accuracy of any straight-line classifier (what a network
 * without hidden layers draws) on two-class points. Any line can slide and turn, without
 * changing the side of any point it does not touch, until it passes through two of the points;
 * so the best over lines through pairs of points, counting the points on the line as right,
 * bounds every line. O(n^3): fine for a few hundred points.
 */
export function linearAccuracyBound(points: readonly LabelledPoint[]): number {
  let best = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const dx = points[j].x - a.x;
      const dy = points[j].y - a.y;
      let leftIsOne = 0;
      let leftIsZero = 0;
      let onLine = 0;
      for (const p of points) {
        const side = dx * (p.y - a.y) - dy * (p.x - a.x);
        if (side === 0) onLine++;
        else if (side > 0 === (p.label === 1)) leftIsOne++;
        else leftIsZero++;
      }
      best = Math.max(best, leftIsOne + onLine, leftIsZero + onLine);
    }
  }
  return best / points.length;
}
