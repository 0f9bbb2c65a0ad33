import type { LabelledPoint } from '../engine';
import { startGenerator, type DatasetOptions } from './datasetOptions';
import { jitterPoint } from './jitter';

/** The moons are drawn with radius 1, as scikit-learn's make_moons draws them, then shrunk. */
const SCALE = 0.6;
/** The centre of the two moons' bounding box, [-1, 2] x [-0.5, 1], before shrinking. */
const MIDDLE_X = 0.5;
const MIDDLE_Y = 0.25;
/** At noise 1, the gap between the moons: the tip of each reaches 0.3 from the other. */
const NOISE_SD = 0.3;
const SALT = 0x300e5000;

/**
 * Two interleaving half circles: class 0 the upper half of a circle, class 1 the lower half of
 * another, moved right and up so that each moon's tip reaches into the other's hollow. Two
 * classes; `classCount` is ignored. Labels alternate 0, 1, 0, ...
 */
export function generateMoons(seed: number, options: DatasetOptions): LabelledPoint[] {
  const rng = startGenerator(seed, options, SALT);
  const sd = options.noise * NOISE_SD;
  return Array.from({ length: options.count }, (_, i) => {
    const label = i % 2;
    const angle = Math.PI * rng.next();
    const x = label === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
    const y = label === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
    return jitterPoint(rng, SCALE * (x - MIDDLE_X), SCALE * (y - MIDDLE_Y), sd, label);
  });
}
