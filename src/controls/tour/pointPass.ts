import {
  createBatchBuffers,
  crossEntropySum,
  forward,
  writeFeatures,
  type FeatureName,
  type LabelledPoint,
  type Network,
} from '../../engine';

/** One point's forward pass, in the post's numbering: `a[0]` is the input, `z[l]`, `a[l]` layer l. */
export interface PointPass {
  readonly z: readonly Float64Array[];
  readonly a: readonly Float64Array[];
  /** a^L, the softmax over the classes. */
  readonly probabilities: Float64Array;
  /** The point's cross-entropy, -log a^L of its class. */
  readonly cost: number;
}

/**
 * Runs `point` through `network` as a batch of one with the engine's forward pass. Null when the
 * network cannot take it (its inputs are not `features`, or the point's class is not one of its
 * classes), as while a change of settings is on its way. The network is not changed.
 */
export function passPoint(
  network: Network,
  features: readonly FeatureName[],
  point: LabelledPoint,
): PointPass | null {
  const { layers } = network;
  const last = layers.length - 1;
  const classLabel = point.label;
  if (features.length !== layers[0]) return null;
  if (!Number.isInteger(classLabel) || classLabel < 0 || classLabel >= layers[last]) return null;
  const buffers = createBatchBuffers(layers, 1);
  writeFeatures(point.x, point.y, features, buffers.a[0], 0);
  buffers.labels[0] = classLabel;
  forward(network, buffers, 1);
  const cost = crossEntropySum(buffers.z[last], buffers.logSumExp, buffers.labels, 1);
  // With a batch of one, each layer's first n_l values are its vector.
  const a = layers.map((n, l) => buffers.a[l].slice(0, n));
  const z = layers.map((n, l) => (l === 0 ? new Float64Array(0) : buffers.z[l].slice(0, n)));
  return { z, a, probabilities: a[last], cost };
}
