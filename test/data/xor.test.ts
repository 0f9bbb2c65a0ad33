import { describe, expect, it } from 'vitest';
import { generateXor, XOR_AXIS_GAP } from '../../src/data/xor';

const options = { count: 1000, noise: 0, classCount: 2 };

describe('generateXor(seed, options)', () => {
  it('labels by the sign of x times y (0 where positive) and keeps off the axes, at noise 0', () => {
    for (const { x, y, label } of generateXor(5, options)) {
      expect(label).toBe(x * y > 0 ? 0 : 1);
      expect(Math.abs(x)).toBeGreaterThanOrEqual(XOR_AXIS_GAP);
      expect(Math.abs(y)).toBeGreaterThanOrEqual(XOR_AXIS_GAP);
    }
  });

  it('fills all four quadrants', () => {
    const quadrants = new Set(generateXor(5, options).map((p) => `${p.x > 0},${p.y > 0}`));
    expect(quadrants.size).toBe(4);
  });

  it('carries points across the axes with noise', () => {
    const crossed = generateXor(5, { ...options, noise: 1 }).filter(
      (p) => p.label !== (p.x * p.y > 0 ? 0 : 1),
    );
    expect(crossed.length).toBeGreaterThan(50);
  });
});
