import { describe, expect, it } from 'vitest';
import { DATASET_EXTENT, sampleRing } from '../../src/data';
import { createRng } from '../../src/engine';

describe('sampleRing(rng, count, label, sector)', () => {
  it('puts every point in the sector of the ring and inside the plane', () => {
    const sector = {
      centerX: 0.5,
      centerY: 0,
      innerRadius: 0.3,
      outerRadius: 0.8,
      fromDegrees: 90,
      toDegrees: 270,
    };
    const points = sampleRing(createRng(1), 300, 3, sector);
    expect(points).toHaveLength(300);
    for (const { x, y, label } of points) {
      const radius = Math.hypot(x - 0.5, y);
      expect(radius).toBeGreaterThanOrEqual(0.3 - 1e-12);
      expect(radius).toBeLessThanOrEqual(0.8 + 1e-12);
      expect(x).toBeLessThanOrEqual(0.5 + 1e-12);
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(DATASET_EXTENT);
      expect(label).toBe(3);
    }
  });

  it('spreads points uniformly by area: about a quarter of a disc lies within half its radius', () => {
    const points = sampleRing(createRng(2), 4000, 0, {
      centerX: 0,
      centerY: 0,
      innerRadius: 0,
      outerRadius: 0.9,
    });
    const inner = points.filter((p) => Math.hypot(p.x, p.y) < 0.45).length / points.length;
    expect(inner).toBeGreaterThan(0.22);
    expect(inner).toBeLessThan(0.28);
  });
});
