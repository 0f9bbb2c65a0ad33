import type { LabelledPoint } from '../engine';
import { startGenerator, type DatasetOptions } from './datasetOptions';
import { jitterPoint } from './jitter';

const INNER_RADIUS = 0.08;
const OUTER_RADIUS = 0.95;
/** How many times each arm winds about the centre from its inner end to its outer one. */
const TURNS = 1.5;
/** At noise 1, the noise's standard deviation as a share of the distance between adjacent arms. */
const NOISE_SHARE = 0.5;
const SALT = 0x5b12a100;

/**
 * K arms winding out from the centre, one a class, turned 1/K of a revolution from each other so
 * they interleave. A point lies at a uniform distance along its arm: its radius grows from 0.08 to
 * 0.95 as its angle winds through one and a half turns. The noise is scaled to the distance
 * between adjacent arms, which shrinks as K grows. Labels cycle 0, 1, ..., K-1, 0, ...
 */
export function generateSpiral(seed: number, options: DatasetOptions): LabelledPoint[] {
  const rng = startGenerator(seed, options, SALT);
  const { classCount } = options;
  const armDistance = (OUTER_RADIUS - INNER_RADIUS) / (TURNS * classCount);
  const sd = options.noise * NOISE_SHARE * armDistance;
  return Array.from({ length: options.count }, (_, i) => {
    const label = i % classCount;
    const along = rng.next();
    const radius = INNER_RADIUS + (OUTER_RADIUS - INNER_RADIUS) * along;
    const angle = 2 * Math.PI * (TURNS * along + label / classCount);
    return jitterPoint(rng, radius * Math.cos(angle), radius * Math.sin(angle), sd, label);
  });
}
