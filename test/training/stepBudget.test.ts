import { describe, expect, it } from 'vitest';
import { createStepBudget } from '../../src/training/stepBudget';

describe('createStepBudget(budgetMs)', () => {
  it('runs a fixed speed as that many steps a frame', () => {
    const budget = createStepBudget(8);
    expect(budget.stepsFor(1)).toBe(1);
    expect(budget.stepsFor(30)).toBe(30);
  });

  it('at max, plans as many steps as fit the budget once it has measured them', () => {
    const budget = createStepBudget(8);
    let steps = budget.stepsFor('max');
    // Each step costs 0.01 ms: the plan grows (at most fourfold a frame) towards 800.
    for (let frame = 0; frame < 20; frame++) {
      budget.record(steps, steps * 0.01);
      steps = budget.stepsFor('max');
    }
    expect(steps).toBe(800);
  });

  it('at max, shrinks the plan when steps get slower', () => {
    const budget = createStepBudget(8);
    budget.record(100, 1);
    budget.record(100, 10); // now 0.1 ms a step on average-ish
    expect(budget.stepsFor('max')).toBeLessThan(400);
    for (let i = 0; i < 30; i++) budget.record(100, 20);
    expect(budget.stepsFor('max')).toBe(40);
  });
});

describe('stepBudget.frameInterval(ms)', () => {
  it('shrinks the budget after late frames and lets it grow back while frames are on time', () => {
    const budget = createStepBudget(8);
    budget.frameInterval(33);
    expect(budget.budgetMs).toBeCloseTo(6.8);
    for (let i = 0; i < 30; i++) budget.frameInterval(33);
    expect(budget.budgetMs).toBe(2);
    for (let i = 0; i < 20; i++) budget.frameInterval(16.7);
    expect(budget.budgetMs).toBeCloseTo(3);
    for (let i = 0; i < 1000; i++) budget.frameInterval(16.7);
    expect(budget.budgetMs).toBe(8);
  });

  it('plans fewer steps at max when the budget shrinks', () => {
    const budget = createStepBudget(8);
    for (let i = 0; i < 10; i++) budget.record(800, 8); // 0.01 ms a step
    expect(budget.stepsFor('max')).toBe(800);
    for (let i = 0; i < 5; i++) budget.frameInterval(40);
    expect(budget.stepsFor('max')).toBe(Math.floor(budget.budgetMs / 0.01));
    expect(budget.stepsFor('max')).toBeLessThan(400);
  });
});
