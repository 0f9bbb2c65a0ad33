import { describe, expect, it } from 'vitest';
import {
  CIRCLE_DISC_RADIUS,
  CIRCLE_RING_INNER_RADIUS,
  generateCircle,
} from '../../src/data/circle';

const options = { count: 1000, noise: 0, classCount: 2 };

describe('generateCircle(seed, options)', () => {
  it('puts class 0 in the disc and class 1 in the ring around it, at noise 0', () => {
    const points = generateCircle(4, options);
    const radius = ({ x, y }: { x: number; y: number }) => Math.hypot(x, y);
    const inner = points.filter((p) => p.label === 0).map(radius);
    const outer = points.filter((p) => p.label === 1).map(radius);
    expect(CIRCLE_DISC_RADIUS).toBeLessThan(CIRCLE_RING_INNER_RADIUS);
    expect(Math.max(...inner)).toBeLessThanOrEqual(CIRCLE_DISC_RADIUS);
    expect(Math.min(...outer)).toBeGreaterThanOrEqual(CIRCLE_RING_INNER_RADIUS);
  });

  it('blurs the gap between disc and ring with noise', () => {
    const points = generateCircle(4, { ...options, noise: 1 });
    const inGap = points.filter(
      (p) => Math.hypot(p.x, p.y) > CIRCLE_DISC_RADIUS && Math.hypot(p.x, p.y) < 0.6,
    );
    expect(inGap.length).toBeGreaterThan(50);
  });

  it('draws two classes, whatever classCount says', () => {
    const labels = new Set(generateCircle(4, { ...options, classCount: 6 }).map((p) => p.label));
    expect([...labels].sort()).toEqual([0, 1]);
  });
});
