import type { ActivationName } from './activations';
import type { Rng } from './prng';

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 8;

/**
 * A dense network in the post's notation. `layers` = [n_0, n_1, ..., n_L]: input size, hidden
 * sizes, number of classes. `weights[l - 1]` is W^l, row-major of shape (n_l x n_(l-1)), so
 * W^l_(i,j) = weights[l - 1][i * n_(l-1) + j]; `biases[l - 1]` is b^l. The output is softmax.
 */
export interface Network {
  readonly layers: readonly number[];
  readonly activation: ActivationName;
  readonly weights: Float64Array[];
  readonly biases: Float64Array[];
}

/** Weights and biases uniform in [-0.5, 0.5), as the post's `np.random.random(...) - 0.5`. */
export function createNetwork(
  layers: readonly number[],
  activation: ActivationName,
  rng: Rng,
): Network {
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  for (let l = 1; l < layers.length; l++) {
    const w = new Float64Array(layers[l] * layers[l - 1]);
    for (let i = 0; i < w.length; i++) w[i] = rng.next() - 0.5;
    const b = new Float64Array(layers[l]);
    for (let i = 0; i < b.length; i++) b[i] = rng.next() - 0.5;
    weights.push(w);
    biases.push(b);
  }
  return { layers: [...layers], activation, weights, biases };
}

export function cloneNetwork(net: Network): Network {
  return {
    layers: [...net.layers],
    activation: net.activation,
    weights: net.weights.map((w) => w.slice()),
    biases: net.biases.map((b) => b.slice()),
  };
}

/** Copies every parameter of `from` into `into`, which must have the same shape. Mutates `into`. */
export function copyParameters(from: Network, into: Network): void {
  for (let l = 0; l < from.weights.length; l++) {
    into.weights[l].set(from.weights[l]);
    into.biases[l].set(from.biases[l]);
  }
}

export function classCount(net: Network): number {
  return net.layers[net.layers.length - 1];
}

export function parameterCount(layers: readonly number[]): number {
  let count = 0;
  for (let l = 1; l < layers.length; l++) count += layers[l] * (layers[l - 1] + 1);
  return count;
}

/** False as soon as one weight or bias is NaN or infinite. */
export function hasFiniteParameters(net: Network): boolean {
  for (let l = 0; l < net.weights.length; l++) {
    const w = net.weights[l];
    for (let i = 0; i < w.length; i++) if (!Number.isFinite(w[i])) return false;
    const b = net.biases[l];
    for (let i = 0; i < b.length; i++) if (!Number.isFinite(b[i])) return false;
  }
  return true;
}
