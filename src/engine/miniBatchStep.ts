import { createBatchBuffers, type BatchBuffers } from './batchBuffers';
import { createBatchSampler, DEFAULT_BATCH_SIZE, type BatchSize } from './batchSampler';
import { computeGradients } from './gradients';
import type { Network } from './network';
import type { Optimizer } from './optimizer';
import type { Rng } from './prng';
import type { Samples } from './samples';
import { addWeightPenaltyGradient, checkPenaltyRate } from './weightPenalty';

export const DEFAULT_LEARNING_RATE = 0.2;

export interface StepOptions {
  readonly learningRate: number;
  readonly batchSize: BatchSize;
}

/** A step's options with the rates of L1 and L2 regularisation of the weights, 0 when absent. */
export interface MiniBatchStepOptions extends StepOptions {
  readonly l1?: number;
  readonly l2?: number;
}

/** A training step: draw a batch, compute its mean gradients, let the optimizer move the net. */
export interface MiniBatchStep {
  readonly buffers: BatchBuffers;
  /**
   * Draws the mini-batch from `rng` (or takes every point for `full`), computes the batch's mean
   * gradients, adds those of the weight penalty (see `addWeightPenaltyGradient`) and hands them
   * to `optimizer`. Returns the batch's mean cross-entropy before the update, without the
   * penalty. Throws a RangeError on no points, a bad batch size or a negative rate of
   * regularisation, before changing anything.
   * Mutates `net`, the buffers, `rng` and the optimizer's state; allocates nothing once the
   * buffers have grown to the batch size.
   */
  step(
    net: Network,
    samples: Samples,
    options: MiniBatchStepOptions,
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
      const l1 = options.l1 ?? 0;
      const l2 = options.l2 ?? 0;
      checkPenaltyRate('l1', l1);
      checkPenaltyRate('l2', l2);
      const count = sampler.load(buffers, samples, options.batchSize, rng);
      const loss = computeGradients(net, buffers, count);
      addWeightPenaltyGradient(net, buffers, l1, l2);
      optimizer.step(net, buffers, options.learningRate);
      return loss;
    },
  };
}
