import { describe, expect, it } from 'vitest';
import {
  cloneNetwork,
  computeGradients,
  createBatchBuffers,
  createNetwork,
  createRng,
  evaluate,
  loadBatch,
  samplesFromPoints,
  type FeatureName,
  type LabelledPoint,
  type Network,
} from '../../src/engine';
import { tracePoint } from '../../src/training';

const POINT: LabelledPoint = { x: 0.3, y: -0.7, label: 1 };

function pointCost(net: Network, features: readonly FeatureName[], point: LabelledPoint) {
  const samples = samplesFromPoints([point], features);
  return evaluate(net, samples, createBatchBuffers(net.layers, 1)).loss;
}

describe('tracePoint(network, features, point)', () => {
  it("equals the engine's forward values and gradients for a batch of that one point", () => {
    const features: FeatureName[] = ['x', 'y', 'xy'];
    const net = createNetwork([3, 5, 4, 3], 'tanh', createRng(7));
    const before = cloneNetwork(net);

    const trace = tracePoint(net, features, { ...POINT, label: 2 });

    const buffers = createBatchBuffers(net.layers, 1);
    loadBatch(buffers, samplesFromPoints([{ ...POINT, label: 2 }], features), null, 1);
    const loss = computeGradients(net, buffers, 1);
    expect(trace.cost).toBe(loss);
    expect(Array.from(trace.a[0])).toEqual([0.3, -0.7, 0.3 * -0.7]);
    for (let l = 1; l < net.layers.length; l++) {
      const n = net.layers[l];
      expect(Array.from(trace.z[l])).toEqual(Array.from(buffers.z[l].subarray(0, n)));
      expect(Array.from(trace.a[l])).toEqual(Array.from(buffers.a[l].subarray(0, n)));
      expect(Array.from(trace.delta[l])).toEqual(Array.from(buffers.delta[l].subarray(0, n)));
      expect(Array.from(trace.gradW[l - 1])).toEqual(Array.from(buffers.gradW[l - 1]));
      expect(Array.from(trace.gradB[l - 1])).toEqual(Array.from(buffers.gradB[l - 1]));
    }
    expect(trace.probabilities).toBe(trace.a[3]);
    expect(trace.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(trace.cost).toBeCloseTo(-Math.log(trace.probabilities[2]), 12);
    expect(net).toEqual(before);
  });

  it('follows the equations: delta^L = a^L - y and dC/dW^l = delta^l (a^(l-1))^T', () => {
    const net = createNetwork([2, 4, 2], 'relu', createRng(3));
    const trace = tracePoint(net, ['x', 'y'], POINT);
    const y = [0, 1];
    trace.delta[2].forEach((d, i) => expect(d).toBeCloseTo(trace.a[2][i] - y[i], 15));
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 4; j++) {
        expect(trace.gradW[1][i * 4 + j]).toBeCloseTo(trace.delta[2][i] * trace.a[1][j], 15);
      }
    }
    expect(Array.from(trace.gradB[0])).toEqual(Array.from(trace.delta[1]));
  });

  it("matches a central finite difference of the point's cost for one weight of each layer", () => {
    const features: FeatureName[] = ['x', 'y'];
    const net = createNetwork([2, 4, 4, 2], 'sigmoid', createRng(11));
    const trace = tracePoint(net, features, POINT);
    const h = 1e-6;
    for (let l = 0; l < net.weights.length; l++) {
      const k = net.weights[l].length - 2;
      const saved = net.weights[l][k];
      net.weights[l][k] = saved + h;
      const up = pointCost(net, features, POINT);
      net.weights[l][k] = saved - h;
      const down = pointCost(net, features, POINT);
      net.weights[l][k] = saved;
      const numeric = (up - down) / (2 * h);
      expect(trace.gradW[l][k]).not.toBe(0);
      expect(Math.abs(trace.gradW[l][k] - numeric)).toBeLessThan(1e-7);
    }
  });

  it('refuses features that do not fit the input and a label that is not a class', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(1));
    expect(() => tracePoint(net, ['x'], POINT)).toThrow(/takes 2 inputs/);
    expect(() => tracePoint(net, ['x', 'y'], { ...POINT, label: 2 })).toThrow(/label 2/);
  });
});
