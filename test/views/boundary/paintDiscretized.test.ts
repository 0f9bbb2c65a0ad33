import { describe, expect, it } from 'vitest';
import { createNetwork, createRng, type Network } from '../../../src/engine';
import {
  ACTIVATION_TABLE,
  HEATMAP_RGB,
  NEUTRAL_RGB,
  TABLE_SIZE,
} from '../../../src/views/boundary/colorTable';
import {
  paintActivation,
  paintArgmax,
  paintBoundary,
} from '../../../src/views/boundary/paintBoundary';
import { createDecisionGrid } from '../../../src/views/decisionGrid';

// The discretized heatmap and the input neurons' heatmap, on plain data.
const NEUTRAL = NEUTRAL_RGB;
const pixelsFor = (cells: number) => new Uint8ClampedArray(cells * 4).fill(7);
const pixel = (pixels: Uint8ClampedArray, c: number) => [...pixels.subarray(c * 4, c * 4 + 4)];
const colour = (pixels: Uint8ClampedArray, c: number) => pixel(pixels, c).slice(0, 3);
const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const tableHigh = () => [...ACTIVATION_TABLE.subarray((TABLE_SIZE - 1) * 3, TABLE_SIZE * 3)];

/** Class-major probabilities, as the decision grid lays them out: rows[c] is cell c's. */
const classMajor = (rows: number[][]) => {
  const cells = rows.length;
  const out = new Float64Array(rows[0].length * cells);
  rows.forEach((row, c) => row.forEach((p, k) => (out[k * cells + c] = p)));
  return out;
};

/** A 2-2 network whose class 1 grows along (wx, wy): p1 = sigmoid(2 (wx x + wy y)). */
const linearNet = (wx: number, wy: number): Network => ({
  layers: [2, 2],
  activation: 'relu',
  weights: [new Float64Array([-wx, -wy, wx, wy])],
  biases: [new Float64Array(2)],
});

/** The distinct colours of an image, as 'r,g,b' strings. */
const coloursOf = (pixels: Uint8ClampedArray) => {
  const seen = new Set<string>();
  for (let c = 0; c < pixels.length / 4; c++) seen.add(colour(pixels, c).join());
  return seen;
};

describe('paintArgmax(pixels, probabilities, classCount, cells)', () => {
  it('paints each cell in its most probable class at one strength, however certain', () => {
    const pixels = pixelsFor(4);
    paintArgmax(
      pixels,
      classMajor([
        [0.98, 0.01, 0.01],
        [0.34, 0.33, 0.33],
        [0.2, 0.3, 0.5],
        [0.4, 0.4, 0.2],
      ]),
      3,
      4,
    );
    expect(pixel(pixels, 0)).toEqual([...HEATMAP_RGB[0], 255]);
    expect(pixel(pixels, 1)).toEqual([...HEATMAP_RGB[0], 255]);
    expect(pixel(pixels, 2)).toEqual([...HEATMAP_RGB[2], 255]);
    // A tie goes to the first of the equally likely classes.
    expect(pixel(pixels, 3)).toEqual([...HEATMAP_RGB[0], 255]);
  });
});

describe('paintBoundary(pixels, grid, net, neuron, discretize)', () => {
  const size = 24;
  const painted = (net: Network, neuron: { layer: number; index: number } | null) => {
    const grid = createDecisionGrid(net.layers, size);
    grid.compute(net);
    const pixels = pixelsFor(grid.cells);
    paintBoundary(pixels, grid, net, neuron, true);
    return { grid, pixels };
  };

  it('takes only the K class colours, each at the argmax of its cells', () => {
    for (const classCount of [2, 3, 5]) {
      const net = createNetwork([2, 8, classCount], 'tanh', createRng(30 + classCount));
      const { grid, pixels } = painted(net, null);
      const allowed = new Set(HEATMAP_RGB.slice(0, classCount).map((rgb) => rgb.join()));
      for (const seen of coloursOf(pixels)) expect(allowed.has(seen)).toBe(true);
      const probabilities = grid.outputs[2];
      for (let c = 0; c < grid.cells; c += 37) {
        const row = Array.from({ length: classCount }, (_, k) => probabilities[k * grid.cells + c]);
        expect(colour(pixels, c)).toEqual([...HEATMAP_RGB[row.indexOf(Math.max(...row))]]);
      }
    }
  });

  it('shows both regions of a split plane and no shade between them', () => {
    const { pixels } = painted(linearNet(3, 0), null);
    expect(coloursOf(pixels)).toEqual(new Set([HEATMAP_RGB[0].join(), HEATMAP_RGB[1].join()]));
    // The probability heatmap of the same net has many shades.
    const grid = createDecisionGrid([2, 2], size);
    grid.compute(linearNet(3, 0));
    const shaded = pixelsFor(grid.cells);
    paintBoundary(shaded, grid, linearNet(3, 0), null, false);
    expect(coloursOf(shaded).size).toBeGreaterThan(10);
  });

  it('still shows a hovered neuron as it is', () => {
    const net = createNetwork([2, 3, 3], 'relu', createRng(5));
    const { grid, pixels } = painted(net, { layer: 1, index: 0 });
    const expected = pixelsFor(grid.cells);
    paintActivation(expected, grid.outputs[1], 0, grid.cells, 0);
    expect([...pixels]).toEqual([...expected]);
  });
});

describe('paintBoundary for an input neuron', () => {
  it("paints the feature's values over the plane, such as x²", () => {
    const size = 16;
    const net = createNetwork([3, 2, 2], 'tanh', createRng(8));
    const grid = createDecisionGrid(net.layers, size, ['x', 'x2', 'siny']);
    grid.compute(net);
    const pixels = pixelsFor(grid.cells);
    paintBoundary(pixels, grid, net, { layer: 0, index: 1 });
    const expected = pixelsFor(grid.cells);
    paintActivation(expected, grid.outputs[0], grid.cells, grid.cells, 0);
    expect([...pixels]).toEqual([...expected]);
    // x² is symmetric: the left and right edges of a row match, the middle is palest.
    const row = 5 * size;
    expect(colour(pixels, row)).toEqual(colour(pixels, row + size - 1));
    expect(colour(pixels, row)).toEqual(tableHigh());
    expect(distance(colour(pixels, row + size / 2), NEUTRAL)).toBeLessThan(
      distance(colour(pixels, row), NEUTRAL),
    );
  });
});
