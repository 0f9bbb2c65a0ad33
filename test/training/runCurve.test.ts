import { describe, expect, it } from 'vitest';
import { compactRunCurve, createCostHistory, runCostAt } from '../../src/training';

function historyOf(costs: number[]) {
  const history = createCostHistory();
  for (const cost of costs) history.push(cost);
  return history;
}

describe('compactRunCurve(history, iterations, maxPoints)', () => {
  it('keeps a short run point for point', () => {
    const curve = compactRunCurve(historyOf([3, 2, 1]), 3);
    expect(Array.from(curve.costs)).toEqual([3, 2, 1]);
    expect(curve).toMatchObject({ stride: 1, iterations: 3, low: 1, high: 3 });
  });

  it('condenses a long run to at most maxPoints means of consecutive costs', () => {
    const costs = Array.from({ length: 10_000 }, (_, i) => i);
    const curve = compactRunCurve(historyOf(costs), 10_000, 1000);
    expect(curve.costs.length).toBe(1000);
    expect(curve.stride).toBe(10);
    expect(curve.costs[0]).toBeCloseTo(4.5);
    expect(curve.costs[999]).toBeCloseTo(9994.5);
  });

  it('counts the history stride once the history has thinned itself', () => {
    const history = createCostHistory(8);
    for (let i = 0; i < 20; i++) history.push(i);
    const curve = compactRunCurve(history, 20, 1000);
    expect(curve.stride).toBe(history.stride);
    expect(runCostAt(curve, 8)).toBe(history.values[8 / history.stride]);
  });

  it('leaves out costs that are not finite and marks a span with none as NaN', () => {
    const curve = compactRunCurve(historyOf([1, NaN, Infinity, Infinity]), 4, 2);
    expect(curve.costs[0]).toBe(1);
    expect(curve.costs[1]).toBeNaN();
    expect(curve).toMatchObject({ low: 1, high: 1 });
  });
});

describe('runCostAt(curve, iteration)', () => {
  it('reads the span holding the iteration, clamped to the run', () => {
    const curve = compactRunCurve(historyOf([5, 4, 3, 2]), 4, 2);
    expect(runCostAt(curve, 0)).toBe(4.5);
    expect(runCostAt(curve, 3)).toBe(2.5);
    expect(runCostAt(curve, 99)).toBe(2.5);
    expect(runCostAt(curve, NaN)).toBeNaN();
  });
});
