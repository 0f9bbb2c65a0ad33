import { describe, expect, it } from 'vitest';
import { createNetwork, createRng } from '../../../src/engine';
import { largestAbsoluteWeight, weightScaleMax } from '../../../src/views/network/weightScaleMax';

describe('weightScaleMax(largest)', () => {
  it('spans at least |weight| 1', () => {
    expect(weightScaleMax(0)).toBe(1);
    expect(weightScaleMax(0.4)).toBe(1);
    expect(weightScaleMax(1)).toBe(1);
  });

  it('rounds up to a nice number', () => {
    expect(weightScaleMax(1.2)).toBe(1.5);
    expect(weightScaleMax(2.5)).toBe(3);
    expect(weightScaleMax(9)).toBe(10);
    expect(weightScaleMax(12)).toBe(15);
  });

  it('is never below the largest weight and at most twice it', () => {
    const rng = createRng(7);
    for (let n = 0; n < 1000; n++) {
      const largest = 1 + rng.next() * 10 ** (rng.next() * 4);
      const max = weightScaleMax(largest);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(max).toBeLessThanOrEqual(2 * largest);
    }
  });
});

describe('largestAbsoluteWeight(network)', () => {
  it('finds the largest |weight| in any layer', () => {
    const network = createNetwork([2, 3, 2], 'relu', createRng(1));
    expect(largestAbsoluteWeight(network)).toBeLessThan(0.5);
    network.weights[1][4] = -2.25;
    expect(largestAbsoluteWeight(network)).toBe(2.25);
  });
});
