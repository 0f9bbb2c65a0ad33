import fc from 'fast-check';
import { PLANE_MAX, PLANE_MIN, type SessionSettings } from '../../src/data';
import type { ModelJson } from '../../src/engine';

/** -0 reads back as 0: JSON has no negative zero, and no reader needs one. */
export const plusZero = (n: number) => n + 0;

/** Runs of each property; fast-check's seed is printed on a failure to replay it. */
export const RUNS = 1000;
export const LINK_RUNS = 300;

export const coordinate = fc
  .double({
    min: PLANE_MIN,
    max: PLANE_MAX,
    noNaN: true,
    noDefaultInfinity: true,
  })
  .map(plusZero);
export const point = (classes: number) =>
  fc.record({ x: coordinate, y: coordinate, label: fc.integer({ min: 0, max: classes - 1 }) });

export const settings: fc.Arbitrary<SessionSettings> = fc.record({
  hiddenLayers: fc.array(fc.integer({ min: 1, max: 32 }), { maxLength: 8 }),
  activation: fc.constantFrom('relu', 'tanh', 'sigmoid', 'linear', 'leaky-relu'),
  features: fc.constantFrom<SessionSettings['features']>(
    ['x', 'y'],
    ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'],
    ['xy'],
  ),
  optimizer: fc.oneof(
    fc.constant({ kind: 'gd' as const }),
    fc.record({
      kind: fc.constant('momentum' as const),
      momentum: fc.double({ min: 0, max: 0.999, noNaN: true }).map(plusZero),
    }),
    fc.record({
      kind: fc.constant('adam' as const),
      beta1: fc.double({ min: 0, max: 0.999, noNaN: true }).map(plusZero),
      beta2: fc.double({ min: 0, max: 0.999, noNaN: true }).map(plusZero),
      epsilon: fc.double({ min: 1e-12, max: 1, noNaN: true }).map(plusZero),
    }),
  ),
  regularization: fc.constantFrom('none', 'l1', 'l2'),
  regularizationRate: fc.double({ min: 0, max: 1, noNaN: true }).map(plusZero),
  testShare: fc.double({ min: 0, max: 0.9, noNaN: true }).map(plusZero),
  discretize: fc.boolean(),
  datasetOptions: fc.record({
    count: fc.integer({ min: 1, max: 10_000 }),
    noise: fc.double({ min: 0, max: 1, noNaN: true }).map(plusZero),
  }),
  classCount: fc.constant(8),
  learningRate: fc.double({ min: 1e-4, max: 10, noNaN: true }).map(plusZero),
  batchSize: fc.oneof(fc.constant('full' as const), fc.integer({ min: 1, max: 10_000 })),
  speed: fc.constantFrom(1, 3, 10, 30, 100, 'max' as const),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  stopAfter: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 100_000_000 })),
});

/** A model of a small net for `layers`, its numbers finite and not -0 (JSON writes -0 as 0). */
export const model = (layers: number[]): fc.Arbitrary<ModelJson> => {
  const number = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n + 0);
  return fc.record({
    format: fc.constant('backprop-lab.model' as const),
    version: fc.constant(1),
    layers: fc.constant(layers),
    activation: fc.constant('relu'),
    weights: fc.tuple(
      ...layers.slice(1).map((rows, l) =>
        fc.array(fc.array(number, { minLength: layers[l], maxLength: layers[l] }), {
          minLength: rows,
          maxLength: rows,
        }),
      ),
    ),
    biases: fc.tuple(
      ...layers.slice(1).map((n) => fc.array(number, { minLength: n, maxLength: n })),
    ),
  });
};
