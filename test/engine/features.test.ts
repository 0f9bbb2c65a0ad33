import { describe, expect, it } from 'vitest';
import {
  computeGradients,
  createBatchBuffers,
  createNetwork,
  createRng,
  DEFAULT_FEATURES,
  FEATURE_NAMES,
  isFeatureName,
  loadBatch,
  normalizeFeatures,
  sameFeatures,
  samplesFromPoints,
  writeFeatures,
  type FeatureName,
} from '../../src/engine';
import { randomPoints, sectorLabel } from './randomPoints';
import { referenceMeanLoss, referenceModelOf, type ReferencePoint } from './reference';

/** Each feature of (x, y) written out again, apart from the engine. */
const BY_HAND: Record<FeatureName, (x: number, y: number) => number> = {
  x: (x) => x,
  y: (_, y) => y,
  x2: (x) => x ** 2,
  y2: (_, y) => y ** 2,
  xy: (x, y) => x * y,
  sinx: (x) => Math.sin(Math.PI * x),
  siny: (_, y) => Math.sin(Math.PI * y),
};

describe('FEATURE_NAMES and DEFAULT_FEATURES', () => {
  it('list x, y, x2, y2, xy, sinx, siny in that order, and the default is x, y', () => {
    expect(FEATURE_NAMES).toEqual(['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny']);
    expect(DEFAULT_FEATURES).toEqual(['x', 'y']);
    for (const name of FEATURE_NAMES) expect(isFeatureName(name)).toBe(true);
    for (const name of ['z', 'X', 'x^2', '', null, 2]) expect(isFeatureName(name)).toBe(false);
  });
});

describe('writeFeatures(x, y, features, into, offset, stride)', () => {
  it('writes x, y, x², y², xy, sin(πx), sin(πy) side by side from offset', () => {
    const into = new Float64Array(10).fill(-9);
    writeFeatures(0.5, -0.25, FEATURE_NAMES, into, 2);
    const expected = [-9, -9, 0.5, -0.25, 0.25, 0.0625, -0.125, 1, -Math.SQRT1_2, -9];
    into.forEach((value, k) => expect(value).toBeCloseTo(expected[k], 15));
  });

  it('writes one column of a neuron-major batch with a stride, and only the features asked for', () => {
    const count = 3;
    const into = new Float64Array(2 * count).fill(-9);
    writeFeatures(0.3, 0.7, ['xy', 'siny'], into, 1, count);
    expect(Array.from(into)).toEqual([-9, 0.3 * 0.7, -9, -9, Math.sin(Math.PI * 0.7), -9]);
  });
});

describe('normalizeFeatures(names)', () => {
  it('returns the features in canonical order', () => {
    expect(normalizeFeatures(['siny', 'x', 'xy'])).toEqual(['x', 'xy', 'siny']);
    expect(normalizeFeatures([...FEATURE_NAMES].reverse())).toEqual(FEATURE_NAMES);
    expect(normalizeFeatures(['y'])).toEqual(['y']);
  });

  it('throws a RangeError on an unknown name, a name listed twice, or none', () => {
    expect(() => normalizeFeatures(['x', 'z'])).toThrow(
      /unknown feature "z", expected some of x, y/,
    );
    expect(() => normalizeFeatures(['x', 'y', 'x'])).toThrow(/"x" is listed twice/);
    expect(() => normalizeFeatures([])).toThrow(RangeError);
    expect(() => normalizeFeatures([3])).toThrow(/unknown feature 3/);
  });
});

describe('sameFeatures(a, b)', () => {
  it('compares names and order', () => {
    expect(sameFeatures(['x', 'y'], DEFAULT_FEATURES)).toBe(true);
    expect(sameFeatures(['y', 'x'], DEFAULT_FEATURES)).toBe(false);
    expect(sameFeatures(['x'], DEFAULT_FEATURES)).toBe(false);
  });
});

describe('samplesFromPoints(points, features)', () => {
  const points = [
    { x: 0.5, y: -1, label: 1 },
    { x: -0.2, y: 0.4, label: 0 },
  ];

  it('by default gives x and y, two inputs a point', () => {
    const samples = samplesFromPoints(points);
    expect(samples.inputSize).toBe(2);
    expect(samples.count).toBe(2);
    expect(Array.from(samples.inputs)).toEqual([0.5, -1, -0.2, 0.4]);
    expect(Array.from(samples.labels)).toEqual([1, 0]);
  });

  it('gives one input a feature, point after point', () => {
    const features = normalizeFeatures(['x2', 'sinx', 'y']);
    const samples = samplesFromPoints(points, features);
    expect(samples.inputSize).toBe(3);
    expect(Array.from(samples.inputs)).toEqual(
      points.flatMap(({ x, y }) => features.map((name) => BY_HAND[name](x, y))),
    );
  });
});

/**
 * The largest error of the engine's dC/dW^1 against central differences of the reference's mean
 * loss, for a net whose inputs are `features` of random points.
 */
function worstFirstLayerError(features: FeatureName[], seed: number): number {
  const rng = createRng(seed);
  const layers = [features.length, 5, 3];
  const net = createNetwork(layers, 'tanh', rng);
  const points = randomPoints(rng, 9, sectorLabel(3));
  const buffers = createBatchBuffers(layers, points.length);
  loadBatch(buffers, samplesFromPoints(points, features), null, points.length);
  computeGradients(net, buffers, points.length);

  const model = referenceModelOf(net);
  const referencePoints: ReferencePoint[] = points.map(({ x, y, label }) => ({
    input: features.map((name) => BY_HAND[name](x, y)),
    label,
  }));
  const step = 1e-5;
  let worst = 0;
  model.weights[0].forEach((row, i) =>
    row.forEach((original, j) => {
      row[j] = original + step;
      const up = referenceMeanLoss(model, referencePoints);
      row[j] = original - step;
      const down = referenceMeanLoss(model, referencePoints);
      row[j] = original;
      const analytic = buffers.gradW[0][i * features.length + j];
      worst = Math.max(worst, Math.abs((up - down) / (2 * step) - analytic));
    }),
  );
  return worst;
}

describe('a network on features', () => {
  for (const name of FEATURE_NAMES) {
    it(`has first-layer gradients that match central differences with ${name} alone on`, () => {
      expect(worstFirstLayerError([name], 80 + FEATURE_NAMES.indexOf(name))).toBeLessThan(1e-9);
    });
  }

  it('has first-layer gradients that match central differences with every feature on', () => {
    expect(worstFirstLayerError([...FEATURE_NAMES], 90)).toBeLessThan(1e-9);
  });
});
