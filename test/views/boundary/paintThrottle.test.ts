import { describe, expect, it } from 'vitest';
import { createPaintThrottle } from '../../../src/views/boundary/paintThrottle';

describe('createPaintThrottle(share)', () => {
  it('is ready at first', () => {
    expect(createPaintThrottle(0.25).ready(0)).toBe(true);
  });

  it('waits so that paints take at most their share of the time', () => {
    const throttle = createPaintThrottle(0.25);
    throttle.record(100, 120); // a 20 ms paint: 60 ms more must pass
    expect(throttle.ready(121)).toBe(false);
    expect(throttle.ready(179)).toBe(false);
    expect(throttle.ready(180)).toBe(true);
  });

  it('lets a cheap paint run again on the next frame', () => {
    const throttle = createPaintThrottle(0.25);
    throttle.record(0, 2);
    expect(throttle.ready(2 + 1000 / 60)).toBe(true);
  });

  it('follows the latest paint, so a cheaper one shortens the wait', () => {
    const throttle = createPaintThrottle(0.5);
    throttle.record(0, 40);
    expect(throttle.ready(70)).toBe(false);
    throttle.record(80, 81);
    expect(throttle.ready(82)).toBe(true);
  });
});
