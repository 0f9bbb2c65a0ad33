import { describe, expect, it } from 'vitest';
import { CLASS_RAMP_TABLES, NEUTRAL_RGB } from '../../../src/views/boundary/colorTable';
import { paintActivation } from '../../../src/views/boundary/paintBoundary';
import { paintThumbnail, sampleNeuron } from '../../../src/views/network/paintThumbnail';

describe('sampleNeuron(values, offset, gridSize, size, into)', () => {
  it('takes the grid cell under each thumbnail pixel centre, rows from the top', () => {
    // A 10x10 grid whose cell c holds c, after an offset of 100.
    const values = Float64Array.from({ length: 200 }, (_, k) => k - 100);
    const into = new Float64Array(4);
    sampleNeuron(values, 100, 10, 2, into);
    // Pixel centres at 2.5 and 7.5 cells: cells 2 and 7 of rows 2 and 7.
    expect(Array.from(into)).toEqual([22, 27, 72, 77]);
  });
});

describe('paintThumbnail(pixels, grid, net, layer, index, size, scratch)', () => {
  const gridSize = 4;
  const cells = 16;
  const grid = {
    gridSize,
    cells,
    outputs: [
      new Float64Array(2 * cells),
      // Hidden layer of 2: neuron 1 grows from -8 to 7 over the cells.
      Float64Array.from({ length: 2 * cells }, (_, k) => (k < cells ? 0 : k - cells - 8)),
      // Two classes: class 0 certain everywhere, class 1 never; one NaN cell.
      Float64Array.from({ length: 2 * cells }, (_, k) => (k < cells ? (k === 5 ? NaN : 1) : 0)),
    ],
  };
  const net = { layers: [2, 2, 2], activation: 'relu' as const };

  it("paints a hidden neuron's activation as the boundary paints it when hovered", () => {
    const pixels = new Uint8ClampedArray(cells * 4);
    paintThumbnail(pixels, grid, net, 1, 1, gridSize, new Float64Array(cells));
    const expected = new Uint8ClampedArray(cells * 4);
    paintActivation(expected, grid.outputs[1], cells, cells, 0);
    expect(pixels).toEqual(expected);
  });

  it("paints an output neuron's probability from neutral to its class colour, NaN as neutral", () => {
    const pixels = new Uint8ClampedArray(cells * 4);
    paintThumbnail(pixels, grid, net, 2, 0, gridSize, new Float64Array(cells));
    const full = CLASS_RAMP_TABLES[0].slice(-3);
    expect(Array.from(pixels.slice(0, 3))).toEqual(Array.from(full));
    expect(Array.from(pixels.slice(5 * 4, 5 * 4 + 3))).toEqual(NEUTRAL_RGB.map(Math.round));
    expect(pixels.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
    paintThumbnail(pixels, grid, net, 2, 1, gridSize, new Float64Array(cells));
    expect(Array.from(pixels.slice(0, 3))).toEqual(Array.from(CLASS_RAMP_TABLES[1].slice(0, 3)));
  });
});
