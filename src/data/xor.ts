import type { LabelledPoint } from '../engine';
import { startGenerator, type DatasetOptions } from './datasetOptions';
import { jitterPoint } from './jitter';
import { DATASET_EXTENT } from './plane';

/** Before noise, no point comes nearer than this to either axis. */
export const XOR_AXIS_GAP = 0.06;
/** At noise 1, about two thirds of a quadrant's half-width. */
const NOISE_SD = 0.3;
const SALT = 0x0c0c0c0c;

/**
 * The quadrants in a chequer: class 0 where x·y > 0 (first and third quadrants), class 1 where
 * x·y < 0, uniform in each quadrant but for a gap along the axes; the noise then carries points
 * across them. Two classes; `classCount` is ignored. Labels alternate 0, 1, 0, ...
 */
export function generateXor(seed: number, options: DatasetOptions): LabelledPoint[] {
  const rng = startGenerator(seed, options, SALT);
  const sd = options.noise * NOISE_SD;
  const awayFromAxis = () => XOR_AXIS_GAP + (DATASET_EXTENT - XOR_AXIS_GAP) * rng.next();
  return Array.from({ length: options.count }, (_, i) => {
    const label = i % 2;
    const signX = rng.next() < 0.5 ? -1 : 1;
    // Class 0 keeps the sign of x for y; class 1 flips it.
    const signY = label === 0 ? signX : -signX;
    return jitterPoint(rng, signX * awayFromAxis(), signY * awayFromAxis(), sd, label);
  });
}
