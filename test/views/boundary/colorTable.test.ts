import { interpolateRgb, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  CLASS_COLORS,
  NEGATIVE_WEIGHT_COLOR,
  POSITIVE_WEIGHT_COLOR,
} from '../../../src/views/classColors';
import {
  ACTIVATION_TABLE,
  CLASS_RAMP_TABLES,
  createColorTable,
  HEATMAP_RGB,
  HEATMAP_SATURATION,
  NEUTRAL_COLOR,
  NEUTRAL_RGB,
  PROBABILITY_TABLE,
  TABLE_SIZE,
} from '../../../src/views/boundary/colorTable';

const entry = (table: Uint8ClampedArray, i: number) => [...table.subarray(i * 3, i * 3 + 3)];
const bytes = (color: string) => {
  const { r, g, b } = rgb(color);
  return [r, g, b];
};

describe('createColorTable(interpolate, size)', () => {
  it('samples the interpolator evenly from t = 0 to t = 1, as rgb bytes', () => {
    const interpolate = interpolateRgb('#102030', '#f0e0d0');
    const table = createColorTable(interpolate, 5);
    expect(table).toHaveLength(15);
    for (let i = 0; i < 5; i++) {
      const { r, g, b } = rgb(interpolate(i / 4));
      expect(entry(table, i)).toEqual([r, g, b]);
    }
  });
});

/** `color` moved from neutral towards `target` by the heatmap saturation, channel by channel. */
const tinted = (target: readonly number[]) =>
  NEUTRAL_RGB.map((n, ch) => n + (target[ch] - n) * HEATMAP_SATURATION);
const expectClose = (actual: readonly number[], expected: readonly number[]) =>
  actual.forEach((v, ch) => expect(Math.abs(v - expected[ch])).toBeLessThanOrEqual(1));

describe('HEATMAP_RGB', () => {
  it('tints each class colour from neutral, short of the full colour', () => {
    expect(HEATMAP_SATURATION).toBeGreaterThan(0.5);
    expect(HEATMAP_SATURATION).toBeLessThan(1);
    expect(HEATMAP_RGB).toHaveLength(CLASS_COLORS.length);
    HEATMAP_RGB.forEach((color, k) => expectClose(color, tinted(bytes(CLASS_COLORS[k]))));
  });
});

describe('PROBABILITY_TABLE', () => {
  it('runs from the class 0 tint through the neutral colour to the class 1 tint', () => {
    expect(entry(PROBABILITY_TABLE, 0)).toEqual([...HEATMAP_RGB[0]]);
    expect(entry(PROBABILITY_TABLE, TABLE_SIZE - 1)).toEqual([...HEATMAP_RGB[1]]);
    const middle = entry(PROBABILITY_TABLE, TABLE_SIZE / 2);
    bytes(NEUTRAL_COLOR).forEach((v, c) => expect(Math.abs(middle[c] - v)).toBeLessThan(4));
  });
});

describe('ACTIVATION_TABLE', () => {
  it('runs from the negative weight colour to the positive weight colour, tinted', () => {
    expectClose(entry(ACTIVATION_TABLE, 0), tinted(bytes(NEGATIVE_WEIGHT_COLOR)));
    expectClose(entry(ACTIVATION_TABLE, TABLE_SIZE - 1), tinted(bytes(POSITIVE_WEIGHT_COLOR)));
  });
});

describe('CLASS_RAMP_TABLES', () => {
  it('has one ramp a class, from the neutral colour to the class tint', () => {
    expect(CLASS_RAMP_TABLES).toHaveLength(CLASS_COLORS.length);
    CLASS_RAMP_TABLES.forEach((table, k) => {
      expect(entry(table, 0)).toEqual(bytes(NEUTRAL_COLOR));
      expect(entry(table, TABLE_SIZE - 1)).toEqual([...HEATMAP_RGB[k]]);
    });
  });
});
