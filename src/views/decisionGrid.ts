import { createBatchBuffers, forward, type BatchBuffers, type Network } from '../engine';
import { PLANE_MAX, PLANE_MIN } from '../data';

export const GRID_SIZE = 100;

/**
 * The network evaluated over a gridSize x gridSize lattice of cell centres covering the plane, in
 * one batched forward pass. Cells run row by row from the top (largest y) and left to right, the
 * order of ImageData pixels. After `compute`, `outputs[L][k * cells + c]` is the probability of
 * class k in cell c, and `outputs[l][i * cells + c]` the activation of neuron i of layer l.
 */
export interface DecisionGrid {
  readonly gridSize: number;
  readonly cells: number;
  readonly outputs: readonly Float64Array[];
  /** Runs the forward pass for `net`, which must have the grid's layer sizes. Mutates the grid. */
  compute(net: Network): void;
}

export function createDecisionGrid(layers: readonly number[], gridSize = GRID_SIZE): DecisionGrid {
  const cells = gridSize * gridSize;
  const buffers: BatchBuffers = createBatchBuffers(layers, cells);
  const input = buffers.a[0];
  const step = (PLANE_MAX - PLANE_MIN) / gridSize;
  for (let row = 0; row < gridSize; row++) {
    for (let col = 0; col < gridSize; col++) {
      const c = row * gridSize + col;
      input[c] = PLANE_MIN + (col + 0.5) * step;
      input[cells + c] = PLANE_MAX - (row + 0.5) * step;
    }
  }
  return {
    gridSize,
    cells,
    get outputs() {
      return buffers.a;
    },
    compute(net) {
      forward(net, buffers, cells);
    },
  };
}
