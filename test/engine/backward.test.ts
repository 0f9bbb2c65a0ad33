import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  backward,
  createBatchBuffers,
  createNetwork,
  createRng,
  forward,
  loadBatch,
  samplesFromPoints,
  parameterCount,
  type ActivationName,
  type LabelledPoint,
  type Network,
  type Rng,
} from '../../src/engine';
import { randomPoints } from './randomPoints';
import {
  referenceForward,
  referenceMeanLoss,
  referenceModelOf,
  referencePointsOf,
  type ReferenceModel,
  type ReferencePoint,
} from './reference';

const STEP = 1e-4;
const POINTS = 7;
/** No hidden |z| may be this close to relu's kink, well beyond what a step of 2 * STEP moves. */
const KINK_MARGIN = 1e-2;

/**
 * dC/dtheta by the fourth-order central difference
 * (8 (C(t + h) - C(t - h)) - (C(t + 2h) - C(t - 2h))) / 12h, on the reference's mean loss.
 * Differences are taken first so that a loss that does not move gives exactly 0.
 */
function centralDifference(
  model: ReferenceModel,
  points: readonly ReferencePoint[],
  parameters: number[],
  index: number,
): number {
  const original = parameters[index];
  const lossAt = (offset: number) => {
    parameters[index] = original + offset;
    return referenceMeanLoss(model, points);
  };
  const near = lossAt(STEP) - lossAt(-STEP);
  const far = lossAt(2 * STEP) - lossAt(-2 * STEP);
  const estimate = (8 * near - far) / (12 * STEP);
  parameters[index] = original;
  return estimate;
}

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
}

function nearKink(model: ReferenceModel, points: readonly ReferencePoint[]): boolean {
  return points.some((point) => {
    const { z } = referenceForward(model, point.input);
    return z.slice(1, -1).some((layer) => layer.some((value) => Math.abs(value) < KINK_MARGIN));
  });
}

/** Random points with random labels; for relu, redrawn until no hidden z is near the kink. */
function drawPoints(net: Network, rng: Rng): LabelledPoint[] {
  const classes = net.layers[net.layers.length - 1];
  const model = referenceModelOf(net);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const points = randomPoints(rng, POINTS, () => rng.nextInt(classes));
    if (net.activation !== 'relu' || !nearKink(model, referencePointsOf(points))) return points;
  }
  throw new Error('could not draw points away from the relu kink');
}

/**
 * The largest relative error between the engine's mean gradients and central differences, over
 * every weight and bias of a random net on random points, and how many parameters were checked.
 */
function worstGradientError(layers: number[], activation: ActivationName, seed: number) {
  const rng = createRng(seed);
  const net = createNetwork(layers, activation, rng);
  const points = drawPoints(net, rng);
  const buffers = createBatchBuffers(layers, POINTS);
  loadBatch(buffers, samplesFromPoints(points), null, POINTS);
  forward(net, buffers, POINTS);
  backward(net, buffers, POINTS);

  const model = referenceModelOf(net);
  const referencePoints = referencePointsOf(points);
  let worst = 0;
  let checked = 0;
  for (let l = 1; l < layers.length; l++) {
    for (let i = 0; i < layers[l]; i++) {
      for (let j = 0; j < layers[l - 1]; j++) {
        const numeric = centralDifference(model, referencePoints, model.weights[l - 1][i], j);
        const analytic = buffers.gradW[l - 1][i * layers[l - 1] + j];
        worst = Math.max(worst, relativeError(numeric, analytic));
        checked++;
      }
      const numeric = centralDifference(model, referencePoints, model.biases[l - 1], i);
      worst = Math.max(worst, relativeError(numeric, buffers.gradB[l - 1][i]));
      checked++;
    }
  }
  return { worst, checked };
}

describe('backward(net, buffers, count)', () => {
  for (const activation of ACTIVATION_NAMES) {
    for (const classes of [2, 3, 4, 5]) {
      it(`matches central differences of the mean loss for every weight and bias (${activation}, ${classes} classes)`, () => {
        const layers = [2, 5, 4, classes];
        const seed = 1000 * classes + ACTIVATION_NAMES.indexOf(activation);
        const { worst, checked } = worstGradientError(layers, activation, seed);
        expect(checked).toBe(parameterCount(layers));
        expect(worst).toBeLessThan(1e-6);
      });
    }
  }

  // Layers of one neuron and odd widths, for loops that take neurons two at a time.
  for (const [layers, activation] of [
    [[2, 1, 3, 2], 'tanh'],
    [[2, 3, 1, 3], 'sigmoid'],
    [[2, 7, 6, 8], 'relu'],
    [[2, 1, 2], 'linear'],
  ] as const) {
    it(`matches central differences on a ${layers.join('-')} ${activation} net`, () => {
      const { worst, checked } = worstGradientError([...layers], activation, layers.length);
      expect(checked).toBe(parameterCount(layers));
      expect(worst).toBeLessThan(1e-6);
    });
  }

  it('leaves no gradient behind from a previous, larger batch', () => {
    const rng = createRng(7);
    const layers = [2, 3, 2];
    const net = createNetwork(layers, 'tanh', rng);
    const points = randomPoints(rng, 9, () => rng.nextInt(2));
    const buffers = createBatchBuffers(layers, 9);
    loadBatch(buffers, samplesFromPoints(points), null, 9);
    forward(net, buffers, 9);
    backward(net, buffers, 9);
    loadBatch(buffers, samplesFromPoints(points.slice(0, 4)), null, 4);
    forward(net, buffers, 4);
    backward(net, buffers, 4);

    const fresh = createBatchBuffers(layers, 4);
    loadBatch(fresh, samplesFromPoints(points.slice(0, 4)), null, 4);
    forward(net, fresh, 4);
    backward(net, fresh, 4);
    expect(buffers.gradW).toEqual(fresh.gradW);
    expect(buffers.gradB).toEqual(fresh.gradB);
  });
});
