import { describe, expect, it } from 'vitest';
import {
  cloneNetwork,
  createGradientDescent,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  defaultOptimizerSettings,
  evaluate,
  samplesFromPoints,
  type Gradients,
  type MiniBatchStep,
  type Network,
  type Optimizer,
} from '../../src/engine';
import { randomPoints, xorLabel } from './randomPoints';

const LAYERS = [2, 4, 4, 2];
const SAMPLES = samplesFromPoints(randomPoints(createRng(50), 30, xorLabel));

function bytes(net: Network): number[][] {
  return [...net.weights, ...net.biases].map((array) => Array.from(new Uint8Array(array.buffer)));
}

function bufferArrays(step: MiniBatchStep): ArrayBufferView[] {
  const { z, a, delta, gradW, gradB, labels, logSumExp, scratch } = step.buffers;
  return [...z, ...a, ...delta, ...gradW, ...gradB, labels, logSumExp, scratch];
}

/** An optimizer that records what it is handed and changes nothing. */
function recordingOptimizer() {
  const calls: { net: Network; grads: number[][]; learningRate: number }[] = [];
  const optimizer: Optimizer = {
    settings: { kind: 'gd' },
    stateSize: 0,
    step(net: Network, grads: Gradients, learningRate: number) {
      const copies = [...grads.gradW, ...grads.gradB].map((array) => Array.from(array));
      calls.push({ net, grads: copies, learningRate });
    },
    snapshot() {},
    restore() {},
    reset() {},
  };
  return { optimizer, calls };
}

describe('createMiniBatchStep(layers, capacity).step(net, samples, options, rng, optimizer)', () => {
  it('with the gd optimizer is bit for bit createGradientDescent(layers).step', () => {
    const a = createNetwork(LAYERS, 'relu', createRng(1));
    const b = cloneNetwork(a);
    const miniBatch = createMiniBatchStep(LAYERS);
    const gd = createOptimizer(LAYERS, { kind: 'gd' });
    const descent = createGradientDescent(LAYERS);
    const rngA = createRng(2);
    const rngB = createRng(2);
    for (let s = 0; s < 50; s++) {
      const options = { learningRate: 0.2, batchSize: s % 5 === 0 ? 'full' : 7 } as const;
      expect(miniBatch.step(a, SAMPLES, options, rngA, gd)).toBe(
        descent.step(b, SAMPLES, options, rngB),
      );
    }
    expect(bytes(a)).toStrictEqual(bytes(b));
  });

  it("hands the optimizer the batch's mean gradients and the learning rate once, and returns the cost before", () => {
    const net = createNetwork(LAYERS, 'tanh', createRng(3));
    const before = cloneNetwork(net);
    const { optimizer, calls } = recordingOptimizer();
    const miniBatch = createMiniBatchStep(LAYERS, 4);
    const loss = miniBatch.step(
      net,
      SAMPLES,
      { learningRate: 0.3, batchSize: 'full' },
      createRng(1),
      optimizer,
    );
    expect(loss).toBe(evaluate(before, SAMPLES, createMiniBatchStep(LAYERS).buffers).loss);
    expect(calls.length).toBe(1);
    expect(calls[0].net).toBe(net);
    expect(calls[0].learningRate).toBe(0.3);
    const gradients = [...miniBatch.buffers.gradW, ...miniBatch.buffers.gradB];
    expect(calls[0].grads).toEqual(gradients.map((array) => Array.from(array)));
    expect(gradients.some((array) => array.some((value) => value !== 0))).toBe(true);
  });

  it('allocates nothing per step once warmed up, with momentum and adam', () => {
    for (const name of ['momentum', 'adam'] as const) {
      const net = createNetwork(LAYERS, 'relu', createRng(4));
      const optimizer = createOptimizer(LAYERS, defaultOptimizerSettings(name));
      const miniBatch = createMiniBatchStep(LAYERS, 16);
      const rng = createRng(5);
      const options = { learningRate: 0.01, batchSize: 16 };
      miniBatch.step(net, SAMPLES, options, rng, optimizer);
      const buffers = bufferArrays(miniBatch);
      const parameters = [...net.weights, ...net.biases];
      for (let s = 0; s < 20; s++) miniBatch.step(net, SAMPLES, options, rng, optimizer);
      bufferArrays(miniBatch).forEach((array, index) => expect(array).toBe(buffers[index]));
      [...net.weights, ...net.biases].forEach((array, index) =>
        expect(array).toBe(parameters[index]),
      );
    }
  });

  it('throws a RangeError on a bad batch size before the net, the optimizer or the stream move', () => {
    const net = createNetwork(LAYERS, 'relu', createRng(6));
    const before = bytes(net);
    const { optimizer, calls } = recordingOptimizer();
    const rng = createRng(7);
    const miniBatch = createMiniBatchStep(LAYERS);
    for (const batchSize of [0, 1.5]) {
      expect(() =>
        miniBatch.step(net, SAMPLES, { learningRate: 0.1, batchSize }, rng, optimizer),
      ).toThrow(RangeError);
    }
    expect(bytes(net)).toStrictEqual(before);
    expect(calls.length).toBe(0);
    expect(rng.next()).toBe(createRng(7).next());
  });
});
