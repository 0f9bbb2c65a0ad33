import { activations } from './activations';
import type { BatchBuffers } from './batchBuffers';
import type { Network } from './network';
import { outputError } from './softmaxCrossEntropy';

/**
 * dC/dW = delta (a_prev)^T / count and dC/db = mean of delta for one layer. Inputs are taken four
 * at a time (the first pass 1 to 4, with the bias), so each pass over a row of delta serves up to
 * five sums. Mutates `gradW` and `gradB`.
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
    let bias = 0;
    for (let j = 0; j < inputs; j += 4) {
      const width = Math.min(4, inputs - j);
      const a0 = j * count;
      const a1 = width > 1 ? a0 + count : a0;
      const a2 = width > 2 ? a0 + 2 * count : a0;
      const a3 = width > 3 ? a0 + 3 * count : a0;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      if (j === 0) {
        for (let p = 0; p < count; p++) {
          const d = delta[dRow + p];
          bias += d;
          s0 += d * previous[a0 + p];
          s1 += d * previous[a1 + p];
          s2 += d * previous[a2 + p];
          s3 += d * previous[a3 + p];
        }
      } else {
        for (let p = 0; p < count; p++) {
          const d = delta[dRow + p];
          s0 += d * previous[a0 + p];
          s1 += d * previous[a1 + p];
          s2 += d * previous[a2 + p];
          s3 += d * previous[a3 + p];
        }
      }
      // Past the last input the extra sums repeat input j; they are not stored.
      gradW[wRow + j] = s0 * scale;
      if (width > 1) gradW[wRow + j + 1] = s1 * scale;
      if (width > 2) gradW[wRow + j + 2] = s2 * scale;
      if (width > 3) gradW[wRow + j + 3] = s3 * scale;
    }
    gradB[i] = bias * scale;
  }
}

/**
 * below = W^T delta (before the activation's derivative), four rows of delta a pass; the first
 * pass writes, later ones add. Mutates `below`.
 */
function propagateError(
  weights: Float64Array,
  delta: Float64Array,
  below: Float64Array,
  inputs: number,
  outputs: number,
  count: number,
): void {
  const head = outputs % 4 === 0 ? Math.min(4, outputs) : outputs % 4;
  for (let j = 0; j < inputs; j++) {
    const bRow = j * count;
    const w0 = weights[j];
    const w1 = head > 1 ? weights[inputs + j] : 0;
    const w2 = head > 2 ? weights[2 * inputs + j] : 0;
    const w3 = head > 3 ? weights[3 * inputs + j] : 0;
    if (head === 1) {
      for (let p = 0; p < count; p++) below[bRow + p] = w0 * delta[p];
    } else if (head === 2) {
      for (let p = 0; p < count; p++) below[bRow + p] = w0 * delta[p] + w1 * delta[count + p];
    } else if (head === 3) {
      const d2 = 2 * count;
      for (let p = 0; p < count; p++) {
        below[bRow + p] = w0 * delta[p] + w1 * delta[count + p] + w2 * delta[d2 + p];
      }
    } else {
      const d2 = 2 * count;
      const d3 = 3 * count;
      for (let p = 0; p < count; p++) {
        below[bRow + p] =
          w0 * delta[p] + w1 * delta[count + p] + w2 * delta[d2 + p] + w3 * delta[d3 + p];
      }
    }
    for (let i = head; i < outputs; i += 4) {
      const v0 = weights[i * inputs + j];
      const v1 = weights[(i + 1) * inputs + j];
      const v2 = weights[(i + 2) * inputs + j];
      const v3 = weights[(i + 3) * inputs + j];
      const d0 = i * count;
      const d1 = d0 + count;
      const d2 = d1 + count;
      const d3 = d2 + count;
      for (let p = 0; p < count; p++) {
        below[bRow + p] +=
          v0 * delta[d0 + p] + v1 * delta[d1 + p] + v2 * delta[d2 + p] + v3 * delta[d3 + p];
      }
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
