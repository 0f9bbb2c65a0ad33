import { describe, expect, it } from 'vitest';
import {
  cloneNetwork,
  createGradientDescent,
  createNetwork,
  createRng,
  evaluate,
  samplesFromPoints,
  type ActivationName,
  type GradientDescent,
  type LabelledPoint,
  type Network,
} from '../../src/engine';
import { randomPoints, sectorLabel, xorLabel } from './randomPoints';
import {
  maxParameterDifference,
  referenceModelOf,
  referencePointsOf,
  referenceStep,
} from './reference';

const LEARNING_RATE = 0.2;

function setup(layers: number[], activation: ActivationName, points: LabelledPoint[], seed = 1) {
  const net = createNetwork(layers, activation, createRng(seed));
  return { net, samples: samplesFromPoints(points), gd: createGradientDescent(layers) };
}

/** Every buffer the step works in, in a fixed order, to compare identities. */
function bufferArrays(gd: GradientDescent): ArrayBufferView[] {
  const { z, a, delta, gradW, gradB, labels, logSumExp, scratch } = gd.buffers;
  return [...z, ...a, ...delta, ...gradW, ...gradB, labels, logSumExp, scratch];
}

function parameterArrays(net: Network): Float64Array[] {
  return [...net.weights, ...net.biases];
}

describe('createGradientDescent(layers).step(net, samples, options, rng)', () => {
  const cases: { name: string; layers: number[]; activation: ActivationName; classes: number }[] = [
    { name: '2-4-4-2 relu net on xor', layers: [2, 4, 4, 2], activation: 'relu', classes: 2 },
    { name: '2-6-3 tanh net on 3 sectors', layers: [2, 6, 3], activation: 'tanh', classes: 3 },
  ];
  for (const { name, layers, activation, classes } of cases) {
    it(`with batchSize 'full' matches the reference loops for 100 iterations (${name})`, () => {
      const rng = createRng(11);
      const label = classes === 2 ? xorLabel : sectorLabel(classes);
      const points = randomPoints(rng, 40, label);
      const { net, samples, gd } = setup(layers, activation, points);
      const model = referenceModelOf(net);
      const initial = referenceModelOf(net);
      const referencePoints = referencePointsOf(points);
      const everyPoint = points.map((_, p) => p);
      let worstLoss = 0;
      let worstParameter = 0;
      for (let iteration = 0; iteration < 100; iteration++) {
        const loss = gd.step(net, samples, { learningRate: LEARNING_RATE, batchSize: 'full' }, rng);
        const expected = referenceStep(model, referencePoints, everyPoint, LEARNING_RATE);
        worstLoss = Math.max(worstLoss, Math.abs(loss - expected));
        worstParameter = Math.max(worstParameter, maxParameterDifference(net, model));
      }
      expect(worstLoss).toBeLessThan(1e-9);
      expect(worstParameter).toBeLessThan(1e-9);
      // The comparison means something only if training moved the parameters.
      expect(maxParameterDifference(net, initial)).toBeGreaterThan(0.01);
    });
  }

  it('with mini-batches gives bit-for-bit the same parameters from the same seed', () => {
    const points = randomPoints(createRng(3), 50, xorLabel);
    const runs = [5, 5, 6].map((seed) => {
      const { net, samples, gd } = setup([2, 4, 4, 2], 'relu', points);
      const rng = createRng(seed);
      for (let s = 0; s < 200; s++) {
        gd.step(net, samples, { learningRate: LEARNING_RATE, batchSize: 10 }, rng);
      }
      return parameterArrays(net).map((array) => Array.from(new Uint8Array(array.buffer)));
    });
    expect(runs[1]).toStrictEqual(runs[0]);
    expect(runs[2]).not.toStrictEqual(runs[0]);
  });

  it('draws the mini-batch with nextInt(count), in order, with replacement', () => {
    const points = randomPoints(createRng(4), 3, (x) => (x > 0 ? 1 : 0));
    const { net, samples, gd } = setup([2, 4, 4, 2], 'relu', points);
    const model = referenceModelOf(net);
    const m = 100;
    const rng = createRng(21);
    const loss = gd.step(net, samples, { learningRate: LEARNING_RATE, batchSize: m }, rng);

    const replay = createRng(21);
    const indices = Array.from({ length: m }, () => replay.nextInt(samples.count));
    // Each of the three points is drawn many times: the draw is with replacement.
    for (let p = 0; p < samples.count; p++) {
      expect(indices.filter((index) => index === p).length).toBeGreaterThan(15);
    }
    const input = gd.buffers.a[0];
    indices.forEach((index, p) => {
      expect(input[p]).toBe(points[index].x);
      expect(input[m + p]).toBe(points[index].y);
      expect(gd.buffers.labels[p]).toBe(points[index].label);
    });
    // The step used exactly m draws and nothing else.
    expect(rng.next()).toBe(replay.next());

    const expected = referenceStep(model, referencePointsOf(points), indices, LEARNING_RATE);
    expect(Math.abs(loss - expected)).toBeLessThan(1e-9);
    expect(maxParameterDifference(net, model)).toBeLessThan(1e-9);
  });

  it('allocates nothing per step once warmed up: every buffer and weight array keeps its identity', () => {
    const points = randomPoints(createRng(8), 30, xorLabel);
    for (const batchSize of [100, 250, 'full'] as const) {
      const { net, samples, gd } = setup([2, 4, 4, 2], 'relu', points);
      const rng = createRng(9);
      const options = { learningRate: LEARNING_RATE, batchSize };
      gd.step(net, samples, options, rng);
      const buffers = bufferArrays(gd);
      const parameters = parameterArrays(net);
      const before = parameters.map((array) => array.slice());
      for (let s = 0; s < 100; s++) gd.step(net, samples, options, rng);
      const after = bufferArrays(gd);
      expect(after.length).toBe(buffers.length);
      after.forEach((array, index) => expect(array).toBe(buffers[index]));
      parameterArrays(net).forEach((array, index) => expect(array).toBe(parameters[index]));
      // The same arrays now hold new values.
      expect(parameters).not.toEqual(before);
    }
  });

  it('lowers the loss on xor', () => {
    const points = randomPoints(createRng(12), 60, xorLabel);
    const { net, samples, gd } = setup([2, 4, 4, 2], 'relu', points, 2);
    const rng = createRng(13);
    const initial = evaluate(net, samples, gd.buffers).loss;

    const once = cloneNetwork(net);
    gd.step(once, samples, { learningRate: 0.05, batchSize: 'full' }, rng);
    expect(evaluate(once, samples, gd.buffers).loss).toBeLessThan(initial);

    for (let s = 0; s < 2000; s++) {
      gd.step(net, samples, { learningRate: LEARNING_RATE, batchSize: 100 }, rng);
    }
    const trained = evaluate(net, samples, gd.buffers);
    expect(trained.loss).toBeLessThan(initial / 2);
    expect(trained.accuracy).toBeGreaterThan(0.9);
  });

  it('throws a RangeError on empty samples', () => {
    const { net, samples, gd } = setup([2, 3, 2], 'relu', []);
    const before = parameterArrays(net).map((array) => array.slice());
    for (const batchSize of [10, 'full'] as const) {
      expect(() =>
        gd.step(net, samples, { learningRate: LEARNING_RATE, batchSize }, createRng(1)),
      ).toThrow(RangeError);
    }
    expect(parameterArrays(net)).toEqual(before);
  });

  it('throws a RangeError on a batch size that is not a positive integer, leaving the net alone', () => {
    const { net, samples, gd } = setup([2, 3, 2], 'relu', randomPoints(createRng(2), 5, xorLabel));
    const before = parameterArrays(net).map((array) => array.slice());
    for (const batchSize of [0, -3, 2.5, NaN]) {
      expect(() =>
        gd.step(net, samples, { learningRate: LEARNING_RATE, batchSize }, createRng(1)),
      ).toThrow(RangeError);
    }
    expect(parameterArrays(net)).toEqual(before);
  });
});
