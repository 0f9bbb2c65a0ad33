import { describe, expect, it } from 'vitest';
import { generateMoons } from '../../src/data/moons';
import { linearAccuracyBound } from './linearSeparability';

const options = { count: 600, noise: 0, classCount: 2 };

function closestApproach(points: ReturnType<typeof generateMoons>): number {
  const [first, second] = [0, 1].map((label) => points.filter((p) => p.label === label));
  let closest = Infinity;
  for (const a of first) {
    for (const b of second) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
  }
  return closest;
}

describe('generateMoons(seed, options)', () => {
  it('keeps the two moons at least 0.25 apart at noise 0', () => {
    expect(closestApproach(generateMoons(8, options))).toBeGreaterThan(0.25);
  });

  it('interleaves them: no line splits the moons', () => {
    expect(linearAccuracyBound(generateMoons(8, { ...options, count: 150 }))).toBeLessThan(0.95);
  });

  it('brings them together with noise', () => {
    expect(closestApproach(generateMoons(8, { ...options, noise: 1 }))).toBeLessThan(0.02);
  });

  it('draws two classes, whatever classCount says', () => {
    const labels = new Set(generateMoons(8, { ...options, classCount: 5 }).map((p) => p.label));
    expect([...labels].sort()).toEqual([0, 1]);
  });
});
