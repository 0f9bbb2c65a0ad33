import type { LabelledPoint, Rng } from '../../src/engine';

/**
 * `arms` interleaved spiral arms of `perArm` points each, one class an arm, inside the unit disc:
 * the arm turns 1.5 times from the centre, its angle jittered a little by `rng`.
 */
export function spiralPoints(rng: Rng, perArm: number, arms: number): LabelledPoint[] {
  const points: LabelledPoint[] = [];
  for (let arm = 0; arm < arms; arm++) {
    for (let i = 0; i < perArm; i++) {
      const t = (i + 0.5) / perArm;
      const angle = 3 * Math.PI * t + (2 * Math.PI * arm) / arms + 0.2 * (rng.next() - 0.5);
      points.push({ x: 0.9 * t * Math.cos(angle), y: 0.9 * t * Math.sin(angle), label: arm });
    }
  }
  return points;
}
