import {
  createBatchBuffers,
  DEFAULT_FEATURES,
  forward,
  writeFeatures,
  type BatchBuffers,
  type ActivationName,
  type FeatureName,
  type Network,
} from '../engine';
import { PLANE_MAX, PLANE_MIN } from '../data';

export const GRID_SIZE = 100;

/** The grid sizes a view may use, finest first. */
const GRID_SIZES = [GRID_SIZE, 80, 64, 50, 40, 32, 25, 20, 16] as const;
/**
 * The multiply-adds a grid pass may take while the weights move: about 2 ms in this engine on the
 * machines we measure, so the boundary and the neurons' thumbnails repaint in every frame beside
 * training. The post's net keeps the full 100 x 100 grid, the 2-8x6-2 ReLU net 80 x 80; 8 hidden
 * tanh layers of 16 on seven features get 20 x 20, 8 ReLU layers of 32 16 x 16.
 */
export const GRID_PASS_MULTIPLY_ADDS = 3_000_000;
/**
 * The multiply-adds of the finer pass made once the weights have stopped moving: one frame of
 * about 25 ms at most, after which the picture stays still. 8 hidden ReLU layers of 32 get 50 x 50.
 */
export const SETTLED_GRID_MULTIPLY_ADDS = 25_000_000;

/**
 * What one neuron's activation costs, in multiply-adds: measured in V8, Math.tanh takes as long
 * as 20 to 35 multiply-adds and the sigmoid's Math.exp about 5 to 10; ReLU's are a few
 * instructions.
 */
const ACTIVATION_MULTIPLY_ADDS: Record<ActivationName, number> = {
  relu: 1,
  'leaky-relu': 1,
  linear: 0,
  sigmoid: 8,
  tanh: 30,
};

/**
 * The finest grid whose pass over `net` stays within `multiplyAdds`, its hidden neurons'
 * activations counted at their cost in multiply-adds.
 */
export function gridSizeFor(
  net: Pick<Network, 'layers'> & { readonly activation?: ActivationName },
  multiplyAdds: number = GRID_PASS_MULTIPLY_ADDS,
): number {
  const { layers, activation = 'relu' } = net;
  let perCell = 0;
  for (let l = 1; l < layers.length; l++) {
    perCell += layers[l] * layers[l - 1];
    if (l < layers.length - 1) perCell += layers[l] * ACTIVATION_MULTIPLY_ADDS[activation];
  }
  const fitting = GRID_SIZES.find((size) => size * size * perCell <= multiplyAdds);
  return fitting ?? GRID_SIZES[GRID_SIZES.length - 1];
}

/**
 * The network evaluated over a gridSize x gridSize lattice of cell centres covering the plane, in
 * one batched forward pass. Cells run row by row from the top (largest y) and left to right, the
 * order of ImageData pixels. `outputs[0][k * cells + c]` is the value of feature k at the centre of
 * cell c (the network's input); after `compute`, `outputs[L][k * cells + c]` is the probability of
 * class k in cell c, and `outputs[l][i * cells + c]` the activation of neuron i of layer l.
 */
export interface DecisionGrid {
  readonly gridSize: number;
  readonly cells: number;
  /** The inputs each cell gives the network, in the order of the first layer's neurons. */
  readonly features: readonly FeatureName[];
  readonly outputs: readonly Float64Array[];
  /** Runs the forward pass for `net`, which must have the grid's layer sizes. Mutates the grid. */
  compute(net: Network): void;
}

/**
 * A grid for networks of shape `layers` that take `features` as inputs. Throws a RangeError when
 * the first layer is not one neuron a feature. Build a new grid when the features change.
 */
export function createDecisionGrid(
  layers: readonly number[],
  gridSize = GRID_SIZE,
  features: readonly FeatureName[] = DEFAULT_FEATURES,
): DecisionGrid {
  if (layers[0] !== features.length) {
    throw new RangeError(
      `A network with ${layers[0]} inputs cannot take the ${features.length} features ${features.join(', ')}.`,
    );
  }
  const cells = gridSize * gridSize;
  const buffers: BatchBuffers = createBatchBuffers(layers, cells);
  const input = buffers.a[0];
  const step = (PLANE_MAX - PLANE_MIN) / gridSize;
  for (let row = 0; row < gridSize; row++) {
    const y = PLANE_MAX - (row + 0.5) * step;
    for (let col = 0; col < gridSize; col++) {
      // Neuron-major: feature k of cell c at k * cells + c.
      writeFeatures(
        PLANE_MIN + (col + 0.5) * step,
        y,
        features,
        input,
        row * gridSize + col,
        cells,
      );
    }
  }
  return {
    gridSize,
    cells,
    features,
    get outputs() {
      return buffers.a;
    },
    compute(net) {
      forward(net, buffers, cells);
    },
  };
}
