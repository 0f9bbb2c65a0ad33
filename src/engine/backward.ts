import { activations } from './activations';
import type { BatchBuffers } from './batchBuffers';
import type { Network } from './network';
import { outputError } from './softmaxCrossEntropy';

/**
 * Backpropagation as in the post, after `forward` on the same `count` points with their labels in
 * `buffers.labels`:
 *   delta^L = a^L - y,
 *   delta^l = (W^(l+1))^T delta^(l+1) ⊙ f'(z^l),
 *   dC/dW^l = delta^l (a^(l-1))^T,   dC/db^l = delta^l,
 * each gradient averaged over the points into `buffers.gradW` and `buffers.gradB`.
 * Mutates `buffers`.
 */
export function backward(net: Network, buffers: BatchBuffers, count: number): void {
  const { layers } = net;
  const last = layers.length - 1;
  const activation = activations[net.activation];
  const { a, z, delta } = buffers;
  const scale = 1 / count;
  outputError(a[last], buffers.labels, delta[last], layers[last], count);
  for (let l = last; l >= 1; l--) {
    const outputs = layers[l];
    const inputs = layers[l - 1];
    const d = delta[l];
    const previous = a[l - 1];
    const gradW = buffers.gradW[l - 1];
    const gradB = buffers.gradB[l - 1];
    for (let i = 0; i < outputs; i++) {
      const dRow = i * count;
      let biasSum = 0;
      for (let p = 0; p < count; p++) biasSum += d[dRow + p];
      gradB[i] = biasSum * scale;
      for (let j = 0; j < inputs; j++) {
        const aRow = j * count;
        let sum = 0;
        for (let p = 0; p < count; p++) sum += d[dRow + p] * previous[aRow + p];
        gradW[i * inputs + j] = sum * scale;
      }
    }
    if (l === 1) break;
    const w = net.weights[l - 1];
    const below = delta[l - 1];
    below.fill(0, 0, inputs * count);
    for (let i = 0; i < outputs; i++) {
      const dRow = i * count;
      for (let j = 0; j < inputs; j++) {
        const weight = w[i * inputs + j];
        if (weight === 0) continue;
        const bRow = j * count;
        for (let p = 0; p < count; p++) below[bRow + p] += weight * d[dRow + p];
      }
    }
    activation.backward(below, z[l - 1], a[l - 1], inputs * count);
  }
}
