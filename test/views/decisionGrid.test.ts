import { describe, expect, it } from 'vitest';
import { PLANE_MAX, PLANE_MIN } from '../../src/data';
import {
  createBatchBuffers,
  createNetwork,
  createRng,
  forward,
  type FeatureName,
} from '../../src/engine';
import {
  createDecisionGrid,
  GRID_PASS_MULTIPLY_ADDS,
  GRID_SIZE,
  gridSizeFor,
  SETTLED_GRID_MULTIPLY_ADDS,
} from '../../src/views/decisionGrid';

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

describe('createDecisionGrid(layers, gridSize, features)', () => {
  const features: FeatureName[] = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'];
  /** Feature values written out by hand, in the order of `features`. */
  const byHand = (x: number, y: number) => [
    x,
    y,
    x * x,
    y * y,
    x * y,
    Math.sin(Math.PI * x),
    Math.sin(Math.PI * y),
  ];

  it("gives the network each cell centre's features, neuron-major", () => {
    const grid = createDecisionGrid([7, 2], 5, features);
    expect(grid.features).toEqual(features);
    const [input] = grid.outputs;
    expect(input).toHaveLength(7 * 25);
    const step = (PLANE_MAX - PLANE_MIN) / 5;
    for (const c of [0, 7, 24]) {
      const x = PLANE_MIN + ((c % 5) + 0.5) * step;
      const y = PLANE_MAX - (Math.floor(c / 5) + 0.5) * step;
      byHand(x, y).forEach((value, k) => expect(input[k * 25 + c]).toBeCloseTo(value, 12));
    }
  });

  it('equals a forward pass of the engine on hand-built feature inputs', () => {
    const layers = [7, 6, 3];
    const net = createNetwork(layers, 'tanh', createRng(21));
    const grid = createDecisionGrid(layers, 6, features);
    grid.compute(net);
    const step = (PLANE_MAX - PLANE_MIN) / 6;
    const one = createBatchBuffers(layers, 1);
    for (const c of [0, 5, 17, 30, 35]) {
      const x = PLANE_MIN + ((c % 6) + 0.5) * step;
      const y = PLANE_MAX - (Math.floor(c / 6) + 0.5) * step;
      one.a[0].set(byHand(x, y));
      forward(net, one, 1);
      for (let k = 0; k < 3; k++) {
        expect(grid.outputs[2][k * grid.cells + c]).toBeCloseTo(one.a[2][k], 12);
      }
    }
  });

  it('takes a subset of the features in their order, such as x2 and sinx alone', () => {
    const grid = createDecisionGrid([2, 2], 2, ['x2', 'sinx']);
    const x = PLANE_MIN + 0.5 * ((PLANE_MAX - PLANE_MIN) / 2);
    expect(grid.outputs[0][0]).toBeCloseTo(x * x, 12);
    expect(grid.outputs[0][4]).toBeCloseTo(Math.sin(Math.PI * x), 12);
  });

  it('refuses a first layer that is not one neuron a feature', () => {
    expect(() => createDecisionGrid([2, 2], 4, ['x', 'y', 'xy'])).toThrow(RangeError);
  });
});

describe('gridSizeFor(net, multiplyAdds)', () => {
  const relu = (layers: number[]) => ({ layers, activation: 'relu' as const });
  const tanh = (layers: number[]) => ({ layers, activation: 'tanh' as const });
  const hidden = (count: number, width: number) => Array<number>(count).fill(width);

  it("keeps the full grid for the post's net and coarsens big nets while the weights move", () => {
    expect(gridSizeFor(relu([2, 4, 4, 2]))).toBe(GRID_SIZE);
    // 352 multiply-adds and 48 activations a cell: 80 x 80 is the finest within the budget.
    expect(gridSizeFor(relu([2, ...hidden(6, 8), 2]))).toBe(80);
    expect(gridSizeFor(relu([7, ...hidden(8, 16), 2]))).toBe(32);
    expect(gridSizeFor(relu([2, ...hidden(8, 32), 8]))).toBe(16);
  });

  it('counts what the activations cost: tanh nets get a coarser grid than ReLU ones', () => {
    const full = [7, ...hidden(8, 16), 2];
    expect(gridSizeFor(tanh(full))).toBe(20);
    expect(gridSizeFor(tanh(full))).toBeLessThan(gridSizeFor(relu(full)));
    // 1,936 multiply-adds and 128 tanh a cell, 5,776 in all: 20 x 20 fits, 25 x 25 does not.
    const perCell = 1936 + 128 * 30;
    expect(20 * 20 * perCell).toBeLessThanOrEqual(GRID_PASS_MULTIPLY_ADDS);
    expect(25 * 25 * perCell).toBeGreaterThan(GRID_PASS_MULTIPLY_ADDS);
  });

  it('keeps every pass within its multiply-adds, and takes the coarsest grid when none fits', () => {
    for (const budget of [GRID_PASS_MULTIPLY_ADDS, SETTLED_GRID_MULTIPLY_ADDS]) {
      for (const width of [4, 8, 12, 16, 24]) {
        const layers = [7, ...hidden(8, width), 8];
        const perCell = layers.slice(1).reduce((sum, n, l) => sum + n * layers[l], 0);
        const size = gridSizeFor(relu(layers), budget);
        if (size > 16) expect(size * size * perCell).toBeLessThanOrEqual(budget);
      }
    }
    expect(gridSizeFor(relu([7, ...hidden(8, 32), 8]), 1000)).toBe(16);
  });

  it('gives a finer grid once the weights settle', () => {
    const widest = relu([7, ...hidden(8, 32), 8]);
    expect(gridSizeFor(widest, SETTLED_GRID_MULTIPLY_ADDS)).toBe(50);
    expect(gridSizeFor(relu([2, ...hidden(6, 8), 2]), SETTLED_GRID_MULTIPLY_ADDS)).toBe(GRID_SIZE);
  });
});
