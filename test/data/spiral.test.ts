import { describe, expect, it } from 'vitest';
import { generateSpiral } from '../../src/data/spiral';
import { linearAccuracyBound } from './linearSeparability';
import { nearestNeighbourAgreement } from './nearestNeighbourAgreement';

describe('generateSpiral(seed, options)', () => {
  it.each([2, 3, 5, 8])('keeps its %i arms apart at noise 0', (classCount) => {
    const points = generateSpiral(7, { count: 1200, noise: 0, classCount });
    expect(nearestNeighbourAgreement(points)).toBeGreaterThan(0.95);
  });

  it('winds the arms about each other: no line splits two arms', () => {
    const points = generateSpiral(7, { count: 150, noise: 0, classCount: 2 });
    expect(linearAccuracyBound(points)).toBeLessThan(0.75);
  });

  it('turns each arm 1/K of a revolution from the next: the mean angle of its points', () => {
    const classCount = 4;
    const points = generateSpiral(7, { count: 4000, noise: 0, classCount });
    // Turning arm k back by k/K of a revolution lays it on arm 0, so the turned mean points agree.
    const means = Array.from({ length: classCount }, (_, k) => {
      const turn = (-2 * Math.PI * k) / classCount;
      const arm = points.filter((p) => p.label === k);
      return {
        x:
          arm.reduce((sum, p) => sum + p.x * Math.cos(turn) - p.y * Math.sin(turn), 0) / arm.length,
        y:
          arm.reduce((sum, p) => sum + p.x * Math.sin(turn) + p.y * Math.cos(turn), 0) / arm.length,
      };
    });
    const spread = Math.hypot(means[0].x, means[0].y);
    expect(spread).toBeGreaterThan(0.05);
    for (const mean of means)
      expect(Math.hypot(mean.x - means[0].x, mean.y - means[0].y)).toBeLessThan(0.04);
  });

  it('mixes the arms with noise', () => {
    const points = generateSpiral(7, { count: 1200, noise: 1, classCount: 2 });
    expect(nearestNeighbourAgreement(points)).toBeLessThan(0.8);
  });
});
