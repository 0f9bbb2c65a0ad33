import { backward } from './backward';
import type { BatchBuffers } from './batchBuffers';
import { forward } from './forward';
import type { Network } from './network';
import { crossEntropySum } from './softmaxCrossEntropy';

/**
 * Mean gradients shaped like a network's parameters: `gradW[l - 1]` is dC/dW^l (row-major, as
 * `Network.weights`) and `gradB[l - 1]` is dC/db^l. `BatchBuffers` is one.
 */
export interface Gradients {
  readonly gradW: readonly Float64Array[];
  readonly gradB: readonly Float64Array[];
}

/**
 * Forward pass, cross-entropy and backpropagation on the first `count` points already loaded into
 * `buffers` (see `loadBatch`), leaving the batch's mean gradients in `buffers.gradW` and
 * `buffers.gradB`. Returns the batch's mean cross-entropy with the parameters as they are; the
 * network itself is not changed. Mutates `buffers`.
 */
export function computeGradients(net: Network, buffers: BatchBuffers, count: number): number {
  forward(net, buffers, count);
  const last = net.layers.length - 1;
  const loss = crossEntropySum(buffers.z[last], buffers.logSumExp, buffers.labels, count);
  backward(net, buffers, count);
  return loss / count;
}
