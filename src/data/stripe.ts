import type { LabelledPoint, Rng } from '../engine';
import { sampleRegion } from './sampleRegion';

const HALF_WIDTH = 0.25;
const GAP = 0.3;

/**
 * The post's "One More Time" data: the same kind of toy set with the classes placed differently,
 * a horizontal stripe of class 1 across the middle of the plane between class 0 above and below
 * it. Telling them apart takes two parallel lines, so it too needs the hidden layers.
 * 100 + 107 = 207 points. Mutates `rng`.
 */
export function generateStripe(rng: Rng): LabelledPoint[] {
  const stripe = sampleRegion(rng, 100, 1, (_x, y) => Math.abs(y) < HALF_WIDTH);
  const outside = sampleRegion(rng, 107, 0, (_x, y) => Math.abs(y) > HALF_WIDTH + GAP);
  return [...stripe, ...outside];
}
