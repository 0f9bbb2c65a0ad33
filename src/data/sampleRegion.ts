import type { LabelledPoint, Rng } from '../engine';

/** Datasets keep their points just inside the plane [-1, 1]^2, so none sits on its edge. */
export const PLANE_EXTENT = 0.98;

/**
 * `count` points drawn uniformly from the part of the square [-PLANE_EXTENT, PLANE_EXTENT]^2 where `inside` holds,
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
    const x = PLANE_EXTENT * (2 * rng.next() - 1);
    const y = PLANE_EXTENT * (2 * rng.next() - 1);
    if (inside(x, y)) points.push({ x, y, label });
  }
  return points;
}
