import type { Network } from '../../engine';
import { colorTablesFor, TABLE_SIZE, type ColorTables } from '../boundary/colorTable';
import { paintActivation } from '../boundary/paintBoundary';

/** Pixels along each side of a neuron's thumbnail. */
export const THUMBNAIL_SIZE = 20;

/** What a thumbnail reads of a computed decision grid. */
export interface ThumbnailGrid {
  readonly gridSize: number;
  readonly cells: number;
  readonly outputs: readonly Float64Array[];
}

const LAST = TABLE_SIZE - 1;

/**
 * One neuron's values over the plane at `size` x `size` points: the grid cell nearest each
 * thumbnail pixel's centre, rows from the top as in the grid. `values[offset + c]` is the value
 * of grid cell c. Mutates `into` (at least size * size long).
 */
export function sampleNeuron(
  values: Float64Array,
  offset: number,
  gridSize: number,
  size: number,
  into: Float64Array,
): void {
  const ratio = gridSize / size;
  for (let row = 0; row < size; row++) {
    const gridRow = Math.min(gridSize - 1, Math.floor((row + 0.5) * ratio));
    for (let col = 0; col < size; col++) {
      const gridCol = Math.min(gridSize - 1, Math.floor((col + 0.5) * ratio));
      into[row * size + col] = values[offset + gridRow * gridSize + gridCol];
    }
  }
}

/**
 * The thumbnail of neuron `index` of `layer` (1..L) from a grid computed for `net`, in the
 * boundary's colours: a hidden neuron's activation on the diverging table around its neutral
 * point, an output neuron's class probability from neutral to its class colour. `scratch` holds
 * the samples (size * size); colours come from `tables`, the theme's. Mutates `pixels` (RGBA,
 * size * size) and `scratch`.
 */
export function paintThumbnail(
  pixels: Uint8ClampedArray,
  grid: ThumbnailGrid,
  net: Pick<Network, 'layers' | 'activation'>,
  layer: number,
  index: number,
  size: number,
  scratch: Float64Array,
  tables: ColorTables = colorTablesFor('light'),
): void {
  const { gridSize, cells, outputs } = grid;
  const count = size * size;
  sampleNeuron(outputs[layer], index * cells, gridSize, size, scratch);
  if (layer < net.layers.length - 1) {
    // A sigmoid neuron sits at 0.5 when its input z is 0: that is its neutral point.
    const centre = net.activation === 'sigmoid' ? 0.5 : 0;
    paintActivation(pixels, scratch, 0, count, centre, tables.activation);
    return;
  }
  const table = tables.classRamps[index % tables.classRamps.length];
  for (let c = 0; c < count; c++) {
    const p = scratch[c];
    const e = (p >= 1 ? LAST : p > 0 ? (p * LAST + 0.5) | 0 : 0) * 3;
    const o = c * 4;
    pixels[o] = table[e];
    pixels[o + 1] = table[e + 1];
    pixels[o + 2] = table[e + 2];
    pixels[o + 3] = 255;
  }
}
