import { describe, expect, it } from 'vitest';
import { createNetwork, createRng } from '../../src/engine';
import { createDecisionGrid, gridSizeFor } from '../../src/views/decisionGrid';
import { createGridPass } from '../../src/views/sharedGrid';

const net = (seed = 1) => createNetwork([2, 3, 2], 'tanh', createRng(seed));

describe('createGridPass().gridFor(network, weightsVersion, features)', () => {
  it('computes once per network and version, and again when either changes', () => {
    const pass = createGridPass();
    const a = net(1);
    const grid = pass.gridFor(a, 1, ['x', 'y'], 8)!;
    expect(pass.gridFor(a, 1, ['x', 'y'], 8)).toBe(grid);
    expect(pass.passes).toBe(1);

    a.weights[0][0] += 1;
    pass.gridFor(a, 2, ['x', 'y'], 8);
    expect(pass.passes).toBe(2);
    const b = net(2);
    const again = pass.gridFor(b, 2, ['x', 'y'], 8)!;
    expect(pass.passes).toBe(3);
    // Same shape: the buffers are reused, and hold b's activations.
    expect(again).toBe(grid);
    const reference = createDecisionGrid(b.layers, 8);
    reference.compute(b);
    expect(Array.from(again.outputs[2])).toEqual(Array.from(reference.outputs[2]));
  });

  it('builds a new grid for new features, layers or size; none for features the net cannot take', () => {
    const pass = createGridPass();
    const a = net(1);
    const first = pass.gridFor(a, 1, ['x', 'y'], 8);
    expect(pass.gridFor(a, 1, ['x', 'y'], 10)).not.toBe(first);
    const wide = createNetwork([2, 5, 2], 'relu', createRng(1));
    expect(pass.gridFor(wide, 1, ['x', 'y'], 10)!.outputs[1]).toHaveLength(5 * 100);
    const squares = createNetwork([2, 3, 2], 'relu', createRng(1));
    expect(pass.gridFor(squares, 1, ['x2', 'y2'], 10)!.features).toEqual(['x2', 'y2']);
    expect(pass.gridFor(a, 1, ['x', 'y', 'xy'], 8)).toBeNull();
  });
});

describe('createGridPass().gridFor(...) without a size', () => {
  it("sizes the grid to the network, and hands out this version's grid whatever its size", () => {
    const pass = createGridPass();
    const big = createNetwork([2, ...Array<number>(8).fill(32), 8], 'relu', createRng(2));
    expect(pass.gridFor(big, 1, ['x', 'y'])!.gridSize).toBe(gridSizeFor(big));
    expect(pass.passes).toBe(1);
    // The boundary settles on a finer grid; the thumbnails then read that one, with no new pass.
    const fine = pass.gridFor(big, 1, ['x', 'y'], 50)!;
    expect(pass.passes).toBe(2);
    expect(pass.gridFor(big, 1, ['x', 'y'])).toBe(fine);
    expect(pass.passes).toBe(2);
    // New weights: the coarse grid again, its buffers kept from before.
    const coarse = pass.gridFor(big, 2, ['x', 'y'])!;
    expect(coarse.gridSize).toBe(gridSizeFor(big));
    expect(pass.passes).toBe(3);
    expect(pass.gridFor(big, 2, ['x', 'y'], 50)).toBe(fine);
    expect(fine.outputs[0]).toBe(pass.gridFor(big, 2, ['x', 'y'], 50)!.outputs[0]);
  });
});
