import {
  createNetwork,
  createRng,
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEARNING_RATE,
  defaultOptimizerSettings,
  type ActivationName,
  type LabelledPoint,
  type Network,
  type OptimizerSettings,
} from '../../src/engine';
import { createDecisionGrid, GRID_SIZE } from '../../src/views/decisionGrid';
import { twoClassPoints } from '../randomPoints';

export interface NetSpec {
  readonly name: string;
  readonly layers: readonly number[];
  readonly activation: ActivationName;
  /** Our engine's optimizer settings; every peer is set up to compute the same update. */
  readonly optimizer: OptimizerSettings;
  readonly learningRate: number;
  /**
   * The net whose grid pass this one's would repeat (same layers and activation: the optimizer
   * plays no part in a forward pass), so its grid is not timed again.
   */
  readonly gridAsNet?: string;
}

export const DEEP_LAYERS = [2, 8, 8, 8, 8, 8, 8, 2];

const GD: OptimizerSettings = { kind: 'gd' };
/** A usual rate for Adam: its steps are about the rate itself, whatever the gradients' scale. */
export const ADAM_LEARNING_RATE = 0.01;

/**
 * The nets every engine trains: the post's, a deep one with each activation, and the post's
 * trained with Adam at our engine's default betas and epsilon.
 */
export const BENCH_NETS: readonly NetSpec[] = [
  {
    name: 'small-relu',
    layers: [2, 4, 4, 2],
    activation: 'relu',
    optimizer: GD,
    learningRate: DEFAULT_LEARNING_RATE,
  },
  {
    name: 'deep-tanh',
    layers: DEEP_LAYERS,
    activation: 'tanh',
    optimizer: GD,
    learningRate: DEFAULT_LEARNING_RATE,
  },
  {
    name: 'deep-relu',
    layers: DEEP_LAYERS,
    activation: 'relu',
    optimizer: GD,
    learningRate: DEFAULT_LEARNING_RATE,
  },
  {
    name: 'small-relu-adam',
    layers: [2, 4, 4, 2],
    activation: 'relu',
    optimizer: defaultOptimizerSettings('adam'),
    learningRate: ADAM_LEARNING_RATE,
    gridAsNet: 'small-relu',
  },
];

export const POINT_COUNT = 200;

/**
 * One unit of work, the same for every engine: the starting parameters, the points, the
 * mini-batch settings, the seed of the batch indices, and the grid's cell centres.
 */
export interface BenchProblem {
  readonly net: NetSpec;
  readonly initial: Network;
  readonly points: readonly LabelledPoint[];
  readonly batchSize: number;
  readonly learningRate: number;
  readonly optimizer: OptimizerSettings;
  /** Every engine draws batch p's indices as `rng.nextInt(points.length)` from this seed. */
  readonly batchSeed: number;
  readonly gridSize: number;
  readonly cells: number;
  /** Cell centres, neuron-major: x of cell c at [c], y at [cells + c]. */
  readonly gridInputs: Float64Array;
}

export function createBenchProblem(net: NetSpec, seed = 1): BenchProblem {
  // The grid's own input buffer gives the peers exactly the cells our grid pass evaluates.
  const grid = createDecisionGrid(net.layers, GRID_SIZE);
  return {
    net,
    initial: createNetwork(net.layers, net.activation, createRng(seed)),
    points: twoClassPoints(POINT_COUNT, seed),
    batchSize: DEFAULT_BATCH_SIZE,
    learningRate: net.learningRate,
    optimizer: net.optimizer,
    batchSeed: seed + 1,
    gridSize: grid.gridSize,
    cells: grid.cells,
    gridInputs: grid.outputs[0].slice(0, 2 * grid.cells),
  };
}
