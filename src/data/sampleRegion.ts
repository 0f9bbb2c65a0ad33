import type { LabelledPoint, Rng } from '../engine';
import { DATASET_EXTENT } from './plane';

/**
 * `count` points drawn uniformly from the part of the square [-DATASET_EXTENT, DATASET_EXTENT]^2 where `inside` holds,
 * by rejection, all with `label`. The region must cover a fair share of the square, or this spins.
 * Mutates `rng`.
 */
export function sampleRegion(
  rng: Rng,
  count: number,
  label: number,
  inside: (x: number, y: number) => boolean,
): LabelledPoint[] {
  const points: LabelledPoint[] = [];
  while (points.length < count) {
    const x = DATASET_EXTENT * (2 * rng.next() - 1);
    const y = DATASET_EXTENT * (2 * rng.next() - 1);
    if (inside(x, y)) points.push({ x, y, label });
  }
  return points;
}
