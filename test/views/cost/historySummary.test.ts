import { describe, expect, it } from 'vitest';
import { createCostHistory } from '../../../src/training';
import {
  createHistorySummary,
  summariseHistory,
  type HistorySummary,
} from '../../../src/views/cost/historySummary';

const totals = (s: HistorySummary) => {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let b = 0; b < s.length; b++) {
    count += s.count[b];
    sum += s.sum[b];
    min = Math.min(min, s.min[b]);
    max = Math.max(max, s.max[b]);
  }
  return { count, sum, min, max };
};

describe('summariseHistory(summary, history)', () => {
  it('keeps at most `capacity` blocks however long the history, with the same totals', () => {
    const history = createCostHistory();
    const summary = createHistorySummary(64);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const cost = 1 + Math.sin(i / 100);
      history.push(cost);
      sum += cost;
      if (i % 997 === 0) summariseHistory(summary, history);
    }
    summariseHistory(summary, history);
    expect(summary.length).toBeLessThanOrEqual(64);
    expect(summary.length).toBeGreaterThan(32);
    const t = totals(summary);
    expect(t.count).toBe(100_000);
    expect(t.sum).toBeCloseTo(sum, 6);
    expect(t.min).toBe(Math.min(...history.values.subarray(0, history.length)));
    expect(t.max).toBe(Math.max(...history.values.subarray(0, history.length)));
    // Block b starts at iteration b * stride and covers stride iterations.
    expect(summary.stride * summary.length).toBeGreaterThanOrEqual(100_000);
    expect(summary.stride * (summary.length - 1)).toBeLessThan(100_000);
  });

  it('read bit by bit gives the same blocks as read at once', () => {
    const history = createCostHistory();
    const often = createHistorySummary(16);
    for (let i = 0; i < 500; i++) {
      history.push((i * 7919) % 13);
      summariseHistory(often, history);
    }
    const once = summariseHistory(createHistorySummary(16), history);
    expect(often.length).toBe(once.length);
    expect(often.stride).toBe(once.stride);
    for (const key of ['min', 'max', 'sum', 'count'] as const) {
      expect(Array.from(often[key].subarray(0, often.length))).toEqual(
        Array.from(once[key].subarray(0, once.length)),
      );
    }
  });

  it('starts again when the history is thinned, cleared or truncated', () => {
    const history = createCostHistory(100);
    const summary = createHistorySummary(1000);
    for (let i = 0; i < 100; i++) history.push(i);
    summariseHistory(summary, history);
    expect(totals(summary).count).toBe(100);
    history.push(100); // thins to every other iteration
    summariseHistory(summary, history);
    expect(summary.stride).toBe(2);
    expect(totals(summary).count).toBe(history.length);
    history.truncate(20);
    summariseHistory(summary, history);
    expect(totals(summary).count).toBe(history.length);
    expect(totals(summary).max).toBe(18);
    history.clear();
    summariseHistory(summary, history);
    expect(summary.length).toBe(0);
  });

  it('counts no non-finite cost', () => {
    const history = createCostHistory();
    [0.5, NaN, Infinity, 0.25].forEach((v) => history.push(v));
    const t = totals(summariseHistory(createHistorySummary(2), history));
    expect(t).toEqual({ count: 2, sum: 0.75, min: 0.25, max: 0.5 });
  });
});

describe('summariseHistory of a new run', () => {
  it('forgets the previous history, even when the new one is longer', () => {
    const old = createCostHistory();
    for (let i = 0; i < 5; i++) old.push(100);
    const summary = summariseHistory(createHistorySummary(), old);
    const next = createCostHistory();
    for (let i = 0; i < 50; i++) next.push(1);
    summariseHistory(summary, next);
    let max = -Infinity;
    let count = 0;
    for (let b = 0; b < summary.length; b++) {
      max = Math.max(max, summary.max[b]);
      count += summary.count[b];
    }
    expect(max).toBe(1);
    expect(count).toBe(50);
  });
});
