import { sameFeatures, type FeatureName, type Network } from '../engine';
import { createDecisionGrid, GRID_SIZE, type DecisionGrid } from './decisionGrid';

/**
 * One grid pass a frame for every view that needs the network over the plane: the boundary's
 * heatmap and the network's neuron thumbnails read the same computed grid.
 */
export interface GridPass {
  /**
   * The grid computed for `network` with the parameters it has at `weightsVersion`, over
   * `features`. Runs the forward pass only when the network, its version, the features or the
   * grid size differ from the last call; null when the network does not take `features`.
   * The returned grid is reused (and recomputed) by later calls: read it, do not keep it.
   */
  gridFor(
    network: Network,
    weightsVersion: number,
    features: readonly FeatureName[],
    gridSize?: number,
  ): DecisionGrid | null;
  /** How many forward passes over a grid this pass has run, for tests and profiling. */
  readonly passes: number;
}

/**
 * A grid pass that remembers the last grid it computed. Its buffers are reused for a new network
 * of the same shape, so replacing the network (a restart, a replayed iteration) allocates nothing.
 */
export function createGridPass(): GridPass {
  let grid: DecisionGrid | null = null;
  let layers: readonly number[] = [];
  let computedFor: Network | null = null;
  let computedVersion = NaN;
  let passes = 0;
  return {
    gridFor(network, weightsVersion, features, gridSize = GRID_SIZE) {
      if (network.layers[0] !== features.length) return null;
      const fits =
        grid !== null &&
        grid.gridSize === gridSize &&
        sameFeatures(grid.features, features) &&
        sameLayers(layers, network.layers);
      if (!fits) {
        grid = createDecisionGrid(network.layers, gridSize, features);
        layers = [...network.layers];
        computedFor = null;
      }
      if (computedFor !== network || computedVersion !== weightsVersion) {
        grid!.compute(network);
        passes++;
        computedFor = network;
        computedVersion = weightsVersion;
      }
      return grid;
    },
    get passes() {
      return passes;
    },
  };
}

const sameLayers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((n, l) => n === b[l]);

/** The page's grid pass, shared by every view that paints the network over the plane. */
export const sharedGridPass: GridPass = createGridPass();
