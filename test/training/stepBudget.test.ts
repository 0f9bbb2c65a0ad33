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
