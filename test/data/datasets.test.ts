import { describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  DATASETS,
  generateDataset,
  isDatasetName,
  type DatasetName,
} from '../../src/data';
import { linearAccuracyBound } from './linearSeparability';

describe('DATASETS', () => {
  it("lists the post's two data sets by name with labels for people", () => {
    expect(DATASETS.map(({ name, label }) => ({ name, label }))).toEqual([
      { name: 'seed-1', label: 'Data set 1' },
      { name: 'seed-2', label: 'One more time' },
    ]);
    expect(DATASET_NAMES).toEqual(['seed-1', 'seed-2']);
    expect(isDatasetName('seed-2')).toBe(true);
    expect(isDatasetName('seed-3')).toBe(false);
  });
});

describe.each(DATASET_NAMES)('generateDataset(%s, seed)', (name: DatasetName) => {
  it("gives the post's 207 points with labels 0 and 1, both present, in the plane [-1, 1]^2", () => {
    const points = generateDataset(name, 1);
    expect(points).toHaveLength(207);
    for (const { x, y, label } of points) {
      expect(Math.abs(x)).toBeLessThanOrEqual(1);
      expect(Math.abs(y)).toBeLessThanOrEqual(1);
      expect([0, 1]).toContain(label);
    }
    const ones = points.filter((p) => p.label === 1).length;
    expect(ones).toBeGreaterThan(50);
    expect(207 - ones).toBeGreaterThan(50);
  });

  it('gives the same points for the same seed, seed 1 by default', () => {
    expect(generateDataset(name, 7)).toEqual(generateDataset(name, 7));
    expect(generateDataset(name)).toEqual(generateDataset(name, 1));
  });

  it('gives different points for different seeds', () => {
    const first = generateDataset(name, 1);
    const second = generateDataset(name, 2);
    const moved = first.filter((p, i) => p.x !== second[i].x || p.y !== second[i].y);
    expect(moved.length).toBeGreaterThan(200);
  });

  it.each([1, 2, 3])(
    'is not linearly separable: no line classifies 90 percent of seed %i',
    (seed) => {
      expect(linearAccuracyBound(generateDataset(name, seed))).toBeLessThan(0.9);
    },
  );

  it('rejects a seed that is not an integer from 0 to 2^32 - 1', () => {
    expect(() => generateDataset(name, 1.5)).toThrow(RangeError);
    expect(() => generateDataset(name, -1)).toThrow(RangeError);
    expect(() => generateDataset(name, 2 ** 32)).toThrow(RangeError);
  });
});

describe('generateDataset(name, seed)', () => {
  it('places the classes differently in the two data sets', () => {
    const [first, second] = DATASET_NAMES.map((name) => generateDataset(name, 1));
    const centre = (points: typeof first, label: number) => {
      const ofClass = points.filter((p) => p.label === label);
      return {
        x: ofClass.reduce((sum, p) => sum + p.x, 0) / ofClass.length,
        y: ofClass.reduce((sum, p) => sum + p.y, 0) / ofClass.length,
      };
    };
    // Data set 1's class-1 cluster sits low in the plane; data set 2's class-1 stripe is centred.
    expect(centre(first, 1).y).toBeLessThan(-0.2);
    expect(Math.abs(centre(second, 1).y)).toBeLessThan(0.1);
  });

  it('names the known data sets when it is given an unknown one', () => {
    expect(() => generateDataset('spiral')).toThrow(/seed-1, seed-2/);
  });
});
