import { describe, expect, it } from 'vitest';
import {
  colorTablesFor,
  PROBABILITY_TABLE,
  TABLE_SIZE,
} from '../../../src/views/boundary/colorTable';
import { paintBoundary } from '../../../src/views/boundary/paintBoundary';
import { SCHEME_COLORS } from '../../../src/views/classColors';

const entry = (table: Uint8ClampedArray, i: number) => [...table.subarray(i * 3, i * 3 + 3)];

describe('colorTablesFor(scheme)', () => {
  it('builds a theme once and hands the same tables back after', () => {
    expect(colorTablesFor('dark')).toBe(colorTablesFor('dark'));
    expect(colorTablesFor('light').probability).toBe(PROBABILITY_TABLE);
  });

  it("centres the dark theme's tables on its dark neutral", () => {
    const dark = colorTablesFor('dark');
    expect(dark.neutralColor).toBe(SCHEME_COLORS.dark.neutral);
    const middle = entry(dark.probability, TABLE_SIZE / 2);
    middle.forEach((v, ch) => expect(Math.abs(v - dark.neutralRgb[ch])).toBeLessThan(4));
    expect(Math.max(...dark.neutralRgb)).toBeLessThan(80);
    expect(Math.min(...colorTablesFor('light').neutralRgb)).toBeGreaterThan(200);
  });

  it("gives paintBoundary the theme: an undecided cell is painted in that theme's neutral", () => {
    const net = { layers: [2, 2], activation: 'relu' as const };
    const grid = { cells: 1, outputs: [new Float64Array(2), Float64Array.from([0.5, 0.5])] };
    for (const scheme of ['light', 'dark'] as const) {
      const pixels = new Uint8ClampedArray(4);
      const tables = colorTablesFor(scheme);
      paintBoundary(pixels, grid, net, null, false, tables);
      [...pixels.slice(0, 3)].forEach((v, ch) =>
        expect(Math.abs(v - tables.neutralRgb[ch])).toBeLessThan(4),
      );
    }
  });
});
