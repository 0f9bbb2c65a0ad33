import {
  createNetwork,
  createRng,
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEARNING_RATE,
  type ActivationName,
  type LabelledPoint,
  type Network,
} from '../../src/engine';
import { createDecisionGrid, GRID_SIZE } from '../../src/views/decisionGrid';
import { twoClassPoints } from '../randomPoints';

export interface NetSpec {
  readonly name: string;
  readonly layers: readonly number[];
  readonly activation: ActivationName;
}

export const DEEP_LAYERS = [2, 8, 8, 8, 8, 8, 8, 2];

/** The nets every engine trains: the post's, and a deep one with each activation. */
export const BENCH_NETS: readonly NetSpec[] = [
  { name: 'small-relu', layers: [2, 4, 4, 2], activation: 'relu' },
  { name: 'deep-tanh', layers: DEEP_LAYERS, activation: 'tanh' },
  { name: 'deep-relu', layers: DEEP_LAYERS, activation: 'relu' },
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
    learningRate: DEFAULT_LEARNING_RATE,
    batchSeed: seed + 1,
    gridSize: grid.gridSize,
    cells: grid.cells,
    gridInputs: grid.outputs[0].slice(0, 2 * grid.cells),
  };
}
