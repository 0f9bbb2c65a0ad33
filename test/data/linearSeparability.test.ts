import { describe, expect, it } from 'vitest';
import { createRng, type LabelledPoint } from '../../src/engine';
import { linearAccuracyBound } from './linearSeparability';

function randomPoints(seed: number, count: number, label: (x: number, y: number) => number) {
  const rng = createRng(seed);
  return Array.from({ length: count }, (): LabelledPoint => {
    const x = 2 * rng.next() - 1;
    const y = 2 * rng.next() - 1;
    return { x, y, label: label(x, y) };
  });
}

// The helper the data set tests rely on must be able to say "separable" as well as "not".
describe('linearAccuracyBound(points)', () => {
  it('is 1 for points a line separates', () => {
    expect(linearAccuracyBound(randomPoints(3, 60, (x, y) => (y > 0.3 * x + 0.1 ? 1 : 0)))).toBe(1);
  });

  it('is at most 3/4 for the four corners of xor', () => {
    const xor = [
      { x: -1, y: -1, label: 0 },
      { x: 1, y: 1, label: 0 },
      { x: -1, y: 1, label: 1 },
      { x: 1, y: -1, label: 1 },
    ];
    expect(linearAccuracyBound(xor)).toBe(0.75);
  });

  it('stays below 1 for a disc inside a ring', () => {
    const points = randomPoints(4, 80, (x, y) => (Math.hypot(x, y) < 0.5 ? 1 : 0));
    expect(linearAccuracyBound(points)).toBeLessThan(1);
  });
});
