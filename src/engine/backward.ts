import { activations } from './activations';
import type { BatchBuffers } from './batchBuffers';
import type { Network } from './network';
import { outputError } from './softmaxCrossEntropy';

/**
 * dC/dW = delta (a_prev)^T / count and dC/db = mean of delta for one layer, two inputs at a time
 * so each pass over a row of delta serves two weights. Mutates `gradW` and `gradB`.
 */
function layerGradients(
  delta: Float64Array,
  previous: Float64Array,
  gradW: Float64Array,
  gradB: Float64Array,
  inputs: number,
  outputs: number,
  count: number,
): void {
  const scale = 1 / count;
  for (let i = 0; i < outputs; i++) {
    const dRow = i * count;
    const wRow = i * inputs;
    let biasSum = 0;
    let j: number;
    if (inputs % 2 === 1) {
      let s0 = 0;
      for (let p = 0; p < count; p++) {
        const d = delta[dRow + p];
        biasSum += d;
        s0 += d * previous[p];
      }
      gradW[wRow] = s0 * scale;
      j = 1;
    } else {
      let s0 = 0;
      let s1 = 0;
      for (let p = 0; p < count; p++) {
        const d = delta[dRow + p];
        biasSum += d;
        s0 += d * previous[p];
        s1 += d * previous[count + p];
      }
      gradW[wRow] = s0 * scale;
      gradW[wRow + 1] = s1 * scale;
      j = 2;
    }
    gradB[i] = biasSum * scale;
    for (; j < inputs; j += 2) {
      const a0 = j * count;
      const a1 = a0 + count;
      let s0 = 0;
      let s1 = 0;
      for (let p = 0; p < count; p++) {
        const d = delta[dRow + p];
        s0 += d * previous[a0 + p];
        s1 += d * previous[a1 + p];
      }
      gradW[wRow + j] = s0 * scale;
      gradW[wRow + j + 1] = s1 * scale;
    }
  }
}

/**
 * below = W^T delta (before the activation's derivative), two rows of delta at a time.
 * Mutates `below`.
 */
function propagateError(
  weights: Float64Array,
  delta: Float64Array,
  below: Float64Array,
  inputs: number,
  outputs: number,
  count: number,
): void {
  for (let j = 0; j < inputs; j++) {
    const bRow = j * count;
    let i: number;
    if (outputs % 2 === 1) {
      const w0 = weights[j];
      for (let p = 0; p < count; p++) below[bRow + p] = w0 * delta[p];
      i = 1;
    } else {
      const w0 = weights[j];
      const w1 = weights[inputs + j];
      for (let p = 0; p < count; p++) below[bRow + p] = w0 * delta[p] + w1 * delta[count + p];
      i = 2;
    }
    for (; i < outputs; i += 2) {
      const w0 = weights[i * inputs + j];
      const w1 = weights[(i + 1) * inputs + j];
      const d0 = i * count;
      const d1 = d0 + count;
      for (let p = 0; p < count; p++) below[bRow + p] += w0 * delta[d0 + p] + w1 * delta[d1 + p];
    }
  }
}

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
  outputError(a[last], buffers.labels, delta[last], layers[last], count);
  for (let l = last; l >= 1; l--) {
    const outputs = layers[l];
    const inputs = layers[l - 1];
    layerGradients(
      delta[l],
      a[l - 1],
      buffers.gradW[l - 1],
      buffers.gradB[l - 1],
      inputs,
      outputs,
      count,
    );
    if (l === 1) break;
    propagateError(net.weights[l - 1], delta[l], delta[l - 1], inputs, outputs, count);
    activation.backward(delta[l - 1], z[l - 1], a[l - 1], inputs * count);
  }
}
