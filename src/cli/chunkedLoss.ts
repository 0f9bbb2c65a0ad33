import {
  createBatchBuffers,
  evaluate,
  type BatchBuffers,
  type Network,
  type Samples,
} from '../engine';
import { EVALUATION_CHUNK_POINTS } from './cliLimits';

/** Measures the mean cross-entropy over many points a fixed number at a time. */
export interface ChunkedLoss {
  /** The mean cross-entropy of `net` over every point. Mutates only its own buffers. */
  measure(net: Network, samples: Samples): number;
}

/**
 * Work space for `EVALUATION_CHUNK_POINTS` points, however many there are: a million points on
 * a wide net would otherwise need one batch of all of them. With no more points than a chunk,
 * the result is exactly that of one `evaluate` over all of them.
 */
export function createChunkedLoss(layers: readonly number[], pointCount: number): ChunkedLoss {
  const chunk = Math.max(1, Math.min(pointCount, EVALUATION_CHUNK_POINTS));
  const buffers: BatchBuffers = createBatchBuffers(layers, chunk);
  return {
    measure(net, samples) {
      const { count, inputSize } = samples;
      if (count <= chunk) return evaluate(net, samples, buffers).loss;
      let sum = 0;
      for (let start = 0; start < count; start += chunk) {
        const end = Math.min(count, start + chunk);
        const part: Samples = {
          inputSize,
          count: end - start,
          inputs: samples.inputs.subarray(start * inputSize, end * inputSize),
          labels: samples.labels.subarray(start, end),
        };
        sum += evaluate(net, part, buffers).loss * part.count;
      }
      return sum / count;
    },
  };
}
