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
  paintBoundary,
  paintClassBlend,
  paintClassProbability,
  paintTwoClasses,
} from '../../../src/views/boundary/paintBoundary';
import { createDecisionGrid } from '../../../src/views/decisionGrid';

// Cells are painted in the classes' heatmap tints: the class colours, lightened.
const NEUTRAL = NEUTRAL_RGB;
const tableEnd = (table: Uint8ClampedArray, end: 'low' | 'high') => {
  const i = end === 'low' ? 0 : (TABLE_SIZE - 1) * 3;
  return [...table.subarray(i, i + 3)];
};

/** The pixel buffer of a fake ImageData with one pixel a cell. */
const pixelsFor = (cells: number) => new Uint8ClampedArray(cells * 4).fill(7);
const pixel = (pixels: Uint8ClampedArray, c: number) => [...pixels.subarray(c * 4, c * 4 + 4)];
const colour = (pixels: Uint8ClampedArray, c: number) => pixel(pixels, c).slice(0, 3);
const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Class-major probabilities, as the decision grid lays them out: rows[c] is cell c's. */
const classMajor = (rows: number[][]) => {
  const cells = rows.length;
  const out = new Float64Array(rows[0].length * cells);
  rows.forEach((row, c) => row.forEach((p, k) => (out[k * cells + c] = p)));
  return out;
};

describe('paintTwoClasses(pixels, probabilities, cells)', () => {
  it('paints p = 0 in the class 0 tint, p = 1 in the class 1 tint, p = 0.5 near white', () => {
    const probabilities = classMajor([
      [1, 0],
      [0, 1],
      [0.5, 0.5],
    ]);
    const pixels = pixelsFor(3);
    paintTwoClasses(pixels, probabilities, 3);
    expect(pixel(pixels, 0)).toEqual([...HEATMAP_RGB[0], 255]);
    expect(pixel(pixels, 1)).toEqual([...HEATMAP_RGB[1], 255]);
    expect(distance(colour(pixels, 2), NEUTRAL)).toBeLessThan(6);
    colour(pixels, 2).forEach((v) => expect(v).toBeGreaterThan(230));
  });

  it('leans to the likelier class, and pales towards p = 0.5', () => {
    const steps = [0.1, 0.3, 0.7, 0.9];
    const pixels = pixelsFor(steps.length);
    paintTwoClasses(pixels, classMajor(steps.map((p) => [1 - p, p])), steps.length);
    const [c1, c3, c7, c9] = steps.map((_, c) => colour(pixels, c));
    for (const blue of [c1, c3]) {
      expect(distance(blue, HEATMAP_RGB[0])).toBeLessThan(distance(blue, HEATMAP_RGB[1]));
    }
    for (const red of [c7, c9]) {
      expect(distance(red, HEATMAP_RGB[1])).toBeLessThan(distance(red, HEATMAP_RGB[0]));
    }
    expect(distance(c1, NEUTRAL)).toBeGreaterThan(distance(c3, NEUTRAL));
    expect(distance(c9, NEUTRAL)).toBeGreaterThan(distance(c7, NEUTRAL));
  });
});

describe('paintClassBlend(pixels, probabilities, classCount, cells)', () => {
  it('paints a certain cell in its class tint and a uniform one neutral', () => {
    const pixels = pixelsFor(3);
    paintClassBlend(
      pixels,
      classMajor([
        [1, 0, 0],
        [0, 0, 1],
        [1 / 3, 1 / 3, 1 / 3],
      ]),
      3,
      3,
    );
    expect(pixel(pixels, 0)).toEqual([...HEATMAP_RGB[0], 255]);
    expect(pixel(pixels, 1)).toEqual([...HEATMAP_RGB[2], 255]);
    expect(distance(colour(pixels, 2), NEUTRAL)).toBeLessThan(2);
  });

  it('mixes two likely classes between their mean colour and neutral', () => {
    const pixels = pixelsFor(1);
    paintClassBlend(pixels, classMajor([[0, 0.5, 0.5]]), 3, 1);
    const mean = [0, 1, 2].map((ch) => (HEATMAP_RGB[1][ch] + HEATMAP_RGB[2][ch]) / 2);
    colour(pixels, 0).forEach((v, ch) => {
      expect(v).toBeGreaterThanOrEqual(Math.min(mean[ch], NEUTRAL[ch]) - 1);
      expect(v).toBeLessThanOrEqual(Math.max(mean[ch], NEUTRAL[ch]) + 1);
    });
  });

  it('comes closer to the class colour as the class gets more certain', () => {
    const pixels = pixelsFor(3);
    const rows = [0.4, 0.7, 0.95].map((p) => [p, (1 - p) / 3, (1 - p) / 3, (1 - p) / 3]);
    paintClassBlend(pixels, classMajor(rows), 4, 3);
    const toClass = [0, 1, 2].map((c) => distance(colour(pixels, c), HEATMAP_RGB[0]));
    expect(toClass[0]).toBeGreaterThan(toClass[1]);
    expect(toClass[1]).toBeGreaterThan(toClass[2]);
  });
});

describe('paintActivation(pixels, values, offset, cells, centre)', () => {
  it('spans the diverging table over the largest distance from the centre', () => {
    const values = new Float64Array([9, 9, -2, 0, 1, 2]);
    const pixels = pixelsFor(4);
    paintActivation(pixels, values, 2, 4, 0);
    expect(colour(pixels, 0)).toEqual(tableEnd(ACTIVATION_TABLE, 'low'));
    expect(colour(pixels, 3)).toEqual(tableEnd(ACTIVATION_TABLE, 'high'));
    expect(distance(colour(pixels, 1), NEUTRAL)).toBeLessThan(6);
    expect(pixel(pixels, 2)[3]).toBe(255);
  });

  it('depends only on the shape of the activation, not its scale', () => {
    const small = new Float64Array([-0.1, 0.02, 0.05, 0.3]);
    const large = small.map((v) => v * 1000);
    const a = pixelsFor(4);
    const b = pixelsFor(4);
    paintActivation(a, small, 0, 4, 0);
    paintActivation(b, large, 0, 4, 0);
    expect([...a]).toEqual([...b]);
  });

  it('paints a neuron that is constant at its centre in the neutral colour', () => {
    const pixels = pixelsFor(3);
    paintActivation(pixels, new Float64Array([0.5, 0.5, 0.5]), 0, 3, 0.5);
    for (let c = 0; c < 3; c++) expect(distance(colour(pixels, c), NEUTRAL)).toBeLessThan(6);
  });
});

describe('paintClassProbability(pixels, probabilities, label, cells)', () => {
  it('ramps from neutral at 0 to the class colour at 1', () => {
    const pixels = pixelsFor(2);
    paintClassProbability(
      pixels,
      classMajor([
        [0.2, 0.8, 0],
        [0.5, 0, 0.5],
      ]),
      2,
      2,
    );
    expect(colour(pixels, 0)).toEqual(NEUTRAL);
    expect(distance(colour(pixels, 1), HEATMAP_RGB[2])).toBeLessThan(
      distance(NEUTRAL, HEATMAP_RGB[2]),
    );
  });
});

/** A 2-2 network whose class 1 grows along (wx, wy): p1 = sigmoid(2 (wx x + wy y)). */
const linearNet = (wx: number, wy: number): Network => ({
  layers: [2, 2],
  activation: 'relu',
  weights: [new Float64Array([-wx, -wy, wx, wy])],
  biases: [new Float64Array(2)],
});

describe('paintBoundary(pixels, grid, net, neuron)', () => {
  const size = 20;
  const paintedGrid = (net: Network, neuron: { layer: number; index: number } | null) => {
    const grid = createDecisionGrid(net.layers, size);
    grid.compute(net);
    const pixels = pixelsFor(grid.cells);
    paintBoundary(pixels, grid, net, neuron);
    return { grid, pixels };
  };

  it('puts the plane the right way round: x grows rightwards, y upwards', () => {
    const alongX = paintedGrid(linearNet(5, 0), null).pixels;
    const left = colour(alongX, 10 * size);
    const right = colour(alongX, 10 * size + size - 1);
    expect(distance(left, HEATMAP_RGB[0])).toBeLessThan(distance(left, HEATMAP_RGB[1]));
    expect(distance(right, HEATMAP_RGB[1])).toBeLessThan(distance(right, HEATMAP_RGB[0]));
    const alongY = paintedGrid(linearNet(0, 5), null).pixels;
    const top = colour(alongY, 10);
    const bottom = colour(alongY, (size - 1) * size + 10);
    expect(distance(top, HEATMAP_RGB[1])).toBeLessThan(distance(top, HEATMAP_RGB[0]));
    expect(distance(bottom, HEATMAP_RGB[0])).toBeLessThan(distance(bottom, HEATMAP_RGB[1]));
  });

  it('paints the class probabilities when no neuron is chosen (2 and 3 classes)', () => {
    for (const layers of [
      [2, 3, 2],
      [2, 3, 3],
    ]) {
      const net = createNetwork(layers, 'tanh', createRng(4));
      const { grid, pixels } = paintedGrid(net, null);
      const expected = pixelsFor(grid.cells);
      if (layers[2] === 2) paintTwoClasses(expected, grid.outputs[2], grid.cells);
      else paintClassBlend(expected, grid.outputs[2], 3, grid.cells);
      expect([...pixels]).toEqual([...expected]);
    }
  });

  it("paints a hidden neuron's activation, centred at 0.5 for sigmoid", () => {
    for (const activation of ['tanh', 'sigmoid'] as const) {
      const net = createNetwork([2, 3, 2], activation, createRng(9));
      const { grid, pixels } = paintedGrid(net, { layer: 1, index: 2 });
      const expected = pixelsFor(grid.cells);
      const centre = activation === 'sigmoid' ? 0.5 : 0;
      paintActivation(expected, grid.outputs[1], 2 * grid.cells, grid.cells, centre);
      expect([...pixels]).toEqual([...expected]);
    }
  });

  it("paints an output neuron as its class's probability", () => {
    const net = createNetwork([2, 3, 3], 'relu', createRng(2));
    const { grid, pixels } = paintedGrid(net, { layer: 2, index: 1 });
    const expected = pixelsFor(grid.cells);
    paintClassProbability(expected, grid.outputs[2], 1, grid.cells);
    expect([...pixels]).toEqual([...expected]);
  });

  it('falls back to the class probabilities for a neuron the network does not have', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(3));
    const plain = paintedGrid(net, null).pixels;
    expect([...paintedGrid(net, { layer: 1, index: 3 }).pixels]).toEqual([...plain]);
    expect([...paintedGrid(net, { layer: 5, index: 0 }).pixels]).toEqual([...plain]);
  });
});
