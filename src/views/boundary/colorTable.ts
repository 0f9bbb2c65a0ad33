import { interpolateRgb, piecewise, rgb } from 'd3';
import { CLASS_COLORS, NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';

/** Entries in each colour table: enough that neighbouring shades are indistinguishable. */
export const TABLE_SIZE = 256;

/** The colour of an undecided cell (p = 0.5, or zero activation): a near-white grey. */
export const NEUTRAL_COLOR = '#f5f5f5';

/**
 * `size` colours sampled from `interpolate` at t = i / (size - 1), as [r, g, b] bytes one after
 * another, so a painter looks a colour up by index and never parses a colour per pixel.
 */
export function createColorTable(
  interpolate: (t: number) => string,
  size = TABLE_SIZE,
): Uint8ClampedArray {
  const table = new Uint8ClampedArray(size * 3);
  for (let i = 0; i < size; i++) {
    const { r, g, b } = rgb(interpolate(i / (size - 1)));
    table[i * 3] = r;
    table[i * 3 + 1] = g;
    table[i * 3 + 2] = b;
  }
  return table;
}

/**
 * How far a certain cell goes from neutral towards its colour. Short of the full colour, so that
 * training points, filled with the full class colour, stand out on the region of their own class.
 */
export const HEATMAP_SATURATION = 0.7;

const towards = (color: string) => interpolateRgb(NEUTRAL_COLOR, color)(HEATMAP_SATURATION);
const bytesOf = (color: string) => {
  const { r, g, b } = rgb(color);
  return [r, g, b] as const;
};

/** The heatmap's colour for each class where the network is certain of it. */
export const HEATMAP_COLORS: readonly string[] = CLASS_COLORS.map(towards);
export const HEATMAP_RGB: readonly (readonly [number, number, number])[] =
  HEATMAP_COLORS.map(bytesOf);
export const NEUTRAL_RGB = bytesOf(NEUTRAL_COLOR);

/** Probability of class 1, as the post's coolwarm: class 0 blue, near-white at 0.5, class 1 red. */
export const PROBABILITY_TABLE = createColorTable(
  piecewise(interpolateRgb, [HEATMAP_COLORS[0], NEUTRAL_COLOR, HEATMAP_COLORS[1]]),
);

/** A hidden neuron's activation, negative to positive around the table's middle. */
export const ACTIVATION_TABLE = createColorTable(
  piecewise(interpolateRgb, [
    towards(NEGATIVE_WEIGHT_COLOR),
    NEUTRAL_COLOR,
    towards(POSITIVE_WEIGHT_COLOR),
  ]),
);

/** One table a class, from neutral (probability 0) to the class's heatmap colour (probability 1). */
export const CLASS_RAMP_TABLES: readonly Uint8ClampedArray[] = HEATMAP_COLORS.map((color) =>
  createColorTable(interpolateRgb(NEUTRAL_COLOR, color)),
);

/**
 * The discretized heatmap's colours: class k's heatmap colour at bytes 3k..3k+2, the same fixed
 * strength for every cell, whatever the network's certainty.
 */
export const CLASS_TABLE: Uint8ClampedArray = Uint8ClampedArray.from(HEATMAP_RGB.flat());
