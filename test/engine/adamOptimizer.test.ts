import { describe, expect, it } from 'vitest';
import {
  createMiniBatchStep,
  createOptimizer,
  createRng,
  DEFAULT_BETA1,
  DEFAULT_BETA2,
  DEFAULT_EPSILON,
  type Gradients,
} from '../../src/engine';
import { onePoint, tinyGradients, tinyNet } from './tinyNet';

const ADAM = { kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

function gradients(w: [number, number], b: [number, number]): Gradients {
  return { gradW: [Float64Array.from(w)], gradB: [Float64Array.from(b)] };
}

describe("createOptimizer(layers, {kind: 'adam', ...}).step(net, grads, learningRate)", () => {
  it('takes the defaults of the paper', () => {
    expect([DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON]).toEqual([0.9, 0.999, 1e-8]);
  });

  it('moves each parameter by about lr against the sign of a steady gradient, from the first step', () => {
    // With bias correction m / (1 - β1^t) = g and v / (1 - β2^t) = g² for a steady g, so each
    // step is lr g / (|g| + ε); without it the first step would be lr 0.1 g / (0.0316 |g|).
    const net = tinyNet([0, 0], [0, 0]);
    const optimizer = createOptimizer(net.layers, ADAM);
    const grads = gradients([4, -0.5], [0.001, 0]);
    for (let s = 0; s < 3; s++) optimizer.step(net, grads, 0.01);
    expect(net.weights[0][0]).toBeCloseTo((-3 * 0.01 * 4) / (4 + 1e-8), 15);
    expect(net.weights[0][1]).toBeCloseTo((3 * 0.01 * 0.5) / (0.5 + 1e-8), 15);
    // 0.001 / (0.001 + 1e-8) is about 0.99999: epsilon shows in a small gradient.
    expect(net.biases[0][0]).toBeCloseTo((-3 * 0.01 * 0.001) / (0.001 + 1e-8), 15);
    expect(net.biases[0][0]).toBeCloseTo(-0.0299997, 9);
    expect(net.biases[0][1]).toBe(0);
  });

  it('gives the numbers worked by hand for gradients 1 then 3', () => {
    const net = tinyNet([0, 0], [0, 0]);
    const optimizer = createOptimizer(net.layers, ADAM);
    optimizer.step(net, gradients([1, 0], [0, 0]), 0.1);
    // m = 0.1, v = 0.001; m / (1 - 0.9) = 1, v / (1 - 0.999) = 1: a step of 0.1 / (1 + 1e-8).
    expect(net.weights[0][0]).toBeCloseTo(-0.1 / (1 + 1e-8), 15);
    optimizer.step(net, gradients([3, 0], [0, 0]), 0.1);
    // m = 0.09 + 0.3 = 0.39, v = 0.000999 + 0.009 = 0.009999; corrections 0.19 and 0.001999.
    const step2 = (0.1 * (0.39 / 0.19)) / (Math.sqrt(0.009999 / 0.001999) + 1e-8);
    expect(step2).toBeCloseTo(0.091778, 6);
    expect(net.weights[0][0]).toBeCloseTo(-0.1 / (1 + 1e-8) - step2, 14);
  });

  it('follows the bias-corrected rule worked out on a 1-2 net for three steps', () => {
    const x = -0.6;
    const label = 0;
    const learningRate = 0.05;
    const settings = { kind: 'adam', beta1: 0.8, beta2: 0.99, epsilon: 1e-6 } as const;
    const net = tinyNet([0.7, -0.1], [0.2, -0.3]);
    const optimizer = createOptimizer(net.layers, settings);
    const step = createMiniBatchStep(net.layers, 1);
    const options = { learningRate, batchSize: 'full' } as const;

    const p = [0.7, -0.1, 0.2, -0.3];
    const m = [0, 0, 0, 0];
    const v = [0, 0, 0, 0];
    for (let t = 1; t <= 3; t++) {
      const expected = tinyGradients(p.slice(0, 2), p.slice(2), x, label);
      const g = [...expected.gradW, ...expected.gradB];
      for (let k = 0; k < 4; k++) {
        m[k] = 0.8 * m[k] + 0.2 * g[k];
        v[k] = 0.99 * v[k] + 0.01 * g[k] * g[k];
        const mHat = m[k] / (1 - 0.8 ** t);
        const vHat = v[k] / (1 - 0.99 ** t);
        p[k] -= (learningRate * mHat) / (Math.sqrt(vHat) + 1e-6);
      }
      const loss = step.step(net, onePoint(x, label), options, createRng(1), optimizer);
      expect(loss).toBeCloseTo(expected.loss, 14);
      const actual = [...net.weights[0], ...net.biases[0]];
      for (let k = 0; k < 4; k++) expect(actual[k]).toBeCloseTo(p[k], 14);
    }
  });
});
