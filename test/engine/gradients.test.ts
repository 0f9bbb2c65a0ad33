import { describe, expect, it } from 'vitest';
import {
  cloneNetwork,
  computeGradients,
  createBatchBuffers,
  createNetwork,
  createRng,
  loadBatch,
  samplesFromPoints,
  type ActivationName,
} from '../../src/engine';
import { randomPoints, sectorLabel } from './randomPoints';
import {
  referenceGradientSums,
  referenceMeanLoss,
  referenceModelOf,
  referencePointsOf,
} from './reference';

describe('computeGradients(net, buffers, count)', () => {
  for (const [activation, layers] of [
    ['relu', [2, 4, 4, 2]],
    ['tanh', [2, 5, 3]],
    ['sigmoid', [2, 3, 3, 4]],
  ] as [ActivationName, number[]][]) {
    it(`leaves the reference's mean gradients and returns its mean loss (${activation} ${layers.join('-')})`, () => {
      const rng = createRng(layers.length * 10 + layers[1]);
      const net = createNetwork(layers, activation, rng);
      const classes = layers[layers.length - 1];
      const points = randomPoints(rng, 23, sectorLabel(classes));
      const buffers = createBatchBuffers(layers, 4);
      loadBatch(buffers, samplesFromPoints(points), null, points.length);
      const before = cloneNetwork(net);

      const loss = computeGradients(net, buffers, points.length);

      const model = referenceModelOf(net);
      const referencePoints = referencePointsOf(points);
      expect(Math.abs(loss - referenceMeanLoss(model, referencePoints))).toBeLessThan(1e-12);
      const sums = referenceGradientSums(model, referencePoints);
      let worst = 0;
      for (let l = 1; l < layers.length; l++) {
        for (let i = 0; i < layers[l]; i++) {
          for (let j = 0; j < layers[l - 1]; j++) {
            const expected = sums.weights[l - 1][i][j] / points.length;
            const actual = buffers.gradW[l - 1][i * layers[l - 1] + j];
            worst = Math.max(worst, Math.abs(actual - expected));
          }
          const expected = sums.biases[l - 1][i] / points.length;
          worst = Math.max(worst, Math.abs(buffers.gradB[l - 1][i] - expected));
        }
      }
      expect(worst).toBeLessThan(1e-12);
      // The gradients are computed, not applied.
      expect(net).toEqual(before);
    });
  }

  it('gives the same loss and gradients when called twice on the same batch', () => {
    const rng = createRng(4);
    const net = createNetwork([2, 3, 2], 'relu', rng);
    const points = randomPoints(rng, 9, sectorLabel(2));
    const buffers = createBatchBuffers(net.layers, 9);
    loadBatch(buffers, samplesFromPoints(points), null, 9);
    const first = computeGradients(net, buffers, 9);
    const gradients = [...buffers.gradW, ...buffers.gradB].map((array) => array.slice());
    expect(computeGradients(net, buffers, 9)).toBe(first);
    expect([...buffers.gradW, ...buffers.gradB]).toEqual(gradients);
  });
});
