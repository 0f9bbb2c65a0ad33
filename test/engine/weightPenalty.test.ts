import { describe, expect, it } from 'vitest';
import {
  addWeightPenaltyGradient,
  checkPenaltyRate,
  cloneNetwork,
  computeGradients,
  createBatchBuffers,
  createGradientDescent,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  loadBatch,
  samplesFromPoints,
  weightPenalty,
  type Network,
} from '../../src/engine';
import { randomPoints, sectorLabel, xorLabel } from './randomPoints';
import { referenceMeanLoss, referenceModelOf, referencePointsOf } from './reference';

const STEP = 1e-5;

function bytes(net: Network): number[][] {
  return [...net.weights, ...net.biases].map((array) => Array.from(new Uint8Array(array.buffer)));
}

/** A 2-1 net with weights 0.5, -2, 0 and biases 3, the example worked below. */
function smallNet(): Network {
  return {
    layers: [2, 1, 2],
    activation: 'tanh',
    weights: [Float64Array.of(0.5, -2), Float64Array.of(0, 1)],
    biases: [Float64Array.of(3), Float64Array.of(3, -3)],
  };
}

describe('weightPenalty(net, l1, l2)', () => {
  it('is λ1 Σ|W| + λ2/2 Σ W² over the weights, not the biases', () => {
    // Σ|W| = 0.5 + 2 + 0 + 1 = 3.5, Σ W² = 0.25 + 4 + 0 + 1 = 5.25.
    expect(weightPenalty(smallNet(), 0.1, 0)).toBeCloseTo(0.35, 15);
    expect(weightPenalty(smallNet(), 0, 0.2)).toBeCloseTo(0.525, 15);
    expect(weightPenalty(smallNet(), 0.1, 0.2)).toBeCloseTo(0.875, 15);
    expect(weightPenalty(smallNet(), 0, 0)).toBe(0);
  });
});

describe('addWeightPenaltyGradient(net, grads, l1, l2)', () => {
  it('adds λ2 W + λ1 sign(W) to the weight gradients, with sign(0) = 0, and leaves the biases', () => {
    const net = smallNet();
    const grads = {
      gradW: [Float64Array.of(1, 1), Float64Array.of(1, 1)],
      gradB: [Float64Array.of(1), Float64Array.of(1, 1)],
    };
    addWeightPenaltyGradient(net, grads, 0.1, 0.2);
    // 1 + 0.2 * 0.5 + 0.1, 1 + 0.2 * -2 - 0.1; then 1 + 0 + 0 for the weight at 0, 1 + 0.2 + 0.1.
    const expected = [1.2, 0.5, 1, 1.3];
    [...grads.gradW[0], ...grads.gradW[1]].forEach((value, k) =>
      expect(value).toBeCloseTo(expected[k], 15),
    );
    expect(grads.gradW[1][0]).toBe(1);
    expect(grads.gradB.map((b) => Array.from(b))).toEqual([[1], [1, 1]]);
  });

  it('changes nothing when both rates are 0', () => {
    const net = smallNet();
    const grads = { gradW: [Float64Array.of(-0, 2), Float64Array.of(3, 4)], gradB: [] };
    addWeightPenaltyGradient(net, grads, 0, 0);
    expect(Object.is(grads.gradW[0][0], -0)).toBe(true);
    expect(Array.from(grads.gradW[1])).toEqual([3, 4]);
  });

  for (const [l1, l2] of [
    [0, 0.3],
    [0.05, 0],
    [0.02, 0.1],
  ]) {
    it(`with the data's gradients matches central differences of cost + penalty (l1 ${l1}, l2 ${l2})`, () => {
      const rng = createRng(60 + 100 * l1 + 10 * l2);
      const layers = [2, 4, 3, 3];
      const net = createNetwork(layers, 'tanh', rng);
      const points = randomPoints(rng, 11, sectorLabel(3));
      const buffers = createBatchBuffers(layers, points.length);
      loadBatch(buffers, samplesFromPoints(points), null, points.length);
      computeGradients(net, buffers, points.length);
      addWeightPenaltyGradient(net, buffers, l1, l2);

      const model = referenceModelOf(net);
      const referencePoints = referencePointsOf(points);
      // The penalty written out again from the reference's nested arrays.
      const total = () => {
        let penalty = 0;
        for (const w of model.weights) {
          for (const row of w) for (const value of row) penalty += l1 * Math.abs(value);
          for (const row of w) for (const value of row) penalty += (l2 / 2) * value * value;
        }
        return referenceMeanLoss(model, referencePoints) + penalty;
      };
      const numeric = (array: number[], index: number) => {
        const original = array[index];
        array[index] = original + STEP;
        const up = total();
        array[index] = original - STEP;
        const down = total();
        array[index] = original;
        return (up - down) / (2 * STEP);
      };
      let worst = 0;
      for (let l = 1; l < layers.length; l++) {
        for (let i = 0; i < layers[l]; i++) {
          for (let j = 0; j < layers[l - 1]; j++) {
            // |W| has a kink at 0: no weight of these seeds sits within a step of it.
            expect(Math.abs(model.weights[l - 1][i][j])).toBeGreaterThan(10 * STEP);
            const analytic = buffers.gradW[l - 1][i * layers[l - 1] + j];
            worst = Math.max(worst, Math.abs(numeric(model.weights[l - 1][i], j) - analytic));
          }
          const analytic = buffers.gradB[l - 1][i];
          worst = Math.max(worst, Math.abs(numeric(model.biases[l - 1], i) - analytic));
        }
      }
      expect(worst).toBeLessThan(1e-8);
    });
  }
});

describe('createMiniBatchStep(layers).step(net, samples, {l1, l2, ...}, rng, optimizer)', () => {
  const samples = samplesFromPoints(randomPoints(createRng(70), 25, xorLabel));

  it('returns the data cost alone and steps on the gradient of cost + penalty', () => {
    const net = createNetwork([2, 5, 2], 'relu', createRng(71));
    const expected = cloneNetwork(net);
    const options = { learningRate: 0.1, batchSize: 'full', l1: 0.01, l2: 0.2 } as const;
    const gd = createOptimizer(net.layers, { kind: 'gd' });
    const loss = createMiniBatchStep(net.layers).step(net, samples, options, createRng(1), gd);

    const buffers = createBatchBuffers(net.layers, samples.count);
    loadBatch(buffers, samples, null, samples.count);
    expect(loss).toBe(computeGradients(expected, buffers, samples.count));
    expected.weights.forEach((w, l) =>
      w.forEach((value, i) => {
        const sign = Math.sign(value);
        w[i] = value - 0.1 * (buffers.gradW[l][i] + 0.2 * value + 0.01 * sign);
      }),
    );
    expected.biases.forEach((b, l) => b.forEach((_, i) => (b[i] -= 0.1 * buffers.gradB[l][i])));
    let worst = 0;
    [...net.weights, ...net.biases].forEach((array, k) =>
      array.forEach((value, i) => {
        worst = Math.max(worst, Math.abs(value - [...expected.weights, ...expected.biases][k][i]));
      }),
    );
    expect(worst).toBeLessThan(1e-15);
  });

  it('with rates of 0 steps bit for bit as plain gradient descent', () => {
    const a = createNetwork([2, 4, 4, 2], 'relu', createRng(72));
    const b = cloneNetwork(a);
    const miniBatch = createMiniBatchStep(a.layers);
    const gd = createOptimizer(a.layers, { kind: 'gd' });
    const descent = createGradientDescent(b.layers);
    const rngA = createRng(73);
    const rngB = createRng(73);
    for (let s = 0; s < 30; s++) {
      miniBatch.step(a, samples, { learningRate: 0.2, batchSize: 9, l1: 0, l2: 0 }, rngA, gd);
      descent.step(b, samples, { learningRate: 0.2, batchSize: 9 }, rngB);
    }
    expect(bytes(a)).toStrictEqual(bytes(b));
  });

  it('throws a RangeError on a negative or non-finite rate, before anything moves', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(74));
    const before = bytes(net);
    const rng = createRng(75);
    const gd = createOptimizer(net.layers, { kind: 'gd' });
    const miniBatch = createMiniBatchStep(net.layers);
    for (const rates of [{ l1: -0.1 }, { l2: NaN }, { l2: Infinity }]) {
      expect(() =>
        miniBatch.step(net, samples, { learningRate: 0.1, batchSize: 5, ...rates }, rng, gd),
      ).toThrow(RangeError);
    }
    expect(bytes(net)).toStrictEqual(before);
    expect(rng.next()).toBe(createRng(75).next());
  });
});

describe('checkPenaltyRate(field, rate)', () => {
  it('accepts finite rates of at least 0 and names the field otherwise', () => {
    expect(() => checkPenaltyRate('l1', 0)).not.toThrow();
    expect(() => checkPenaltyRate('l2', 3)).not.toThrow();
    expect(() => checkPenaltyRate('l2', -1)).toThrow(/l2/);
  });
});
