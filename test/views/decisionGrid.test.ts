import { describe, expect, it } from 'vitest';
import { PLANE_MAX, PLANE_MIN } from '../../src/data';
import { createBatchBuffers, createNetwork, createRng, forward } from '../../src/engine';
import { createDecisionGrid } from '../../src/views/decisionGrid';

describe('createDecisionGrid(layers, gridSize)', () => {
  it('lays cell centres row by row from the top, left to right, over the plane', () => {
    const grid = createDecisionGrid([2, 2], 4);
    expect(grid.cells).toBe(16);
    const [input] = grid.outputs;
    const step = (PLANE_MAX - PLANE_MIN) / 4;
    // Cell 0 is the top-left corner, cell 3 the top-right, cell 12 the bottom-left.
    expect([input[0], input[16]]).toEqual([PLANE_MIN + step / 2, PLANE_MAX - step / 2]);
    expect(input[3]).toBeCloseTo(PLANE_MAX - step / 2, 12);
    expect(input[16 + 12]).toBeCloseTo(PLANE_MIN + step / 2, 12);
  });
});

describe('createDecisionGrid(layers, gridSize).compute(net)', () => {
  it('gives every cell the activations a one-point forward pass gives its centre', () => {
    const layers = [2, 5, 3];
    const net = createNetwork(layers, 'tanh', createRng(3));
    const grid = createDecisionGrid(layers, 7);
    grid.compute(net);
    const one = createBatchBuffers(layers, 1);
    for (const c of [0, 10, 24, 48]) {
      one.a[0].set([grid.outputs[0][c], grid.outputs[0][grid.cells + c]]);
      forward(net, one, 1);
      for (let l = 1; l < layers.length; l++) {
        for (let i = 0; i < layers[l]; i++) {
          expect(grid.outputs[l][i * grid.cells + c]).toBeCloseTo(one.a[l][i], 12);
        }
      }
    }
  });
});
