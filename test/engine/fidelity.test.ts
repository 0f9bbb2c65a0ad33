import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, generateDataset } from '../../src/data';
import {
  createGradientDescent,
  createNetwork,
  createRng,
  evaluate,
  samplesFromPoints,
} from '../../src/engine';

/** The seeds of the check: seed s draws both the data set and the network's weights and batches. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The post's run: a 2-4-4-2 ReLU network, weights and biases uniform in [-0.5, 0.5), 1000
 * iterations of gradient descent with learning rate 0.2 on mini-batches of m = 100 points drawn
 * with replacement. Returns the training accuracy at the end.
 */
function trainAsThePost(name: string, seed: number): number {
  const samples = samplesFromPoints(generateDataset(name, seed));
  const rng = createRng(seed);
  const net = createNetwork([2, 4, 4, 2], 'relu', rng);
  const descent = createGradientDescent(net.layers);
  for (let iteration = 0; iteration < 1000; iteration++) {
    descent.step(net, samples, { learningRate: 0.2, batchSize: 100 }, rng);
  }
  return evaluate(net, samples, descent.buffers).accuracy;
}

describe("the post's network trained as in the post", () => {
  it.each(DATASET_NAMES)(
    'reaches 95 percent training accuracy on %s for at least 9 of 10 seeds',
    (name) => {
      const accuracies = SEEDS.map((seed) => trainAsThePost(name, seed));
      const table = SEEDS.map((seed, i) => `seed ${seed}: ${accuracies[i].toFixed(3)}`).join(', ');
      const reached = accuracies.filter((accuracy) => accuracy >= 0.95).length;
      expect(reached, `accuracy on ${name}: ${table}`).toBeGreaterThanOrEqual(9);
    },
  );
});
