import {
  computeGradients,
  createBatchBuffers,
  writeFeatures,
  type ActivationName,
  type FeatureName,
  type LabelledPoint,
  type Network,
} from '../engine';

/**
 * One point's forward and backward pass, in the post's numbering. Layer l runs 1..L; index 0 of
 * `z` and `delta` is an empty array, `a[0]` is the point's input (its features). The gradients
 * follow `Network.weights`: `gradW[l - 1]` is dC/dW^l, row-major (n_l x n_(l-1)), `gradB[l - 1]`
 * is dC/db^l. They are the data's gradients for this point alone, without any weight penalty.
 */
export interface PointTrace {
  readonly layers: readonly number[];
  readonly activation: ActivationName;
  readonly features: readonly FeatureName[];
  /** The class the point belongs to: y is one-hot at this index. */
  readonly label: number;
  /** Copies of the parameters traced with: W^l is `weights[l - 1]`, as in `Network`. */
  readonly weights: readonly Float64Array[];
  readonly biases: readonly Float64Array[];
  readonly z: readonly Float64Array[];
  readonly a: readonly Float64Array[];
  readonly delta: readonly Float64Array[];
  readonly gradW: readonly Float64Array[];
  readonly gradB: readonly Float64Array[];
  /** The point's cross-entropy, -log a^L_label. */
  readonly cost: number;
  /** a^L, the softmax over the classes (the same array as `a[L]`). */
  readonly probabilities: Float64Array;
}

/**
 * Runs `point` through `network` as a batch of one, with the engine's own forward pass and
 * backpropagation (`computeGradients`), and copies out every intermediate value. The network is
 * not changed. Throws a RangeError when the features do not fit the network's input or the label
 * is not one of its classes.
 */
export function tracePoint(
  network: Network,
  features: readonly FeatureName[],
  point: LabelledPoint,
): PointTrace {
  const { layers } = network;
  const last = layers.length - 1;
  if (features.length !== layers[0]) {
    throw new RangeError(
      `the network takes ${layers[0]} inputs but ${features.length} features were given`,
    );
  }
  if (!Number.isInteger(point.label) || point.label < 0 || point.label >= layers[last]) {
    throw new RangeError(
      `label ${point.label} is not one of the network's ${layers[last]} classes`,
    );
  }
  const buffers = createBatchBuffers(layers, 1);
  writeFeatures(point.x, point.y, features, buffers.a[0], 0);
  buffers.labels[0] = point.label;
  const cost = computeGradients(network, buffers, 1);
  // With a batch of one, each buffer's first n_l values are the layer's vector.
  const vector = (values: Float64Array, l: number) => values.slice(0, l === 0 ? 0 : layers[l]);
  const a = layers.map((n, l) => buffers.a[l].slice(0, n));
  return {
    layers: [...layers],
    activation: network.activation,
    features: [...features],
    label: point.label,
    weights: network.weights.map((w) => w.slice()),
    biases: network.biases.map((b) => b.slice()),
    z: buffers.z.map(vector),
    a,
    delta: buffers.delta.map(vector),
    gradW: buffers.gradW.map((g) => g.slice()),
    gradB: buffers.gradB.map((g) => g.slice()),
    cost,
    probabilities: a[last],
  };
}
