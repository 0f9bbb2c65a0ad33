import { activations } from './activations';
import type { BatchBuffers } from './batchBuffers';
import type { Network } from './network';
import { softmax } from './softmaxCrossEntropy';

/**
 * z = W x + b for a batch of `count` points, neuron-major with stride `count`: for each weight,
 * one contiguous loop over the points. Mutates `z`.
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
    z.fill(biases[i], zRow, zRow + count);
    for (let j = 0; j < inputs; j++) {
      const w = weights[i * inputs + j];
      if (w === 0) continue;
      const xRow = j * count;
      for (let p = 0; p < count; p++) z[zRow + p] += w * x[xRow + p];
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
    affine(
      net.weights[l - 1],
      net.biases[l - 1],
      buffers.a[l - 1],
      buffers.z[l],
      layers[l - 1],
      layers[l],
      count,
    );
    if (l < last) activation.forward(buffers.z[l], buffers.a[l], layers[l] * count);
  }
  softmax(buffers.z[last], buffers.a[last], buffers.logSumExp, buffers.scratch, layers[last], count);
}
