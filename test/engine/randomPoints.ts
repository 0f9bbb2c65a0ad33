import type { LabelledPoint, Rng } from '../../src/engine';

/** `count` points uniform in [-1, 1)^2, labelled by `labelOf(x, y)`. */
export function randomPoints(
  rng: Rng,
  count: number,
  labelOf: (x: number, y: number) => number,
): LabelledPoint[] {
  return Array.from({ length: count }, () => {
    const x = 2 * rng.next() - 1;
    const y = 2 * rng.next() - 1;
    return { x, y, label: labelOf(x, y) };
  });
}

/** Class 1 in the first and third quadrants, class 0 elsewhere. */
export function xorLabel(x: number, y: number): number {
  return x * y > 0 ? 1 : 0;
}

/** `classes` equal angular sectors around the origin. */
export function sectorLabel(classes: number): (x: number, y: number) => number {
  return (x, y) => {
    const turn = (Math.atan2(y, x) + Math.PI) / (2 * Math.PI);
    return Math.min(classes - 1, Math.floor(turn * classes));
  };
}
