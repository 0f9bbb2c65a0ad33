import { describe, expect, it } from 'vitest';
import { createMiniBatchStep, createOptimizer, createRng, type Gradients } from '../../src/engine';
import { onePoint, tinyGradients, tinyNet } from './tinyNet';

const MOMENTUM = { kind: 'momentum', momentum: 0.9 } as const;

describe("createOptimizer(layers, {kind: 'momentum'}).step(net, grads, learningRate)", () => {
  it('with the same gradient three times moves p by lr (1 + 1.9 + 2.71) g', () => {
    const net = tinyNet([0.5, -0.25], [1, 0]);
    const grads: Gradients = {
      gradW: [Float64Array.of(1, -2)],
      gradB: [Float64Array.of(0.5, 0)],
    };
    const optimizer = createOptimizer(net.layers, MOMENTUM);
    // v1 = g, v2 = 0.9 g + g = 1.9 g, v3 = 0.9 * 1.9 g + g = 2.71 g: 5.61 g in all.
    for (let s = 0; s < 3; s++) optimizer.step(net, grads, 0.1);
    expect(net.weights[0][0]).toBeCloseTo(0.5 - 0.561, 14);
    expect(net.weights[0][1]).toBeCloseTo(-0.25 + 1.122, 14);
    expect(net.biases[0][0]).toBeCloseTo(1 - 0.2805, 14);
    expect(net.biases[0][1]).toBe(0);
  });

  it('follows v = μ v + g; p -= lr v worked out on a 1-2 net for three steps', () => {
    const x = 0.8;
    const label = 1;
    const learningRate = 0.5;
    const net = tinyNet([0.3, -0.4], [0.1, 0.2]);
    const optimizer = createOptimizer(net.layers, MOMENTUM);
    const step = createMiniBatchStep(net.layers, 1);
    const samples = onePoint(x, label);
    const options = { learningRate, batchSize: 'full' } as const;

    const w = [0.3, -0.4];
    const b = [0.1, 0.2];
    const vw = [0, 0];
    const vb = [0, 0];
    for (let s = 0; s < 3; s++) {
      const expected = tinyGradients(w, b, x, label);
      for (let k = 0; k < 2; k++) {
        vw[k] = 0.9 * vw[k] + expected.gradW[k];
        vb[k] = 0.9 * vb[k] + expected.gradB[k];
        w[k] -= learningRate * vw[k];
        b[k] -= learningRate * vb[k];
      }
      const loss = step.step(net, samples, options, createRng(1), optimizer);
      expect(loss).toBeCloseTo(expected.loss, 14);
      for (let k = 0; k < 2; k++) {
        expect(net.weights[0][k]).toBeCloseTo(w[k], 14);
        expect(net.biases[0][k]).toBeCloseTo(b[k], 14);
      }
    }
  });
});
