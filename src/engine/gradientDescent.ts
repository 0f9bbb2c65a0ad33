import { createBatchBuffers, type BatchBuffers } from './batchBuffers';
import { createBatchSampler, DEFAULT_BATCH_SIZE, type BatchSize } from './batchSampler';
import { computeGradients, type Gradients } from './gradients';
import type { Network } from './network';
import type { Rng } from './prng';
import type { Samples } from './samples';

export const DEFAULT_LEARNING_RATE = 0.2;

export interface StepOptions {
  readonly learningRate: number;
  readonly batchSize: BatchSize;
}

export interface GradientDescent {
  readonly buffers: BatchBuffers;
  /**
   * One step of the post's gradient descent: draws the mini-batch from `rng`, runs forward and
   * backward, and moves every weight and bias by -learningRate times its mean gradient. Returns
   * the batch's mean cross-entropy before the update. Mutates `net`, the buffers and `rng`;
   * allocates nothing once the buffers have grown to the batch size.
   */
  step(net: Network, samples: Samples, options: StepOptions, rng: Rng): number;
}

export function createGradientDescent(
  layers: readonly number[],
  capacity = DEFAULT_BATCH_SIZE,
): GradientDescent {
  const buffers = createBatchBuffers(layers, capacity);
  const sampler = createBatchSampler(capacity);
  return {
    buffers,
    step(net, samples, { learningRate, batchSize }, rng) {
      const count = sampler.load(buffers, samples, batchSize, rng);
      const loss = computeGradients(net, buffers, count);
      applyGradients(net, buffers, learningRate);
      return loss;
    },
  };
}

/** W^l -= learningRate * dC/dW^l and b^l -= learningRate * dC/db^l for every layer. Mutates `net`. */
export function applyGradients(net: Network, grads: Gradients, learningRate: number): void {
  for (let l = 0; l < net.weights.length; l++) {
    const w = net.weights[l];
    const gradW = grads.gradW[l];
    for (let i = 0; i < w.length; i++) w[i] -= learningRate * gradW[i];
    const b = net.biases[l];
    const gradB = grads.gradB[l];
    for (let i = 0; i < b.length; i++) b[i] -= learningRate * gradB[i];
  }
}
