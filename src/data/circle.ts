import type { LabelledPoint } from '../engine';
import { startGenerator, type DatasetOptions } from './datasetOptions';
import { jitterPoint } from './jitter';
import { sampleRing } from './sampleRing';

export const CIRCLE_DISC_RADIUS = 0.4;
export const CIRCLE_RING_INNER_RADIUS = 0.6;
const RING_OUTER_RADIUS = 0.95;
/** At noise 1, a little more than the gap between the disc and the ring. */
const NOISE_SD = 0.25;
const SALT = 0xc12c1e00;

/**
 * As in TensorFlow Playground: class 0 in a disc at the centre, class 1 in a ring around it, both
 * uniform by area, the gap between them blurred by the noise. Two classes; `classCount` is
 * ignored. Labels alternate 0, 1, 0, ... so that any run of points holds both classes.
 */
export function generateCircle(seed: number, options: DatasetOptions): LabelledPoint[] {
  const rng = startGenerator(seed, options, SALT);
  const sd = options.noise * NOISE_SD;
  return Array.from({ length: options.count }, (_, i) => {
    const label = i % 2;
    const [{ x, y }] = sampleRing(rng, 1, label, {
      centerX: 0,
      centerY: 0,
      innerRadius: label === 0 ? 0 : CIRCLE_RING_INNER_RADIUS,
      outerRadius: label === 0 ? CIRCLE_DISC_RADIUS : RING_OUTER_RADIUS,
    });
    return jitterPoint(rng, x, y, sd, label);
  });
}
