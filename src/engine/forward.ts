import { activations } from './activations';
import type { BatchBuffers } from './batchBuffers';
import type { Network } from './network';
import { softmax } from './softmaxCrossEntropy';

/**
 * z = W x + b for a batch of `count` points, neuron-major with stride `count`. Inputs are taken
 * four at a time, so each pass over a row of z reads four rows of x: a quarter of the loads and
 * stores of one input at a time, in long contiguous loops over the points. Mutates `z`.
 */
export function affine(
  weights: Float64Array,
  biases: Float64Array,
  x: Float64Array,
  z: Float64Array,
  inputs: number,
  outputs: number,
  count: number,
): void {
  // The first pass writes the row (bias plus the first 1 to 4 inputs); later passes add 4 inputs.
  const head = inputs % 4 === 0 ? Math.min(4, inputs) : inputs % 4;
  for (let i = 0; i < outputs; i++) {
    const zRow = i * count;
    const wRow = i * inputs;
    const b = biases[i];
    const w0 = weights[wRow];
    const w1 = head > 1 ? weights[wRow + 1] : 0;
    const w2 = head > 2 ? weights[wRow + 2] : 0;
    const w3 = head > 3 ? weights[wRow + 3] : 0;
    if (head === 1) {
      for (let p = 0; p < count; p++) z[zRow + p] = b + w0 * x[p];
    } else if (head === 2) {
      for (let p = 0; p < count; p++) z[zRow + p] = b + w0 * x[p] + w1 * x[count + p];
    } else if (head === 3) {
      const x2 = 2 * count;
      for (let p = 0; p < count; p++) {
        z[zRow + p] = b + w0 * x[p] + w1 * x[count + p] + w2 * x[x2 + p];
      }
    } else {
      const x2 = 2 * count;
      const x3 = 3 * count;
      for (let p = 0; p < count; p++) {
        z[zRow + p] = b + w0 * x[p] + w1 * x[count + p] + w2 * x[x2 + p] + w3 * x[x3 + p];
      }
    }
    for (let j = head; j < inputs; j += 4) {
      const v0 = weights[wRow + j];
      const v1 = weights[wRow + j + 1];
      const v2 = weights[wRow + j + 2];
      const v3 = weights[wRow + j + 3];
      const x0 = j * count;
      const x1 = x0 + count;
      const x2 = x1 + count;
      const x3 = x2 + count;
      for (let p = 0; p < count; p++) {
        z[zRow + p] += v0 * x[x0 + p] + v1 * x[x1 + p] + v2 * x[x2 + p] + v3 * x[x3 + p];
      }
    }
  }
}

/**
 * The forward pass of the post, z^l = W^l a^(l-1) + b^l, a^l = f(z^l), with softmax at the output,
 * for the first `count` points already in `buffers.a[0]`. Leaves every z^l and a^l in `buffers`,
 * the class probabilities in `a[L]`. Mutates `buffers`.
 */
export function forward(net: Network, buffers: BatchBuffers, count: number): void {
  const { layers } = net;
  const last = layers.length - 1;
  const activation = activations[net.activation];
  for (let l = 1; l <= last; l++) {
    const z = buffers.z[l];
    const inputs = layers[l - 1];
    affine(net.weights[l - 1], net.biases[l - 1], buffers.a[l - 1], z, inputs, layers[l], count);
    if (l < last) activation.forward(z, buffers.a[l], layers[l] * count);
  }
  softmax(
    buffers.z[last],
    buffers.a[last],
    buffers.logSumExp,
    buffers.scratch,
    layers[last],
    count,
  );
}
