import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackSvgTextScale } from '../../src/views/svgTextScale';

afterEach(() => vi.unstubAllGlobals());

describe('trackSvgTextScale(svg)', () => {
  it('sets --svg-px to the viewBox units a screen pixel spans, and again when resized', () => {
    let onResize: () => void = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          onResize = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 400 400');
    let width = 200;
    svg.getBoundingClientRect = () => ({ width }) as DOMRect;
    // jsdom has no SVG geometry: give the svg the viewBox it would report.
    Object.defineProperty(svg, 'viewBox', { value: { baseVal: { width: 400 } } });
    const stop = trackSvgTextScale(svg);
    expect(svg.style.getPropertyValue('--svg-px')).toBe('2.0000px');
    width = 800;
    onResize();
    expect(svg.style.getPropertyValue('--svg-px')).toBe('0.5000px');
    stop();
  });

  it('leaves the property unset while the svg has no size', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    trackSvgTextScale(svg)();
    expect(svg.style.getPropertyValue('--svg-px')).toBe('');
  });
});
