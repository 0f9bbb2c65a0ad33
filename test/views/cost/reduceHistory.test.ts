import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine';
import { createCostHistory, type CostHistory } from '../../../src/training';
import { createHistorySummary, summariseHistory } from '../../../src/views/cost/historySummary';
import { createHistoryBuckets, reduceHistory } from '../../../src/views/cost/reduceHistory';

/** A history of `count` noisy, decaying costs, as training pushes them. */
function historyOf(count: number, limit?: number): CostHistory {
  const rng = createRng(7);
  const history = createCostHistory(limit);
  for (let i = 0; i < count; i++) history.push(0.7 * Math.exp(-i / 3000) + 0.2 * rng.next());
  return history;
}

/** The history in a summary of one kept value a block (exact), or of at most `capacity` blocks. */
const summaryOf = (history: CostHistory, capacity = 200_000) =>
  summariseHistory(createHistorySummary(capacity), history);

/** The plain computation: for each column, the kept values whose iteration lies inside it. */
function plainBuckets(history: CostHistory, xMax: number, columns: number) {
  return Array.from({ length: columns }, (_, c) => {
    const inColumn: number[] = [];
    for (let i = 0; i < history.length; i++) {
      const scaled = history.iterationAt(i) * columns;
      const last = c === columns - 1;
      if (scaled >= c * xMax && (last || scaled < (c + 1) * xMax)) {
        inColumn.push(history.values[i]);
      }
    }
    const sum = inColumn.reduce((a, b) => a + b, 0);
    return {
      count: inColumn.length,
      min: Math.min(...inColumn),
      max: Math.max(...inColumn),
      mean: sum / inColumn.length,
    };
  });
}

describe('reduceHistory(summaryOf(history), xMax, columns, out)', () => {
  const columns = 300;

  it.each([10, 1_000, 100_000])(
    'keeps the bucket count within the width for %i values, and every value in a bucket',
    (count) => {
      const history = historyOf(count);
      const out = reduceHistory(
        summaryOf(history, 2048),
        count,
        columns,
        createHistoryBuckets(columns),
      );
      expect(out.columns).toBe(columns);
      expect(out.filled).toBeLessThanOrEqual(columns);
      expect(out.filled).toBe(Math.min(count, columns));
      let total = 0;
      for (let c = 0; c < out.columns; c++) total += out.count[c];
      expect(total).toBe(count);
    },
  );

  it('gives each bucket the min, max and mean that a plain computation gives', () => {
    const history = historyOf(1_000);
    const xMax = 1_000;
    const out = reduceHistory(summaryOf(history), xMax, columns, createHistoryBuckets(columns));
    const expected = plainBuckets(history, xMax, columns);
    for (let c = 0; c < columns; c++) {
      expect(out.count[c]).toBe(expected[c].count);
      expect(out.min[c]).toBe(expected[c].min);
      expect(out.max[c]).toBe(expected[c].max);
      expect(out.mean[c]).toBeCloseTo(expected[c].mean, 12);
    }
    expect(out.low).toBe(Math.min(...history.values.subarray(0, history.length)));
    expect(out.high).toBe(Math.max(...history.values.subarray(0, history.length)));
  });

  it('places thinned values at their iteration (stride > 1)', () => {
    const history = historyOf(5_000, 1_000);
    expect(history.stride).toBeGreaterThan(1);
    const xMax = 5_000;
    const out = reduceHistory(summaryOf(history), xMax, 120, createHistoryBuckets(200));
    const expected = plainBuckets(history, xMax, 120);
    expect(out.columns).toBe(120);
    for (let c = 0; c < 120; c++) {
      expect(out.count[c]).toBe(expected[c].count);
      if (expected[c].count > 0) {
        expect(out.min[c]).toBe(expected[c].min);
        expect(out.max[c]).toBe(expected[c].max);
        expect(out.mean[c]).toBeCloseTo(expected[c].mean, 12);
      }
    }
  });

  it('never uses more columns than the buckets were allocated for', () => {
    const out = reduceHistory(summaryOf(historyOf(1_000)), 1_000, 5_000, createHistoryBuckets(64));
    expect(out.columns).toBe(64);
    expect(out.filled).toBe(64);
  });

  it('skips non-finite values', () => {
    const history = createCostHistory();
    [0.5, NaN, Infinity, 0.25, -Infinity, 1].forEach((v) => history.push(v));
    const out = reduceHistory(summaryOf(history), 6, 6, createHistoryBuckets(6));
    expect(Array.from(out.count)).toEqual([1, 0, 0, 1, 0, 1]);
    expect([out.low, out.high]).toEqual([0.25, 1]);
    expect(Array.from(out.mean).every(Number.isFinite)).toBe(true);
  });

  it('empties the buckets when reused for an empty history', () => {
    const out = createHistoryBuckets(100);
    reduceHistory(summaryOf(historyOf(500)), 500, 100, out);
    reduceHistory(summaryOf(createCostHistory()), 10, 100, out);
    expect(out.filled).toBe(0);
    expect(out.count.every((n) => n === 0)).toBe(true);
    expect([out.low, out.high]).toEqual([Infinity, -Infinity]);
  });
});
