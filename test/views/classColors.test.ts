import { describe, expect, it } from 'vitest';
import { colorTablesFor } from '../../src/views/boundary/colorTable';
import {
  CLASS_COLORS,
  COLOR_SCHEMES,
  NEGATIVE_WEIGHT_COLOR,
  POSITIVE_WEIGHT_COLOR,
  SCHEME_COLORS,
} from '../../src/views/classColors';
import { contrastRatio } from './contrastRatio';

describe('contrastRatio(a, b)', () => {
  it('gives the WCAG figures for black on white and for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // A known pair: #767676 on white is the lightest grey that passes AA text.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('CLASS_COLORS', () => {
  it('has eight distinct colours, the Okabe-Ito blue and vermillion first', () => {
    expect(CLASS_COLORS).toHaveLength(8);
    expect(new Set(CLASS_COLORS.map((c) => c.toLowerCase())).size).toBe(8);
    expect(CLASS_COLORS.slice(0, 2)).toEqual(['#0072b2', '#d55e00']);
  });
});

describe.each(COLOR_SCHEMES)('the %s theme', (scheme) => {
  const { pointOutline, surface } = SCHEME_COLORS[scheme];
  const tables = colorTablesFor(scheme);

  it('outlines points at 3:1 or more against the neutral and every certain class colour', () => {
    for (const color of [tables.neutralColor, ...tables.heatmapColors]) {
      expect(contrastRatio(pointOutline, color), color).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws positive and negative weights at 3:1 or more against the view', () => {
    expect(contrastRatio(POSITIVE_WEIGHT_COLOR, surface)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(NEGATIVE_WEIGHT_COLOR, surface)).toBeGreaterThanOrEqual(3);
  });

  it('keeps every certain class colour apart from the neutral, so a decided region shows', () => {
    for (const color of tables.heatmapColors) {
      expect(contrastRatio(color, tables.neutralColor), color).toBeGreaterThan(1.3);
    }
  });
});
