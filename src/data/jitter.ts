import type { LabelledPoint, Rng } from '../engine';
import { DATASET_EXTENT } from './plane';

/** A draw from the standard normal distribution, by the Box-Muller transform. Mutates `rng`. */
export function sampleNormal(rng: Rng): number {
  // 1 - next() lies in (0, 1], so the logarithm is finite.
  const radius = Math.sqrt(-2 * Math.log(1 - rng.next()));
  return radius * Math.cos(2 * Math.PI * rng.next());
}

/** Draws before giving up; from a point inside the extent, each lands inside with odds near 1/4. */
const MAX_DRAWS = 64;

function clampToExtent(value: number): number {
  return Math.min(DATASET_EXTENT, Math.max(-DATASET_EXTENT, value));
}

/**
 * The point (x, y) with `label`, moved by Gaussian noise of standard deviation `sd` on each axis.
 * A move that would leave the square [-DATASET_EXTENT, DATASET_EXTENT]^2 is drawn again, so the
 * noise does not pile points on the edge; (x, y) must lie inside it. Mutates `rng` when `sd` > 0.
 */
export function jitterPoint(
  rng: Rng,
  x: number,
  y: number,
  sd: number,
  label: number,
): LabelledPoint {
  if (sd > 0) {
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const movedX = x + sd * sampleNormal(rng);
      const movedY = y + sd * sampleNormal(rng);
      if (Math.abs(movedX) <= DATASET_EXTENT && Math.abs(movedY) <= DATASET_EXTENT) {
        return { x: movedX, y: movedY, label };
      }
    }
  }
  // No noise, or (beyond all likelihood) no draw landed inside: the point stays where it was.
  return { x: clampToExtent(x), y: clampToExtent(y), label };
}
