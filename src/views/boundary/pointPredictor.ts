import {
  createBatchBuffers,
  DEFAULT_FEATURES,
  forward,
  writeFeatures,
  type FeatureName,
  type Network,
} from '../../engine';

export interface PointPredictor {
  /**
   * The class probabilities `net` gives the point (x, y). The returned array is reused by the next
   * call; copy it to keep it.
   */
  predict(net: Network, x: number, y: number): Float64Array;
}

/**
 * A one-point forward pass with its buffers allocated once, for networks of shape `layers` that
 * take `features` as inputs.
 */
export function createPointPredictor(
  layers: readonly number[],
  features: readonly FeatureName[] = DEFAULT_FEATURES,
): PointPredictor {
  const buffers = createBatchBuffers(layers, 1);
  const last = layers.length - 1;
  return {
    predict(net, x, y) {
      // A batch of one point: neuron-major with stride 1, so the features side by side.
      writeFeatures(x, y, features, buffers.a[0], 0, 1);
      forward(net, buffers, 1);
      // Capacity 1: the output buffer holds exactly one probability a class.
      return buffers.a[last];
    },
  };
}
