import { describe, expect, it } from 'vitest';
import { blobCentres, generateBlobs } from '../../src/data/blobs';
import type { PlanePosition } from '../../src/data/plane';

const CLASS_COUNTS = [2, 3, 4, 5, 6, 7, 8];

const distance = (a: PlanePosition, b: PlanePosition) => Math.hypot(a.x - b.x, a.y - b.y);

describe('blobCentres(classCount)', () => {
  it.each(CLASS_COUNTS)('spreads %i centres evenly on a circle about the origin', (k) => {
    const centres = blobCentres(k);
    expect(centres).toHaveLength(k);
    const origin = { x: 0, y: 0 };
    const radius = distance(centres[0], origin);
    const step = distance(centres[0], centres[1]);
    centres.forEach((centre, i) => {
      expect(distance(centre, origin)).toBeCloseTo(radius, 12);
      expect(distance(centre, centres[(i + 1) % k])).toBeCloseTo(step, 12);
    });
  });
});

describe('generateBlobs(seed, options)', () => {
  it.each(CLASS_COUNTS)(
    'puts every point nearer its own centre than any other, at noise 0, with %i classes',
    (classCount) => {
      const centres = blobCentres(classCount);
      for (const point of generateBlobs(6, { count: 800, noise: 0, classCount })) {
        const own = distance(point, centres[point.label]);
        centres.forEach((centre, k) => {
          if (k !== point.label) expect(own).toBeLessThan(distance(point, centre));
        });
      }
    },
  );

  it('lets the blobs overlap with noise', () => {
    const classCount = 4;
    const centres = blobCentres(classCount);
    const strays = generateBlobs(6, { count: 800, noise: 1, classCount }).filter((point) =>
      centres.some((centre) => distance(point, centre) < distance(point, centres[point.label])),
    );
    expect(strays.length).toBeGreaterThan(80);
  });
});
