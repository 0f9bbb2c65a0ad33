import { loadBatch, type BatchBuffers } from './batchBuffers';
import type { Rng } from './prng';
import type { Samples } from './samples';

/** m points drawn uniformly with replacement, or every point once (`full`). */
export type BatchSize = number | 'full';

export const DEFAULT_BATCH_SIZE = 100;

/**
 * The number of points a batch of `batchSize` takes from `samples`. Throws a RangeError when there
 * are no points, or when the batch size is neither `full` nor a positive integer (a batch of 0
 * would divide by zero and turn every parameter into NaN).
 */
export function batchCountOf(samples: Samples, batchSize: BatchSize): number {
  if (samples.count === 0) throw new RangeError('There are no points to train on.');
  if (batchSize === 'full') return samples.count;
  if (!(Number.isInteger(batchSize) && batchSize > 0)) {
    throw new RangeError(`The batch size must be a positive integer, found ${batchSize}.`);
  }
  return batchSize;
}

/**
 * indices[p] = rng.nextInt(pointCount) for p < count, in order: `count` draws uniform with
 * replacement, as the post draws its mini-batch. Mutates `indices` and `rng`.
 */
export function drawIndices(rng: Rng, pointCount: number, indices: Uint32Array, count: number) {
  for (let p = 0; p < count; p++) indices[p] = rng.nextInt(pointCount);
}

/** Draws mini-batches into batch buffers, reusing one array of indices. */
export interface BatchSampler {
  /**
   * Loads a batch of `samples` into `buffers` and returns its point count: every point once in
   * order for `full`, else `batchSize` indices drawn from `rng`. Throws as `batchCountOf`, before
   * drawing anything. Mutates `buffers`, `rng` and the sampler; allocates only when the batch is
   * larger than any before.
   */
  load(buffers: BatchBuffers, samples: Samples, batchSize: BatchSize, rng: Rng): number;
}

export function createBatchSampler(capacity = DEFAULT_BATCH_SIZE): BatchSampler {
  let indices = new Uint32Array(Math.max(1, capacity));
  return {
    load(buffers, samples, batchSize, rng) {
      const count = batchCountOf(samples, batchSize);
      if (batchSize === 'full') {
        loadBatch(buffers, samples, null, count);
        return count;
      }
      if (indices.length < count) indices = new Uint32Array(count);
      drawIndices(rng, samples.count, indices, count);
      loadBatch(buffers, samples, indices, count);
      return count;
    },
  };
}
