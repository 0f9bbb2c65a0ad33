import type { BatchBuffers } from './batchBuffers';
import { DEFAULT_BATCH_SIZE } from './batchSampler';
import { createGdOptimizer } from './gdOptimizer';
import { createMiniBatchStep, type StepOptions } from './miniBatchStep';
import type { Network } from './network';
import type { Rng } from './prng';
import type { Samples } from './samples';

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

/** A mini-batch step with the plain gradient-descent optimizer, the post's training. */
export function createGradientDescent(
  layers: readonly number[],
  capacity = DEFAULT_BATCH_SIZE,
): GradientDescent {
  const miniBatch = createMiniBatchStep(layers, capacity);
  const optimizer = createGdOptimizer();
  return {
    buffers: miniBatch.buffers,
    step: (net, samples, options, rng) => miniBatch.step(net, samples, options, rng, optimizer),
  };
}
