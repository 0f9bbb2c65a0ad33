import { describe, expect, it } from 'vitest';
import { nearestPoint } from '../../src/data/nearestPoint';

const points = [
  { x: 0, y: 0 },
  { x: 0.5, y: 0.5 },
  { x: -0.5, y: 0.2 },
];

describe('nearestPoint(points, x, y, radius)', () => {
  it('finds the index of the closest point within the radius', () => {
    expect(nearestPoint(points, 0.45, 0.52, 0.1)).toBe(1);
    expect(nearestPoint(points, -0.1, 0.15, 1)).toBe(0);
  });

  it('is null when no point lies within the radius, or there are none', () => {
    expect(nearestPoint(points, 1, -1, 0.2)).toBeNull();
    expect(nearestPoint([], 0, 0, 10)).toBeNull();
  });

  it('picks the later of two points at the same place, the one drawn on top', () => {
    expect(nearestPoint([...points, { x: 0.5, y: 0.5 }], 0.5, 0.5, 0.1)).toBe(3);
  });
});
