import { backward } from './backward';
import { createBatchBuffers, loadBatch, type BatchBuffers } from './batchBuffers';
import { forward } from './forward';
import type { Network } from './network';
import type { Rng } from './prng';
import type { Samples } from './samples';
import { crossEntropySum } from './softmaxCrossEntropy';

/** m points drawn uniformly with replacement, or every point once (`full`). */
export type BatchSize = number | 'full';

export const DEFAULT_LEARNING_RATE = 0.2;
export const DEFAULT_BATCH_SIZE = 100;

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
  let indices = new Uint32Array(capacity);
  return {
    buffers,
    step(net, samples, { learningRate, batchSize }, rng) {
      if (samples.count === 0) throw new RangeError('There are no points to train on.');
      const full = batchSize === 'full';
      // A batch of 0 would divide by zero and turn every parameter into NaN.
      if (!full && !(Number.isInteger(batchSize) && batchSize > 0)) {
        throw new RangeError(`The batch size must be a positive integer, found ${batchSize}.`);
      }
      const count = full ? samples.count : batchSize;
      if (!full) {
        if (indices.length < count) indices = new Uint32Array(count);
        for (let p = 0; p < count; p++) indices[p] = rng.nextInt(samples.count);
      }
      loadBatch(buffers, samples, full ? null : indices, count);
      forward(net, buffers, count);
      const last = net.layers.length - 1;
      const loss = crossEntropySum(buffers.z[last], buffers.logSumExp, buffers.labels, count);
      backward(net, buffers, count);
      applyGradients(net, buffers, learningRate);
      return loss / count;
    },
  };
}

/** W^l -= learningRate * dC/dW^l and b^l -= learningRate * dC/db^l for every layer. Mutates `net`. */
export function applyGradients(net: Network, buffers: BatchBuffers, learningRate: number): void {
  for (let l = 0; l < net.weights.length; l++) {
    const w = net.weights[l];
    const gradW = buffers.gradW[l];
    for (let i = 0; i < w.length; i++) w[i] -= learningRate * gradW[i];
    const b = net.biases[l];
    const gradB = buffers.gradB[l];
    for (let i = 0; i < b.length; i++) b[i] -= learningRate * gradB[i];
  }
}
