import { describe, expect, it } from 'vitest';
import { createCostHistory } from '../../../src/training';
import {
  COST_MARGIN,
  COST_PLOT_WIDTH,
  COST_VIEW_HEIGHT,
  COST_VIEW_WIDTH,
} from '../../../src/views/cost/costChartLayout';
import { createCostChart } from '../../../src/views/cost/createCostChart';

function mountSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${COST_VIEW_WIDTH} ${COST_VIEW_HEIGHT}`);
  document.body.append(svg);
  return svg;
}

function historyOf(count: number) {
  const history = createCostHistory();
  for (let i = 0; i < count; i++) history.push(1 / (1 + i / 1000));
  return history;
}

const marker = (svg: SVGSVGElement) => svg.querySelector('[data-testid="cost-viewing-marker"]')!;
const markerX = (svg: SVGSVGElement) =>
  Number(marker(svg).querySelector('line')!.getAttribute('x1'));
const markerLabel = (svg: SVGSVGElement) =>
  svg.querySelector('[data-testid="cost-viewing-label"]')!.textContent;

describe('createCostChart(svg): the viewed iteration', () => {
  it('update({viewing}) marks the viewed iteration where the x axis puts it, and hides while live', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const history = historyOf(200);
    chart.update(history, { logScale: false, iteration: 200, viewing: 50 });
    expect(marker(svg).getAttribute('display')).toBeNull();
    expect(markerX(svg)).toBeCloseTo((50 / 200) * COST_PLOT_WIDTH, 6);
    expect(markerLabel(svg)).toBe('Viewing 50');
    // A dot on the mini-batch cost of iteration 50.
    expect(marker(svg).querySelector('circle')!.getAttribute('display')).toBeNull();

    chart.update(history, { logScale: false, iteration: 200, viewing: null });
    expect(marker(svg).getAttribute('display')).toBe('none');
  });

  it('past 100,000 iterations the marker and the hover agree with the thinned curve', () => {
    const iterations = 150_001;
    const history = historyOf(iterations);
    expect(history.stride).toBe(2);
    const svg = mountSvg();
    const chart = createCostChart(svg);
    // An iteration the history did not keep: marked at its place, without a cost dot.
    chart.update(history, { logScale: false, iteration: iterations, viewing: 100_001 });
    expect(markerX(svg)).toBeCloseTo((100_001 / iterations) * COST_PLOT_WIDTH, 6);
    expect(markerLabel(svg)).toBe('Viewing 100,001');
    expect(marker(svg).querySelector('circle')!.getAttribute('display')).toBe('none');

    // Hover names a kept iteration, and hovering exactly at the marker's place gives it back
    // to within one kept step.
    const hovered = chart.hover(COST_MARGIN.left + markerX(svg));
    expect(hovered).not.toBeNull();
    expect(hovered! % history.stride).toBe(0);
    expect(Math.abs(hovered! - 100_001)).toBeLessThanOrEqual(history.stride);
    const label = svg.querySelector('[data-testid="cost-hover-label"]')!.textContent;
    expect(label).toMatch(new RegExp(`^Iteration ${hovered!.toLocaleString('en-US')},`));
  });

  it('hover(viewX) returns the iteration it labels, and null off the plot', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    chart.update(historyOf(20), { logScale: false, iteration: 20 });
    expect(chart.hover(COST_MARGIN.left + (7.2 / 20) * COST_PLOT_WIDTH)).toBe(7);
    expect(chart.hover(COST_MARGIN.left - 5)).toBeNull();
    expect(chart.hover(null)).toBeNull();
  });
});
