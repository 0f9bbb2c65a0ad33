import { describe, expect, it } from 'vitest';
import { createCostHistory, createEvaluationHistory } from '../../../src/training';
import {
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

const pointsOf = (svg: SVGSVGElement, testId: string) =>
  pathPoints(svg.querySelector(`[data-testid="${testId}"]`)!.getAttribute('d'));
const legend = (svg: SVGSVGElement) =>
  Array.from(svg.querySelectorAll('.cost-legend-row'))
    .filter((row) => row.getAttribute('display') !== 'none')
    .map((row) => row.querySelector('text')!.textContent);
const yTicks = (svg: SVGSVGElement) =>
  Array.from(svg.querySelectorAll('.cost-axis-y .tick text'), (t) => Number(t.textContent));

/** A run of `iterations` steps measured every `every` of them: mini-batch, training and test costs. */
function run(
  iterations: number,
  every: number,
  costs: {
    batch: (i: number) => number;
    training: (i: number) => number;
    test?: (i: number) => number;
  },
) {
  const history = createCostHistory();
  const evaluations = createEvaluationHistory();
  for (let i = 0; i < iterations; i++) {
    if (i % every === 0) evaluations.push(i, costs.training(i), costs.test?.(i) ?? NaN);
    history.push(costs.batch(i));
  }
  evaluations.push(iterations, costs.training(iterations), costs.test?.(iterations) ?? NaN);
  return { history, evaluations };
}

describe('createCostChart(svg).update(history, { evaluations })', () => {
  it('draws the cost over all training points and the test cost as lines, with a legend', () => {
    const svg = mountSvg();
    const { history, evaluations } = run(200, 10, {
      batch: (i) => 1 / (1 + i / 20) + 0.05,
      training: (i) => 1 / (1 + i / 20),
      test: (i) => 1.2 / (1 + i / 30),
    });
    createCostChart(svg).update(history, { logScale: false, iteration: 200, evaluations });
    const training = pointsOf(svg, 'cost-training-line');
    const test = pointsOf(svg, 'cost-test-line');
    expect(training).toHaveLength(evaluations.length);
    expect(test).toHaveLength(evaluations.length);
    // The first measure is at iteration 0, the last at 200, the right edge of the plot.
    expect(training[0][0]).toBe(0);
    expect(training.at(-1)![0]).toBeCloseTo(COST_PLOT_WIDTH, 0);
    // The test cost is the higher line: a smaller y.
    expect(test[5][1]).toBeLessThan(training[5][1]);
    expect(legend(svg)).toEqual(['mini-batch', 'all training points', 'test points']);
  });

  it('draws no test line and names none when no point is held out (NaN)', () => {
    const svg = mountSvg();
    const { history, evaluations } = run(50, 5, { batch: () => 0.5, training: () => 0.4 });
    createCostChart(svg).update(history, { logScale: false, iteration: 50, evaluations });
    expect(pointsOf(svg, 'cost-training-line').length).toBeGreaterThan(0);
    expect(svg.querySelector('[data-testid="cost-test-line"]')!.getAttribute('d')).toBe('');
    expect(legend(svg)).toEqual(['mini-batch', 'all training points']);
  });

  it('thins the lines to at most the plot width in points', () => {
    const svg = mountSvg();
    const { history, evaluations } = run(100_000, 20, {
      batch: (i) => 1 / (1 + i / 1000),
      training: (i) => 1 / (1 + i / 1000),
      test: (i) => 1.1 / (1 + i / 1000),
    });
    expect(evaluations.length).toBeGreaterThan(COST_PLOT_WIDTH);
    createCostChart(svg).update(history, { logScale: false, iteration: 100_000, evaluations });
    for (const id of ['cost-training-line', 'cost-test-line']) {
      const points = pointsOf(svg, id);
      expect(points.length).toBeLessThanOrEqual(COST_PLOT_WIDTH);
      expect(points.length).toBeGreaterThan(COST_PLOT_WIDTH / 2);
    }
  });

  it('fits the y domain to every line, on a linear and on a log scale', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const { history, evaluations } = run(100, 10, {
      batch: () => 0.2,
      training: () => 0.002,
      test: (i) => 3 + i / 100,
    });
    for (const logScale of [false, true]) {
      chart.update(history, { logScale, iteration: 100, evaluations });
      const ticks = yTicks(svg);
      expect(Math.max(...ticks)).toBeGreaterThanOrEqual(3);
      if (logScale) expect(Math.min(...ticks)).toBeLessThanOrEqual(0.002);
      expect(svg.innerHTML).not.toContain('NaN');
      for (const id of ['cost-line', 'cost-training-line', 'cost-test-line']) {
        const points = pointsOf(svg, id);
        expect(points.length).toBeGreaterThan(0);
        for (const [, y] of points) {
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(COST_PLOT_HEIGHT);
        }
      }
    }
  });

  it('survives costs of 0 and non-finite costs on a log scale', () => {
    const svg = mountSvg();
    const { history, evaluations } = run(50, 5, {
      batch: () => 0.3,
      training: (i) => [0, Infinity, 0.1][i % 3],
      test: (i) => [NaN, 1e-20, 0.2][i % 3],
    });
    createCostChart(svg).update(history, { logScale: true, iteration: 50, evaluations });
    expect(svg.innerHTML).not.toContain('NaN');
    expect(pointsOf(svg, 'cost-training-line').length).toBeGreaterThan(0);
  });

  it('clears the lines and the legend for an empty run', () => {
    const svg = mountSvg();
    const chart = createCostChart(svg);
    const { history, evaluations } = run(30, 3, {
      batch: () => 0.5,
      training: () => 0.4,
      test: () => 0.6,
    });
    chart.update(history, { logScale: false, iteration: 30, evaluations });
    evaluations.clear();
    chart.update(createCostHistory(), { logScale: false, iteration: 0, evaluations });
    expect(pointsOf(svg, 'cost-training-line')).toEqual([]);
    expect(pointsOf(svg, 'cost-test-line')).toEqual([]);
    expect(legend(svg)).toEqual([]);
  });
});
