import type { LabelledPoint, Rng } from '../engine';
import { DATASET_EXTENT } from './plane';

export interface RingSector {
  readonly centerX: number;
  readonly centerY: number;
  readonly innerRadius: number;
  readonly outerRadius: number;
  /** Angles in degrees, counter-clockwise from the positive x axis; the full ring by default. */
  readonly fromDegrees?: number;
  readonly toDegrees?: number;
}

/**
 * `count` points uniform by area in a sector of a ring (a disc when innerRadius is 0), all with
 * `label`. Points that would fall outside the plane are drawn again. Mutates `rng`.
 */
export function sampleRing(
  rng: Rng,
  count: number,
  label: number,
  sector: RingSector,
): LabelledPoint[] {
  const { centerX, centerY, innerRadius, outerRadius } = sector;
  const from = ((sector.fromDegrees ?? 0) * Math.PI) / 180;
  const to = ((sector.toDegrees ?? 360) * Math.PI) / 180;
  const inner2 = innerRadius * innerRadius;
  const outer2 = outerRadius * outerRadius;
  const points: LabelledPoint[] = [];
  while (points.length < count) {
    // Uniform by area: the square of the radius is uniform between the two radii squared.
    const radius = Math.sqrt(inner2 + (outer2 - inner2) * rng.next());
    const angle = from + (to - from) * rng.next();
    const x = centerX + radius * Math.cos(angle);
    const y = centerY + radius * Math.sin(angle);
    if (Math.abs(x) <= DATASET_EXTENT && Math.abs(y) <= DATASET_EXTENT)
      points.push({ x, y, label });
  }
  return points;
}
