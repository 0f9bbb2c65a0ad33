import { createBatchBuffers, type BatchBuffers } from './batchBuffers';
import { createBatchSampler, DEFAULT_BATCH_SIZE, type BatchSize } from './batchSampler';
import { computeGradients } from './gradients';
import type { Network } from './network';
import type { Optimizer } from './optimizer';
import type { Rng } from './prng';
import type { Samples } from './samples';

export const DEFAULT_LEARNING_RATE = 0.2;

export interface StepOptions {
  readonly learningRate: number;
  readonly batchSize: BatchSize;
}

/** A training step: draw a batch, compute its mean gradients, let the optimizer move the net. */
export interface MiniBatchStep {
  readonly buffers: BatchBuffers;
  /**
   * Draws the mini-batch from `rng` (or takes every point for `full`), computes the batch's mean
   * gradients and hands them to `optimizer`. Returns the batch's mean cross-entropy before the
   * update. Throws a RangeError on no points or a bad batch size before changing anything.
   * Mutates `net`, the buffers, `rng` and the optimizer's state; allocates nothing once the
   * buffers have grown to the batch size.
   */
  step(
    net: Network,
    samples: Samples,
    options: StepOptions,
    rng: Rng,
    optimizer: Optimizer,
  ): number;
}

export function createMiniBatchStep(
  layers: readonly number[],
  capacity = DEFAULT_BATCH_SIZE,
): MiniBatchStep {
  const buffers = createBatchBuffers(layers, capacity);
  const sampler = createBatchSampler(capacity);
  return {
    buffers,
    step(net, samples, options, rng, optimizer) {
      const count = sampler.load(buffers, samples, options.batchSize, rng);
      const loss = computeGradients(net, buffers, count);
      optimizer.step(net, buffers, options.learningRate);
      return loss;
    },
  };
}
