import { activations } from './activations';
import type { BatchBuffers } from './batchBuffers';
import type { Network } from './network';
import { softmax } from './softmaxCrossEntropy';

/**
 * z = W x + b for a batch of `count` points, neuron-major with stride `count`. Inputs are taken two
 * at a time, so each pass over a row of z reads two rows of x: half the loads and stores of one
 * input at a time, in long contiguous loops over the points. Mutates `z`.
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
  for (let i = 0; i < outputs; i++) {
    const zRow = i * count;
    const wRow = i * inputs;
    const b = biases[i];
    let j: number;
    if (inputs % 2 === 1) {
      const w0 = weights[wRow];
      for (let p = 0; p < count; p++) z[zRow + p] = b + w0 * x[p];
      j = 1;
    } else {
      const w0 = weights[wRow];
      const w1 = weights[wRow + 1];
      for (let p = 0; p < count; p++) z[zRow + p] = b + w0 * x[p] + w1 * x[count + p];
      j = 2;
    }
    for (; j < inputs; j += 2) {
      const w0 = weights[wRow + j];
      const w1 = weights[wRow + j + 1];
      const x0 = j * count;
      const x1 = x0 + count;
      for (let p = 0; p < count; p++) z[zRow + p] += w0 * x[x0 + p] + w1 * x[x1 + p];
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
    affine(
      net.weights[l - 1],
      net.biases[l - 1],
      buffers.a[l - 1],
      z,
      layers[l - 1],
      layers[l],
      count,
    );
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
