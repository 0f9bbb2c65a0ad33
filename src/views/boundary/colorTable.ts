import { interpolateRgb, piecewise, rgb } from 'd3';
import {
  CLASS_COLORS,
  NEGATIVE_WEIGHT_COLOR,
  POSITIVE_WEIGHT_COLOR,
  SCHEME_COLORS,
  type ColorScheme,
} from '../classColors';

/** Entries in each colour table: enough that neighbouring shades are indistinguishable. */
export const TABLE_SIZE = 256;

type Rgb = readonly [number, number, number];

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

const bytesOf = (color: string): Rgb => {
  const { r, g, b } = rgb(color);
  return [r, g, b];
};

/** Every table the heatmaps paint from, for one theme. */
export interface ColorTables {
  readonly neutralColor: string;
  readonly neutralRgb: Rgb;
  /** The heatmap's colour for each class where the network is certain of it. */
  readonly heatmapColors: readonly string[];
  readonly heatmapRgb: readonly Rgb[];
  /** Probability of class 1, as the post's coolwarm: class 0, neutral at 0.5, class 1. */
  readonly probability: Uint8ClampedArray;
  /** A hidden neuron's activation, negative to positive around the table's middle. */
  readonly activation: Uint8ClampedArray;
  /** One table a class, from neutral (probability 0) to its heatmap colour (probability 1). */
  readonly classRamps: readonly Uint8ClampedArray[];
  /** The discretized heatmap: class k's heatmap colour at bytes 3k..3k+2. */
  readonly classes: Uint8ClampedArray;
}

function buildColorTables(scheme: ColorScheme): ColorTables {
  const { neutral, saturation } = SCHEME_COLORS[scheme];
  const towards = (color: string) => interpolateRgb(neutral, color)(saturation);
  const heatmapColors = CLASS_COLORS.map(towards);
  const heatmapRgb = heatmapColors.map(bytesOf);
  return {
    neutralColor: neutral,
    neutralRgb: bytesOf(neutral),
    heatmapColors,
    heatmapRgb,
    probability: createColorTable(
      piecewise(interpolateRgb, [heatmapColors[0], neutral, heatmapColors[1]]),
    ),
    activation: createColorTable(
      piecewise(interpolateRgb, [
        towards(NEGATIVE_WEIGHT_COLOR),
        neutral,
        towards(POSITIVE_WEIGHT_COLOR),
      ]),
    ),
    classRamps: heatmapColors.map((color) => createColorTable(interpolateRgb(neutral, color))),
    classes: Uint8ClampedArray.from(heatmapRgb.flat()),
  };
}

const built = new Map<ColorScheme, ColorTables>();

/** The tables of a theme, built the first time it is asked for and kept: never per paint. */
export function colorTablesFor(scheme: ColorScheme): ColorTables {
  let tables = built.get(scheme);
  if (tables === undefined) {
    tables = buildColorTables(scheme);
    built.set(scheme, tables);
  }
  return tables;
}

// The light theme's tables under their own names, for painters and tests that need no theme.
const light = colorTablesFor('light');
export const NEUTRAL_COLOR = light.neutralColor;
export const HEATMAP_SATURATION = SCHEME_COLORS.light.saturation;
export const HEATMAP_COLORS = light.heatmapColors;
export const HEATMAP_RGB = light.heatmapRgb;
export const NEUTRAL_RGB = light.neutralRgb;
export const PROBABILITY_TABLE = light.probability;
export const ACTIVATION_TABLE = light.activation;
export const CLASS_RAMP_TABLES = light.classRamps;
export const CLASS_TABLE = light.classes;
