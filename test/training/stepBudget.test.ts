import { describe, expect, it } from 'vitest';
import { createStepBudget } from '../../src/training/stepBudget';

describe('createStepBudget()', () => {
  it('runs a fixed speed as that many steps a frame, whatever the budget', () => {
    const budget = createStepBudget();
    expect(budget.stepsFor(1, 8)).toBe(1);
    expect(budget.stepsFor(30, 2)).toBe(30);
  });

  it('at max, plans as many steps as fit the budget once it has measured them', () => {
    const budget = createStepBudget();
    let steps = budget.stepsFor('max', 8);
    // Each step costs 0.01 ms: the plan grows (at most fourfold a frame) towards 800.
    for (let frame = 0; frame < 20; frame++) {
      budget.record(steps, steps * 0.01);
      steps = budget.stepsFor('max', 8);
    }
    expect(steps).toBe(800);
  });

  it('at max, shrinks the plan when steps get slower', () => {
    const budget = createStepBudget();
    budget.record(100, 1);
    budget.record(100, 10);
    expect(budget.stepsFor('max', 8)).toBeLessThan(400);
    for (let i = 0; i < 30; i++) budget.record(100, 20);
    expect(budget.stepsFor('max', 8)).toBe(40);
  });

  it('at max, plans fewer steps for a smaller budget', () => {
    const budget = createStepBudget();
    for (let i = 0; i < 10; i++) budget.record(800, 8); // 0.01 ms a step
    expect(budget.stepsFor('max', 8)).toBe(800);
    expect(budget.stepsFor('max', 3)).toBe(300);
  });

  it('at max, recovers from a slow first frame when later frames are too quick to time', () => {
    const budget = createStepBudget();
    // The first step runs on cold code: 13 ms.
    budget.record(budget.stepsFor('max', 8), 13);
    const planned: number[] = [];
    for (let frame = 0; frame < 12; frame++) {
      const steps = budget.stepsFor('max', 8);
      planned.push(steps);
      // 0.01 ms a step: under the timers' resolution until a few hundred steps a frame.
      budget.record(steps, Math.floor((steps * 0.01) / 0.1) * 0.1);
    }
    expect(planned[0]).toBe(1);
    expect(planned.at(-1)).toBeGreaterThanOrEqual(400);
    expect(planned.at(-1)).toBeLessThanOrEqual(800);
  });
});
