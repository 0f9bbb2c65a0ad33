import { describe, expect, it } from 'vitest';
import { createCostHistory } from '../../../src/training';
import {
  COST_MARGIN,
  COST_PLOT_HEIGHT,
  COST_PLOT_WIDTH,
  COST_VIEW_HEIGHT,
  COST_VIEW_WIDTH,
} from '../../../src/views/cost/costChartLayout';
import { createCostChart } from '../../../src/views/cost/createCostChart';
import { pathPoints } from './pathPoints';

function mountSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${COST_VIEW_WIDTH} ${COST_VIEW_HEIGHT}`);
  document.body.append(svg);
  return svg;
}

const line = (svg: SVGSVGElement) => svg.querySelector('[data-testid="cost-line"]')!;
const yTicks = (svg: SVGSVGElement) =>
  Array.from(svg.querySelectorAll('.cost-axis-y .tick text'), (t) => t.textContent);

function historyOf(costs: (i: number) => number, count: number) {
  const history = createCostHistory();
  for (let i = 0; i < count; i++) history.push(costs(i));
  return history;
}

describe('createCostChart(svg)', () => {
  it('draws both axes with their labels', () => {
    const svg = mountSvg();
    createCostChart(svg).update(createCostHistory(), { logScale: false, iteration: 0 });
    expect(svg.querySelectorAll('.cost-axis-x .tick').length).toBeGreaterThan(1);
    expect(svg.querySelectorAll('.cost-axis-y .tick').length).toBeGreaterThan(1);
    const labels = Array.from(svg.querySelectorAll('.cost-axis-label'), (t) => t.textContent);
    expect(labels).toEqual(['Iteration', 'Cost (mean cross-entropy)']);
  });

  it('update(history) draws a line with no more points than the plot is wide for 1,000,000 iterations', () => {
    const iterations = 1_000_000;
    const history = historyOf((i) => 1 / (1 + i / 1000) + 0.05 * Math.sin(i), iterations);
    expect(history.stride).toBeGreaterThan(1);
    const svg = mountSvg();
    createCostChart(svg).update(history, { logScale: false, iteration: iterations });
    const points = pathPoints(line(svg).getAttribute('d'));
    expect(points.length).toBeLessThanOrEqual(COST_PLOT_WIDTH);
    expect(points.length).toBeGreaterThan(COST_PLOT_WIDTH / 2);
    const xs = points.map(([x]) => x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(COST_PLOT_WIDTH);
    // The band around the line goes out along the maxima and back along the minima.
    const band = pathPoints(svg.querySelector('.cost-band')!.getAttribute('d'));
    expect(band.length).toBe(2 * points.length);
  });

  it('update(history) reuses the line element and places the first cost at iteration 0', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const before = line(svg);
    chart.update(
      historyOf(() => 0.5, 3),
      { logScale: false, iteration: 3 },
    );
    expect(line(svg)).toBe(before);
    const points = pathPoints(line(svg).getAttribute('d'));
    expect(points).toHaveLength(3);
    // The x domain is at least 10 iterations: three steps fill under a third of the width.
    expect(points[2][0]).toBeLessThan(COST_PLOT_WIDTH / 3);
    expect(points[0][0]).toBeLessThan(2);
  });

  it('update(history, {logScale}) switches the y axis between linear and log', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const history = historyOf((i) => 0.7 / (1 + i), 200);
    chart.update(history, { logScale: false, iteration: 200 });
    const linearTicks = yTicks(svg);
    const linearLine = line(svg).getAttribute('d');
    chart.update(history, { logScale: true, iteration: 200 });
    expect(yTicks(svg)).not.toEqual(linearTicks);
    expect(line(svg).getAttribute('d')).not.toBe(linearLine);
    chart.update(history, { logScale: false, iteration: 200 });
    expect(yTicks(svg)).toEqual(linearTicks);
  });

  it('never writes NaN, even for costs of 0 and non-finite costs on a log scale', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const history = historyOf((i) => [0, NaN, 0.3, Infinity, 1e-20][i % 5], 50);
    for (const logScale of [false, true]) {
      chart.update(history, { logScale, iteration: 50 });
      chart.hover(COST_MARGIN.left + COST_PLOT_WIDTH / 20);
      expect(svg.innerHTML).not.toContain('NaN');
      const points = pathPoints(line(svg).getAttribute('d'));
      expect(points.length).toBeGreaterThan(0);
      for (const [, y] of points) expect(y).toBeGreaterThanOrEqual(0);
      for (const [, y] of points) expect(y).toBeLessThanOrEqual(COST_PLOT_HEIGHT);
    }
  });

  it('hover(viewX) labels the nearest kept iteration with its cost', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const history = historyOf((i) => 1 / (i + 2), 20);
    chart.update(history, { logScale: false, iteration: 20 });
    const label = svg.querySelector('[data-testid="cost-hover-label"]')!;
    const group = svg.querySelector('.cost-hover')!;
    const expected = `Iteration 7, cost ${Number(history.values[7].toPrecision(4))}`;
    // Either side of iteration 7 of a [0, 20] domain, nearer 7 than 6 or 8.
    chart.hover(COST_MARGIN.left + (6.7 / 20) * COST_PLOT_WIDTH);
    expect(group.getAttribute('display')).toBeNull();
    expect(label.textContent).toBe(expected);
    chart.hover(COST_MARGIN.left + (7.3 / 20) * COST_PLOT_WIDTH);
    expect(label.textContent).toBe(expected);
    const guide = svg.querySelector('.cost-hover-line')!;
    expect(Number(guide.getAttribute('x1'))).toBeCloseTo((7 / 20) * COST_PLOT_WIDTH, 6);
    chart.hover(null);
    expect(group.getAttribute('display')).toBe('none');
  });

  it('hover(viewX) past the last kept value labels the last one', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    chart.update(
      historyOf((i) => 0.6 - i / 100, 4),
      { logScale: false, iteration: 4 },
    );
    chart.hover(COST_MARGIN.left + COST_PLOT_WIDTH - 1);
    expect(svg.querySelector('[data-testid="cost-hover-label"]')!.textContent).toBe(
      'Iteration 3, cost 0.57',
    );
  });

  it('update(empty history) clears the line, the band and the hover', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    chart.update(
      historyOf(() => 0.4, 30),
      { logScale: false, iteration: 30 },
    );
    chart.hover(COST_MARGIN.left + 10);
    chart.update(createCostHistory(), { logScale: false, iteration: 0 });
    expect(line(svg).getAttribute('d')).toBe('');
    expect(svg.querySelector('.cost-band')!.getAttribute('d')).toBe('');
    expect(svg.querySelector('.cost-hover')!.getAttribute('display')).toBe('none');
  });

  it('destroy() removes what the chart drew', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    chart.update(
      historyOf(() => 0.4, 30),
      { logScale: false, iteration: 30 },
    );
    chart.destroy();
    expect(svg.childElementCount).toBe(0);
  });
});
