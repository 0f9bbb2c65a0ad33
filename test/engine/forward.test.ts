import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  createBatchBuffers,
  createNetwork,
  createRng,
  evaluate,
  forward,
  loadBatch,
  samplesFromPoints,
  type ActivationName,
} from '../../src/engine';
import { randomPoints, sectorLabel, xorLabel } from './randomPoints';
import {
  referenceEvaluate,
  referenceForward,
  referenceModelOf,
  referencePointsOf,
} from './reference';

/** The largest |difference| of any z^l or a^l between the engine's batch and the reference. */
function worstForwardError(layers: number[], activation: ActivationName, seed: number): number {
  const rng = createRng(seed);
  const net = createNetwork(layers, activation, rng);
  const classes = layers[layers.length - 1];
  const points = randomPoints(rng, 13, sectorLabel(classes));
  const count = points.length;
  // Smaller than the batch: loadBatch has to grow the buffers.
  const buffers = createBatchBuffers(layers, 4);
  loadBatch(buffers, samplesFromPoints(points), null, count);
  forward(net, buffers, count);

  const model = referenceModelOf(net);
  let worst = 0;
  referencePointsOf(points).forEach((point, p) => {
    const { z, a } = referenceForward(model, point.input);
    for (let l = 1; l < layers.length; l++) {
      for (let i = 0; i < layers[l]; i++) {
        worst = Math.max(worst, Math.abs(buffers.z[l][i * count + p] - z[l][i]));
        worst = Math.max(worst, Math.abs(buffers.a[l][i * count + p] - a[l][i]));
      }
    }
  });
  return worst;
}

describe('forward(net, buffers, count)', () => {
  for (const activation of ACTIVATION_NAMES) {
    it(`matches the reference z^l and a^l of every layer for a batch (${activation})`, () => {
      const seed = ACTIVATION_NAMES.indexOf(activation) + 1;
      expect(worstForwardError([2, 5, 4, 3], activation, seed)).toBeLessThan(1e-12);
    });
  }

  it('matches the reference on layers of one neuron and odd widths', () => {
    expect(worstForwardError([2, 1, 3, 2], 'tanh', 1)).toBeLessThan(1e-12);
    expect(worstForwardError([2, 7, 1, 5], 'sigmoid', 2)).toBeLessThan(1e-12);
    expect(worstForwardError([2, 3, 8], 'relu', 3)).toBeLessThan(1e-12);
  });

  it('gives each point the same output alone as in a batch', () => {
    const rng = createRng(5);
    const layers = [2, 4, 4, 2];
    const net = createNetwork(layers, 'relu', rng);
    const points = randomPoints(rng, 6, xorLabel);
    const batch = createBatchBuffers(layers, points.length);
    loadBatch(batch, samplesFromPoints(points), null, points.length);
    forward(net, batch, points.length);
    const single = createBatchBuffers(layers, 1);
    points.forEach((point, p) => {
      loadBatch(single, samplesFromPoints([point]), null, 1);
      forward(net, single, 1);
      for (let k = 0; k < 2; k++) expect(single.a[3][k]).toBe(batch.a[3][k * points.length + p]);
    });
  });
});

describe('evaluate(net, samples, buffers)', () => {
  for (const [activation, classes] of [
    ['relu', 2],
    ['tanh', 3],
    ['sigmoid', 4],
    ['linear', 5],
  ] as const) {
    it(`gives the reference's mean loss and accuracy (${activation}, ${classes} classes)`, () => {
      const rng = createRng(20 + classes);
      const layers = [2, 6, classes];
      const net = createNetwork(layers, activation, rng);
      const points = randomPoints(rng, 57, sectorLabel(classes));
      const buffers = createBatchBuffers(layers, 8);
      const { loss, accuracy } = evaluate(net, samplesFromPoints(points), buffers);
      const expected = referenceEvaluate(referenceModelOf(net), referencePointsOf(points));
      expect(Math.abs(loss - expected.loss)).toBeLessThan(1e-12);
      expect(accuracy).toBe(expected.accuracy);
    });
  }

  it('counts a point right when its label is the most probable class', () => {
    // A 2-2 linear net that predicts class 1 exactly when x > y.
    const net = {
      layers: [2, 2],
      activation: 'linear' as const,
      weights: [Float64Array.of(-1, 1, 1, -1)],
      biases: [Float64Array.of(0, 0)],
    };
    const points = [
      { x: 1, y: 0, label: 1 },
      { x: 0, y: 1, label: 0 },
      { x: 0.5, y: 0.2, label: 0 },
      { x: -1, y: 0.3, label: 0 },
    ];
    const { accuracy } = evaluate(net, samplesFromPoints(points), createBatchBuffers([2, 2], 1));
    expect(accuracy).toBe(3 / 4);
  });

  it('gives zero loss and accuracy when there are no points', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(1));
    expect(evaluate(net, samplesFromPoints([]), createBatchBuffers([2, 3, 2], 1))).toEqual({
      loss: 0,
      accuracy: 0,
    });
  });
});
