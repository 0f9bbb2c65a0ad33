import { describe, expect, it } from 'vitest';
import {
  backward,
  createBatchBuffers,
  createRng,
  crossEntropySum,
  evaluate,
  forward,
  loadBatch,
  outputError,
  samplesFromPoints,
  softmax,
  type Network,
} from '../../src/engine';

/** Logits given point by point (`columns[p][k]`), laid out neuron-major as the engine keeps them. */
function neuronMajor(columns: number[][]): Float64Array {
  const count = columns.length;
  const classes = columns[0].length;
  const z = new Float64Array(classes * count);
  columns.forEach((column, p) => column.forEach((value, k) => (z[k * count + p] = value)));
  return z;
}

function runSoftmax(columns: number[][], labels: number[]) {
  const count = columns.length;
  const classes = columns[0].length;
  const z = neuronMajor(columns);
  const a = new Float64Array(classes * count);
  const logSumExp = new Float64Array(count);
  const scratch = new Float64Array(count);
  softmax(z, a, logSumExp, scratch, classes, count);
  const labelArray = Uint8Array.from(labels);
  const losses = labels.map((_, p) =>
    crossEntropySum(
      neuronMajor([columns[p]]),
      logSumExp.subarray(p, p + 1),
      labelArray.subarray(p, p + 1),
      1,
    ),
  );
  const total = crossEntropySum(z, logSumExp, labelArray, count);
  const delta = new Float64Array(classes * count);
  outputError(a, labelArray, delta, classes, count);
  const probability = (p: number, k: number) => a[k * count + p];
  const error = (p: number, k: number) => delta[k * count + p];
  return { count, classes, a, delta, losses, total, probability, error };
}

function randomColumns(seed: number, count: number, classes: number, scale: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: classes }, () => scale * (2 * rng.next() - 1)),
  );
}

/** Logits of +-1000 and 1e300 mixtures, for two classes (the engine's own path) and more. */
const TWO_CLASS_EXTREMES: number[][] = [
  [1000, -1000],
  [-1000, 1000],
  [1000, 1000],
  [-1000, -1000],
  [1e300, -1e300],
  [-1e300, 1e300],
  [1e300, 0],
  [-1e300, 0],
  [1e300, 1e300],
  [-1e300, -1e300],
];
const THREE_CLASS_EXTREMES: number[][] = [
  [1000, -1000, 0],
  [-1000, -1000, 1000],
  [1000, 1000, 1000],
  [1e300, -1e300, 0],
  [-1e300, -1e300, -1e300],
  [1e300, 1e300, -1e300],
  [0, -1e300, 1000],
];
const EXTREMES: number[][][] = [
  TWO_CLASS_EXTREMES,
  THREE_CLASS_EXTREMES,
  THREE_CLASS_EXTREMES.map((column) => [...column, -1000]),
];

/** Runs the softmax on `columns` once with every point labelled k, for each class k. */
function eachLabel(columns: number[][]): ReturnType<typeof runSoftmax>[] {
  return columns[0].map((_, label) => runSoftmax(columns, Array(columns.length).fill(label)));
}

describe('softmax(z, a, logSumExp, scratch, classes, count)', () => {
  it('gives non-negative probabilities that sum to 1 for each point', () => {
    for (const classes of [2, 3, 5, 8]) {
      const columns = randomColumns(classes, 9, classes, 4);
      const { count, probability } = runSoftmax(columns, Array(9).fill(0));
      for (let p = 0; p < count; p++) {
        let sum = 0;
        for (let k = 0; k < classes; k++) {
          expect(probability(p, k)).toBeGreaterThanOrEqual(0);
          sum += probability(p, k);
        }
        expect(sum).toBeCloseTo(1, 14);
      }
    }
  });

  it('matches exp(z_k) / sum exp(z) for moderate logits', () => {
    for (const classes of [2, 4]) {
      const columns = randomColumns(classes, 6, classes, 5);
      const { probability } = runSoftmax(columns, Array(6).fill(0));
      columns.forEach((column, p) => {
        const sum = column.reduce((total, value) => total + Math.exp(value), 0);
        column.forEach((value, k) =>
          expect(Math.abs(probability(p, k) - Math.exp(value) / sum)).toBeLessThan(1e-15),
        );
      });
    }
  });

  it('stays finite for logits of +-1000 and 1e300 mixtures, never NaN, summing to 1', () => {
    for (const columns of EXTREMES) {
      const { count, classes, probability } = runSoftmax(columns, Array(columns.length).fill(0));
      for (let p = 0; p < count; p++) {
        let sum = 0;
        for (let k = 0; k < classes; k++) {
          expect(Number.isFinite(probability(p, k))).toBe(true);
          sum += probability(p, k);
        }
        expect(sum).toBeCloseTo(1, 14);
      }
    }
    const wide = runSoftmax([[1e300, -1e300, 0, 1000, -1000]], [2]);
    expect(Array.from(wide.a)).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('crossEntropySum(z, logSumExp, labels, count)', () => {
  it('matches -log(softmax(z)_y) for moderate logits', () => {
    for (const classes of [2, 3]) {
      const columns = randomColumns(classes + 10, 8, classes, 6);
      const labels = [0, 1, 2, 0, 1, 2, 2, 1].map((label) => label % classes);
      const { losses, total } = runSoftmax(columns, labels);
      let expectedTotal = 0;
      columns.forEach((column, p) => {
        const sum = column.reduce((acc, value) => acc + Math.exp(value), 0);
        const expected = -Math.log(Math.exp(column[labels[p]]) / sum);
        expect(Math.abs(losses[p] - expected)).toBeLessThan(1e-12);
        expectedTotal += expected;
      });
      expect(Math.abs(total - expectedTotal)).toBeLessThan(1e-11);
    }
  });

  it('is finite, never NaN, for logits of +-1000 and 1e300 mixtures', () => {
    for (const columns of EXTREMES) {
      for (const { losses, total } of eachLabel(columns)) {
        for (const loss of losses) {
          expect(Number.isFinite(loss)).toBe(true);
          expect(loss).toBeGreaterThanOrEqual(0);
        }
        expect(Number.isFinite(total)).toBe(true);
      }
    }
  });

  it('charges a confident wrong answer the gap between the logits, a confident right one 0', () => {
    const two = runSoftmax(
      [
        [1000, -1000],
        [1000, -1000],
        [1e300, -1e300],
      ],
      [1, 0, 1],
    );
    expect(two.losses).toEqual([2000, 0, 2e300]);
    const three = runSoftmax(
      [
        [1000, -1000, 0],
        [1000, -1000, 0],
        [-1e300, 0, 1e300],
      ],
      [1, 0, 0],
    );
    expect(three.losses).toEqual([2000, 0, 2e300]);
  });
});

describe('outputError(a, labels, delta, classes, count)', () => {
  it('is a - onehot(y)', () => {
    for (const [classes, labels] of [
      [2, [1, 0, 0, 1, 1]],
      [4, [2, 0, 1, 3, 3]],
    ] as const) {
      const columns = randomColumns(classes, labels.length, classes, 3);
      const { count, probability, error } = runSoftmax(columns, [...labels]);
      for (let p = 0; p < count; p++) {
        for (let k = 0; k < classes; k++) {
          expect(error(p, k)).toBe(probability(p, k) - (k === labels[p] ? 1 : 0));
        }
      }
    }
  });

  it('is finite for logits of +-1000 and 1e300 mixtures', () => {
    for (const columns of EXTREMES) {
      for (const { delta } of eachLabel(columns)) {
        for (const value of delta) expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});

describe('forward then backward on a net with logits of +-1000', () => {
  it('gives a finite loss and finite gradients', () => {
    // A linear 2-2-2 net whose output logits reach about +-1000 on the unit square.
    const net: Network = {
      layers: [2, 2, 2],
      activation: 'linear',
      weights: [Float64Array.of(1, 0, 0, 1), Float64Array.of(500, 500, -500, -500)],
      biases: [Float64Array.of(0, 0), Float64Array.of(0, 0)],
    };
    const points = [
      { x: 1, y: 1, label: 1 },
      { x: -1, y: -1, label: 0 },
      { x: 1, y: 1, label: 0 },
      { x: 0.5, y: -0.5, label: 1 },
    ];
    const samples = samplesFromPoints(points);
    const buffers = createBatchBuffers(net.layers, points.length);
    const { loss } = evaluate(net, samples, buffers);
    expect(loss).toBeGreaterThan(0);
    expect(Number.isFinite(loss)).toBe(true);
    loadBatch(buffers, samples, null, points.length);
    forward(net, buffers, points.length);
    expect(Math.max(...buffers.z[2].subarray(0, 2 * points.length))).toBe(1000);
    backward(net, buffers, points.length);
    for (const array of [...buffers.gradW, ...buffers.gradB]) {
      for (const value of array) expect(Number.isFinite(value)).toBe(true);
    }
  });
});
