import { describe, expect, it } from 'vitest';
import { createTrainingLoop } from '../../src/training/trainingLoop';
import type { Speed } from '../../src/training/stepBudget';

describe('createTrainingLoop(target, now)', () => {
  it('reads the state at every frame: steps only while running, at the current speed', () => {
    const state: { running: boolean; speed: Speed } = { running: false, speed: 3 };
    const calls: number[] = [];
    const loop = createTrainingLoop(
      { getState: () => state, advance: (steps) => (calls.push(steps), 0) },
      () => 0,
    );
    expect(loop.active).toBe(false);
    loop.run(8);
    expect(calls).toEqual([]);
    state.running = true;
    expect(loop.active).toBe(true);
    loop.run(8);
    state.speed = 10;
    loop.run(8);
    expect(calls).toEqual([3, 10]);
  });

  it('reports steps per second measured over a window of frames', () => {
    let time = 0;
    const rates: number[] = [];
    const loop = createTrainingLoop(
      {
        getState: () => ({ running: true, speed: 5 }),
        advance: (_steps, stepsPerSecond) => (rates.push(stepsPerSecond), 0),
      },
      () => time,
    );
    for (let i = 0; i < 70; i++) {
      loop.run(8);
      time += 1000 / 60;
    }
    // 5 steps a frame at 60 frames a second.
    expect(rates.at(-1)).toBeGreaterThan(280);
    expect(rates.at(-1)).toBeLessThan(320);
  });

  it('at max, fits the steps to the budget it is given', () => {
    let time = 0;
    const calls: number[] = [];
    const loop = createTrainingLoop(
      {
        getState: () => ({ running: true, speed: 'max' }),
        advance: (steps) => {
          calls.push(steps);
          time += steps * 0.01;
          return steps * 0.01;
        },
      },
      () => time,
    );
    for (let i = 0; i < 20; i++) loop.run(8);
    expect(calls.at(-1)).toBe(800);
    loop.run(2);
    expect(calls.at(-1)).toBe(200);
  });

  it('at max, sizes the steps by what the steps took, not what measuring and publishing did', () => {
    let time = 0;
    const calls: number[] = [];
    const loop = createTrainingLoop(
      {
        getState: () => ({ running: true, speed: 'max' }),
        advance: (steps) => {
          calls.push(steps);
          // 0.01 ms a step, and 6 ms a frame to evaluate every point and publish.
          time += steps * 0.01 + 6;
          return steps * 0.01;
        },
      },
      () => time,
    );
    for (let i = 0; i < 20; i++) loop.run(8);
    expect(calls.at(-1)).toBe(800);
  });
});
