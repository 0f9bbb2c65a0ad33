import { describe, expect, it } from 'vitest';
import { DATASET_EXTENT, sampleRegion } from '../../src/data';
import { createRng } from '../../src/engine';

describe('sampleRegion(rng, count, label, inside)', () => {
  it('keeps only points inside the region', () => {
    const points = sampleRegion(createRng(3), 200, 1, (x, y) => x > 0 && y < 0);
    expect(points).toHaveLength(200);
    expect(points.every((p) => p.x > 0 && p.y < 0 && p.label === 1)).toBe(true);
    expect(points.every((p) => Math.max(Math.abs(p.x), Math.abs(p.y)) <= DATASET_EXTENT)).toBe(
      true,
    );
  });
});
