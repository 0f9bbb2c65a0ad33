import { describe, expect, it } from 'vitest';
import {
  DATASET_CHOICES,
  DATASET_EXTENT,
  DATASET_IDS,
  DATASET_NAMES,
  DATASETS,
  DEFAULT_DATASET_OPTIONS,
  generateDataset,
  isDatasetId,
  isDatasetName,
  MAX_POINTS,
  validateDatasetOptions,
  type DatasetName,
} from '../../src/data';
import { linearAccuracyBound } from './linearSeparability';
import { nearestNeighbourAgreement } from './nearestNeighbourAgreement';

const GENERATED = DATASET_IDS.filter((name) => !isDatasetName(name));

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
    expect(() => generateDataset('spirals')).toThrow(
      /"spirals"; expected one of seed-1, seed-2, circle, xor, blobs, spiral, moons\./,
    );
  });
});

describe('DATASET_CHOICES', () => {
  it("offers every data set, the post's first, with labels and whether each follows the options", () => {
    expect(
      DATASET_CHOICES.map(({ name, label, usesCountAndNoise, usesClassCount }) => [
        name,
        label,
        usesCountAndNoise,
        usesClassCount,
      ]),
    ).toEqual([
      ['seed-1', 'Data set 1', false, false],
      ['seed-2', 'One more time', false, false],
      ['circle', 'Circle', true, false],
      ['xor', 'XOR', true, false],
      ['blobs', 'Gaussian blobs', true, true],
      ['spiral', 'Spiral', true, true],
      ['moons', 'Moons', true, false],
    ]);
    expect(DATASET_IDS).toEqual(DATASET_CHOICES.map((choice) => choice.name));
    expect(DATASET_CHOICES.every((choice) => choice.description.length > 0)).toBe(true);
  });

  it("tells any data set name from others with isDatasetId; isDatasetName stays the post's", () => {
    expect(isDatasetId('spiral')).toBe(true);
    expect(isDatasetId('seed-1')).toBe(true);
    expect(isDatasetId('Spiral')).toBe(false);
    expect(isDatasetId(3)).toBe(false);
    expect(isDatasetName('spiral')).toBe(false);
  });
});

describe('validateDatasetOptions(options)', () => {
  it('accepts values in range, and any subset of them', () => {
    expect(validateDatasetOptions(DEFAULT_DATASET_OPTIONS)).toBeNull();
    expect(validateDatasetOptions({ count: 1, noise: 0, classCount: 2 })).toBeNull();
    expect(validateDatasetOptions({ count: MAX_POINTS, noise: 1, classCount: 8 })).toBeNull();
    expect(validateDatasetOptions({ noise: 0.5 })).toBeNull();
    expect(validateDatasetOptions({})).toBeNull();
  });

  it.each([
    [{ count: 0 }, `The number of points must be a whole number from 1 to ${MAX_POINTS}, found 0.`],
    [{ count: MAX_POINTS + 1 }, /points .* found 10001\./],
    [{ count: 12.5 }, /points .* found 12\.5\./],
    [{ count: NaN }, /points .* found NaN\./],
    [{ noise: -0.1 }, 'The noise must be a number from 0 to 1, found -0.1.'],
    [{ noise: 1.01 }, /noise .* found 1\.01\./],
    [{ noise: NaN }, /noise .* found NaN\./],
    [{ noise: '0.5' as unknown as number }, /noise .* found 0\.5\./],
    [{ classCount: 1 }, 'The number of classes must be a whole number from 2 to 8, found 1.'],
    [{ classCount: 9 }, /classes .* found 9\./],
    [{ classCount: 2.5 }, /classes .* found 2\.5\./],
  ])('refuses %o with a message', (options, message) => {
    const problem = validateDatasetOptions(options);
    if (typeof message === 'string') expect(problem).toBe(message);
    else expect(problem).toMatch(message);
  });
});

/** Options that differ from the defaults, for the tests that do not care which. */
const OPTIONS = { count: 300, noise: 0.2, classCount: 3 };

describe.each(GENERATED)('generateDataset(%s, seed, options)', (name) => {
  const classesOf = (classCount: number) =>
    name === 'blobs' || name === 'spiral' ? classCount : 2;

  it('gives the same points for the same seed and options, and the defaults when they are left out', () => {
    expect(generateDataset(name, 7, OPTIONS)).toEqual(generateDataset(name, 7, OPTIONS));
    expect(generateDataset(name)).toEqual(generateDataset(name, 1, DEFAULT_DATASET_OPTIONS));
    expect(generateDataset(name, 1, { noise: 0.3 })).toEqual(
      generateDataset(name, 1, { ...DEFAULT_DATASET_OPTIONS, noise: 0.3 }),
    );
    expect(generateDataset(name)).toHaveLength(DEFAULT_DATASET_OPTIONS.count);
  });

  it.each([0, 0.1])('gives different points for different seeds, at noise %f', (noise) => {
    const first = generateDataset(name, 1, { ...OPTIONS, noise });
    const second = generateDataset(name, 2, { ...OPTIONS, noise });
    const moved = first.filter((p, i) => p.x !== second[i].x || p.y !== second[i].y);
    expect(moved.length).toBeGreaterThan(0.9 * OPTIONS.count);
  });

  it('moves the points when the noise changes', () => {
    const clean = generateDataset(name, 1, { ...OPTIONS, noise: 0 });
    const noisy = generateDataset(name, 1, { ...OPTIONS, noise: 0.5 });
    expect(noisy).not.toEqual(clean);
  });

  it.each([1, 2, 3, 8, 201, MAX_POINTS])('gives exactly %i points', (count) => {
    expect(generateDataset(name, 3, { ...OPTIONS, count })).toHaveLength(count);
  });

  it.each([2, 3, 5, 8])(
    'labels every point with a class in range, every class present, for classCount %i',
    (classCount) => {
      const classes = classesOf(classCount);
      for (const count of [classes, 10, 97]) {
        const points = generateDataset(name, 4, { count, noise: 0.1, classCount });
        const labels = new Set(points.map((p) => p.label));
        expect([...labels].sort()).toEqual(Array.from({ length: classes }, (_, k) => k));
        // Classes take turns, so their sizes differ by at most one.
        const sizes = [...labels].map((k) => points.filter((p) => p.label === k).length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    },
  );

  it.each([0, 0.1, 0.5, 1])('keeps every point inside the extent, at noise %f', (noise) => {
    for (const { x, y } of generateDataset(name, 5, { count: 2000, noise, classCount: 8 })) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(DATASET_EXTENT);
    }
  });

  it('keeps the classes apart at noise 0 and mixes them at noise 1', () => {
    const at = (noise: number) =>
      nearestNeighbourAgreement(generateDataset(name, 6, { count: 600, noise, classCount: 3 }));
    expect(at(0)).toBeGreaterThan(0.98);
    expect(at(1)).toBeLessThan(0.85);
  });

  it.each([
    [{ count: 0 }, /number of points/],
    [{ count: MAX_POINTS + 1 }, /number of points/],
    [{ count: 2.5 }, /number of points/],
    [{ noise: -1 }, /noise/],
    [{ noise: 2 }, /noise/],
    [{ classCount: 1 }, /number of classes/],
    [{ classCount: 9 }, /number of classes/],
  ])('refuses %o with a RangeError that says why', (options, message) => {
    expect(() => generateDataset(name, 1, options)).toThrow(RangeError);
    expect(() => generateDataset(name, 1, options)).toThrow(message);
  });

  it('rejects a seed that is not an integer from 0 to 2^32 - 1', () => {
    expect(() => generateDataset(name, 1.5)).toThrow(/seed/);
    expect(() => generateDataset(name, 2 ** 32)).toThrow(RangeError);
  });
});

describe("generateDataset(post's data set, seed, options)", () => {
  it.each(DATASET_NAMES)("draws the post's 207 points of %s whatever the options", (name) => {
    expect(generateDataset(name, 3, { count: 10, noise: 1, classCount: 5 })).toEqual(
      generateDataset(name, 3),
    );
  });

  it.each(DATASET_NAMES)('still refuses options out of range for %s', (name) => {
    expect(() => generateDataset(name, 3, { count: 0 })).toThrow(/number of points/);
  });
});
