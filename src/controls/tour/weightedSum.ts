import type { Network, NeuronRef } from '../../engine';
import type { PointPass } from './pointPass';

/** What one neuron computes for one point: its inputs, their weights, the bias and the results. */
export interface WeightedSum {
  readonly neuron: NeuronRef;
  /** a^(l-1)_j, what each neuron of the previous layer sends. */
  readonly inputs: readonly number[];
  /** W^l_(i,j), the weight the neuron gives each of them. */
  readonly weights: readonly number[];
  readonly bias: number;
  /** z^l_i as the engine's forward pass computed it. */
  readonly z: number;
  /** a^l_i, the neuron's output (its activation, or its softmax share in the output layer). */
  readonly output: number;
}

/**
 * The neuron the tour looks at: as in the post, the first neuron of the second hidden layer; the
 * first of the only hidden layer, or of the output, when the network has fewer.
 */
export function tourNeuron(layers: readonly number[]): NeuronRef {
  const hiddenLayers = layers.length - 2;
  return { layer: hiddenLayers >= 2 ? 2 : 1, index: 0 };
}

/** The weighted sum of `neuron` (layer 1..L) in the pass `pass` of `network`. */
export function weightedSumOf(network: Network, pass: PointPass, neuron: NeuronRef): WeightedSum {
  const { layer, index } = neuron;
  const inputCount = network.layers[layer - 1];
  const row = index * inputCount;
  return {
    neuron,
    inputs: Array.from(pass.a[layer - 1]),
    weights: Array.from(network.weights[layer - 1].subarray(row, row + inputCount)),
    bias: network.biases[layer - 1][index],
    z: pass.z[layer][index],
    output: pass.a[layer][index],
  };
}
