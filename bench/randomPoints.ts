import { createRng, type LabelledPoint } from '../src/engine';

/**
 * `count` points uniform in [-1, 1)^2 from `seed`, in two classes: class 1 in the first and third
 * quadrants, class 0 elsewhere (the xor pattern, so every layer has something to learn).
 */
export function twoClassPoints(count: number, seed: number): LabelledPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const x = 2 * rng.next() - 1;
    const y = 2 * rng.next() - 1;
    return { x, y, label: x * y > 0 ? 1 : 0 };
  });
}
