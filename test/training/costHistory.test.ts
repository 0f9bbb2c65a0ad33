import { describe, expect, it } from 'vitest';
import { createCostHistory } from '../../src/training/costHistory';

describe('createCostHistory(limit)', () => {
  it('keeps the cost of every iteration until the limit', () => {
    const history = createCostHistory(10);
    for (let i = 0; i < 10; i++) history.push(100 - i);
    expect(history.length).toBe(10);
    expect(history.stride).toBe(1);
    expect(Array.from(history.values.subarray(0, 10))).toEqual([
      100, 99, 98, 97, 96, 95, 94, 93, 92, 91,
    ]);
  });

  it('thins to every other iteration past the limit, so memory stays bounded', () => {
    const history = createCostHistory(8);
    for (let i = 0; i < 1000; i++) history.push(i);
    expect(history.length).toBeLessThanOrEqual(8);
    expect(history.length).toBeGreaterThanOrEqual(4);
    // Every kept value is the cost of the iteration it says it is.
    for (let k = 0; k < history.length; k++) {
      expect(history.values[k]).toBe(history.iterationAt(k));
    }
    // And the kept iterations reach close to the last one.
    expect(history.iterationAt(history.length - 1)).toBeGreaterThan(1000 - 2 * history.stride);
  });

  it('clear() starts again from iteration 0 at full resolution', () => {
    const history = createCostHistory(4);
    for (let i = 0; i < 20; i++) history.push(i);
    history.clear();
    history.push(7);
    expect(history.length).toBe(1);
    expect(history.stride).toBe(1);
    expect(history.values[0]).toBe(7);
  });
});

describe('costHistory.truncate(iterations)', () => {
  it('forgets the later iterations, also after thinning', () => {
    const history = createCostHistory(8);
    for (let i = 0; i < 100; i++) history.push(i);
    history.truncate(40);
    for (let i = 40; i < 60; i++) history.push(i);
    for (let k = 0; k < history.length; k++) expect(history.values[k]).toBe(history.iterationAt(k));
    expect(history.iterationAt(history.length - 1)).toBeLessThan(60);
    expect(history.iterationAt(history.length - 1)).toBeGreaterThanOrEqual(60 - history.stride);
  });
});
