import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEME_COLORS } from '../../src/views/classColors';
import { contrastRatio } from '../views/contrastRatio';

const css = readFileSync(resolve(__dirname, '../../src/app/theme.css'), 'utf8');

/** The custom properties a rule whose selector is exactly `selector` sets, by name. */
function propertiesOf(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `no "${selector}" rule in theme.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]),
  );
}

const themes = {
  light: propertiesOf(':root'),
  dark: propertiesOf(":root[data-theme='dark']"),
};

describe.each(Object.entries(themes))('theme.css, %s theme', (scheme, vars) => {
  const v = (name: string) => {
    const value = vars.get(name);
    expect(value, `--${name}`).toBeDefined();
    return value!;
  };

  it('sets every property the other theme sets', () => {
    const other = scheme === 'light' ? themes.dark : themes.light;
    expect([...vars.keys()].sort()).toEqual([...other.keys()].sort());
  });

  it('gives text 4.5:1 or more on the page and on every surface', () => {
    for (const text of [
      'text',
      'text-strong',
      'text-muted',
      'text-faint',
      'danger',
      'viewing-text',
    ]) {
      for (const ground of ['page', 'surface', 'surface-sunken', 'notice-bg']) {
        expect(contrastRatio(v(text), v(ground)), `${text} on ${ground}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
    expect(contrastRatio(v('on-accent'), v('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(v('text'), v('surface-pressed'))).toBeGreaterThanOrEqual(4.5);
  });

  it('gives focus rings, control borders and chart lines 3:1 or more on the surface', () => {
    for (const part of ['focus', 'control-border', 'accent', 'cost-test', 'viewing', 'highlight']) {
      expect(contrastRatio(v(part), v('surface')), part).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(v(part), v('page')), `${part} on page`).toBeGreaterThanOrEqual(3);
    }
  });

  it("outlines points as the painters' colour tables expect", () => {
    expect(v('point-outline')).toBe(SCHEME_COLORS[scheme as 'light' | 'dark'].pointOutline);
    expect(v('surface')).toBe(SCHEME_COLORS[scheme as 'light' | 'dark'].surface);
  });
});
