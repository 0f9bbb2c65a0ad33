import type { Network, NeuronRef } from '../../engine';
import {
  ACTIVATION_TABLE,
  CLASS_RAMP_TABLES,
  CLASS_TABLE,
  colorTablesFor,
  PROBABILITY_TABLE,
  TABLE_SIZE,
  type ColorTables,
} from './colorTable';

/** What `paintBoundary` reads of a decision grid: the activations of every layer over its cells. */
export interface GridOutputs {
  readonly cells: number;
  readonly outputs: readonly Float64Array[];
}

const LAST = TABLE_SIZE - 1;

/** Writes table entry `entry` (0..TABLE_SIZE-1, clamped) into pixel `c`, opaque. Mutates `pixels`. */
function put(pixels: Uint8ClampedArray, c: number, table: Uint8ClampedArray, entry: number): void {
  const e = (entry < 0 ? 0 : entry > LAST ? LAST : entry) * 3;
  const o = c * 4;
  pixels[o] = table[e];
  pixels[o + 1] = table[e + 1];
  pixels[o + 2] = table[e + 2];
  pixels[o + 3] = 255;
}

/**
 * Two classes: each cell's probability of class 1 through the coolwarm table. Mutates `pixels`
 * (RGBA, ImageData order, one pixel a cell).
 */
export function paintTwoClasses(
  pixels: Uint8ClampedArray,
  probabilities: Float64Array,
  cells: number,
  table = PROBABILITY_TABLE,
): void {
  for (let c = 0; c < cells; c++) {
    put(pixels, c, table, (probabilities[cells + c] * LAST + 0.5) | 0);
  }
}

/**
 * K classes: the classes' heatmap colours weighted by their probabilities, faded towards the neutral colour
 * as the most likely class gets less certain (uniform probabilities paint neutral). Mutates
 * `pixels`.
 */
export function paintClassBlend(
  pixels: Uint8ClampedArray,
  probabilities: Float64Array,
  classCount: number,
  cells: number,
  tables: ColorTables = colorTablesFor('light'),
): void {
  const { heatmapRgb } = tables;
  const [neutralR, neutralG, neutralB] = tables.neutralRgb;
  const uniform = 1 / classCount;
  for (let c = 0; c < cells; c++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let top = 0;
    for (let k = 0; k < classCount; k++) {
      const p = probabilities[k * cells + c];
      const color = heatmapRgb[k];
      r += p * color[0];
      g += p * color[1];
      b += p * color[2];
      if (p > top) top = p;
    }
    const certainty = (top - uniform) / (1 - uniform);
    const o = c * 4;
    pixels[o] = neutralR + (r - neutralR) * certainty;
    pixels[o + 1] = neutralG + (g - neutralG) * certainty;
    pixels[o + 2] = neutralB + (b - neutralB) * certainty;
    pixels[o + 3] = 255;
  }
}

/**
 * K classes, discretized: each cell in the colour of its most probable class (the first of equals),
 * at one fixed strength, so the heatmap takes only `classCount` colours. Mutates `pixels`.
 */
export function paintArgmax(
  pixels: Uint8ClampedArray,
  probabilities: Float64Array,
  classCount: number,
  cells: number,
  table = CLASS_TABLE,
): void {
  for (let c = 0; c < cells; c++) {
    let best = 0;
    let top = probabilities[c];
    for (let k = 1; k < classCount; k++) {
      const p = probabilities[k * cells + c];
      if (p > top) {
        top = p;
        best = k;
      }
    }
    put(pixels, c, table, best);
  }
}

/**
 * One neuron's activation, `values[offset + c]` for cell c, on the diverging activation table:
 * `centre` neutral, the largest distance from it over the grid at either end. Mutates `pixels`.
 */
export function paintActivation(
  pixels: Uint8ClampedArray,
  values: Float64Array,
  offset: number,
  cells: number,
  centre: number,
  table = ACTIVATION_TABLE,
): void {
  let extent = 0;
  for (let c = 0; c < cells; c++) {
    const d = Math.abs(values[offset + c] - centre);
    if (d > extent) extent = d;
  }
  const scale = extent > 0 ? LAST / (2 * extent) : 0;
  for (let c = 0; c < cells; c++) {
    put(pixels, c, table, (LAST / 2 + (values[offset + c] - centre) * scale + 0.5) | 0);
  }
}

/** One output neuron: the probability of its class, from neutral (0) to the class colour (1). */
export function paintClassProbability(
  pixels: Uint8ClampedArray,
  probabilities: Float64Array,
  label: number,
  cells: number,
  ramps = CLASS_RAMP_TABLES,
): void {
  const table = ramps[label];
  const offset = label * cells;
  for (let c = 0; c < cells; c++) {
    put(pixels, c, table, (probabilities[offset + c] * LAST + 0.5) | 0);
  }
}

/**
 * The boundary view's heatmap for a computed grid of `net`: the class probabilities (only the most
 * probable class of each cell when `discretize`), or the chosen neuron's activation when `neuron`
 * names one of the network's neurons; an input neuron shows its feature's value over the plane.
 * Colours come from `tables`, the theme's. Mutates `pixels`.
 */
export function paintBoundary(
  pixels: Uint8ClampedArray,
  grid: GridOutputs,
  net: Pick<Network, 'layers' | 'activation'>,
  neuron: NeuronRef | null,
  discretize = false,
  tables: ColorTables = colorTablesFor('light'),
): void {
  const { cells, outputs } = grid;
  const last = net.layers.length - 1;
  const classCount = net.layers[last];
  const shown =
    neuron !== null &&
    neuron.layer >= 0 &&
    neuron.layer <= last &&
    neuron.index >= 0 &&
    neuron.index < net.layers[neuron.layer];
  if (shown && neuron.layer === last) {
    paintClassProbability(pixels, outputs[last], neuron.index, cells, tables.classRamps);
  } else if (shown) {
    // A sigmoid neuron sits at 0.5 when its input z is 0: that is its neutral point.
    const centre = neuron.layer > 0 && net.activation === 'sigmoid' ? 0.5 : 0;
    paintActivation(
      pixels,
      outputs[neuron.layer],
      neuron.index * cells,
      cells,
      centre,
      tables.activation,
    );
  } else if (discretize) {
    paintArgmax(pixels, outputs[last], classCount, cells, tables.classes);
  } else if (classCount === 2) {
    paintTwoClasses(pixels, outputs[last], cells, tables.probability);
  } else {
    paintClassBlend(pixels, outputs[last], classCount, cells, tables);
  }
}
