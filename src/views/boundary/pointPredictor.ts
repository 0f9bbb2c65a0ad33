import { createBatchBuffers, forward, type Network } from '../../engine';

export interface PointPredictor {
  /**
   * The class probabilities `net` gives the point (x, y). The returned array is reused by the next
   * call; copy it to keep it.
   */
  predict(net: Network, x: number, y: number): Float64Array;
}

/** A one-point forward pass with its buffers allocated once, for networks of shape `layers`. */
export function createPointPredictor(layers: readonly number[]): PointPredictor {
  const buffers = createBatchBuffers(layers, 1);
  const last = layers.length - 1;
  return {
    predict(net, x, y) {
      // A batch of one point: neuron-major with stride 1, so x then y.
      buffers.a[0][0] = x;
      buffers.a[0][1] = y;
      forward(net, buffers, 1);
      // Capacity 1: the output buffer holds exactly one probability a class.
      return buffers.a[last];
    },
  };
}
