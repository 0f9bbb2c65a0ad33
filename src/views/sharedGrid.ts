import { sameFeatures, type FeatureName, type Network } from '../engine';
import { createDecisionGrid, gridSizeFor, type DecisionGrid } from './decisionGrid';

/**
 * One grid pass a frame for every view that needs the network over the plane: the boundary's
 * heatmap and the network's neuron thumbnails read the same computed grid.
 */
export interface GridPass {
  /**
   * The grid computed for `network` with the parameters it has at `weightsVersion`, over
   * `features`, `gridSize` cells a side. Without a size, any grid already computed for them, or
   * else one of `gridSizeFor` the network. Runs the forward pass only when the network, its
   * version, the features or the grid size differ from the last call; null when the network does
   * not take `features`.
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

/** A grid and the network and version it was last computed for. */
interface ComputedGrid {
  readonly grid: DecisionGrid;
  computedFor: Network | null;
  computedVersion: number;
}

/**
 * A grid pass that remembers the grids it computed, one for each size asked (a coarse one while
 * training, a finer one once the weights settle). Their buffers are reused for a new network of
 * the same shape, so replacing the network (a restart, a replayed iteration) allocates nothing.
 */
export function createGridPass(): GridPass {
  const grids = new Map<number, ComputedGrid>();
  let layers: readonly number[] = [];
  let inputs: readonly FeatureName[] = [];
  let last: ComputedGrid | null = null;
  let passes = 0;
  return {
    gridFor(network, weightsVersion, features, size) {
      if (network.layers[0] !== features.length) return null;
      if (!sameLayers(layers, network.layers) || !sameFeatures(inputs, features)) {
        grids.clear();
        last = null;
        [layers, inputs] = [[...network.layers], features];
      }
      const current = last?.computedFor === network && last.computedVersion === weightsVersion;
      const gridSize = size ?? (current ? last!.grid.gridSize : gridSizeFor(network));
      let entry = grids.get(gridSize);
      if (entry === undefined) {
        const grid = createDecisionGrid(network.layers, gridSize, features);
        entry = { grid, computedFor: null, computedVersion: NaN };
        grids.set(gridSize, entry);
      }
      if (entry.computedFor !== network || entry.computedVersion !== weightsVersion) {
        entry.grid.compute(network);
        passes++;
        entry.computedFor = network;
        entry.computedVersion = weightsVersion;
      }
      last = entry;
      return entry.grid;
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
