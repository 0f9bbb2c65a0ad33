import { describe, expect, it } from 'vitest';
import { createReplayLoop, REPLAY_SLICE_MS, withReplay } from '../../src/training/replayLoop';
import type { TrainingLoop } from '../../src/training/trainingLoop';

/** A replay of `length` steps, each taking `msPerStep` on a fake clock. */
function fakeReplay(length: number, msPerStep: number) {
  const clock = { ms: 0 };
  const slices: number[] = [];
  let done = 0;
  const target = {
    pending: () => done < length,
    advance: (maxSteps: number) => {
      const steps = Math.min(maxSteps, length - done);
      done += steps;
      clock.ms += steps * msPerStep;
      slices.push(steps);
      return steps;
    },
    restart(more: number) {
      length = done + more;
    },
  };
  return { clock, slices, target, done: () => done };
}

describe('createReplayLoop(target, now)', () => {
  it('splits a long replay into slices that each keep within REPLAY_SLICE_MS', () => {
    const { clock, slices, target, done } = fakeReplay(5_000, 0.07);
    const loop = createReplayLoop(target, () => clock.ms);
    let frames = 0;
    while (loop.active) {
      loop.run();
      frames++;
    }
    expect(done()).toBe(5_000);
    expect(slices[0]).toBe(1);
    for (const steps of slices) expect(steps * 0.07).toBeLessThanOrEqual(REPLAY_SLICE_MS);
    // Once the step time is known, a slice nearly fills the budget: 4 ms / 0.07 ms = 57 steps.
    expect(Math.max(...slices)).toBe(57);
    expect(frames).toBeLessThan(5_000 / 50);
  });

  it('runs one step a frame when a step alone takes longer than the budget', () => {
    const { clock, slices, target } = fakeReplay(20, 6);
    const loop = createReplayLoop(target, () => clock.ms);
    while (loop.active) loop.run();
    expect(slices).toEqual(Array.from({ length: 20 }, () => 1));
  });

  it('grows slices too quick to time without ever planning past the budget', () => {
    const { clock, slices, target } = fakeReplay(100_000, 0.001);
    const loop = createReplayLoop(target, () => clock.ms);
    for (let frame = 0; frame < 12; frame++) loop.run();
    // Counted as 0.5 ms until timed: 1, then 8, 64 and 512 steps a slice, then what fits.
    expect(slices.slice(0, 4)).toEqual([1, 8, 64, 512]);
    expect(slices[4]).toBeGreaterThan(512);
    for (const steps of slices) expect(steps * 0.001).toBeLessThanOrEqual(REPLAY_SLICE_MS);
    expect(slices.at(-1)).toBeGreaterThan(2_500);
  });

  it('learns each catching-up afresh, and does nothing once caught up', () => {
    const fast = fakeReplay(1_000, 0.01);
    const loop = createReplayLoop(fast.target, () => fast.clock.ms);
    while (loop.active) loop.run();
    fast.slices.length = 0;
    fast.target.restart(10);
    loop.run();
    expect(fast.slices).toEqual([1]);
    while (loop.active) loop.run();
    const count = fast.slices.length;
    loop.run();
    expect(fast.slices.length).toBe(count);
  });
});

describe('withReplay(training, replay)', () => {
  it('is active while either is, and runs training only while it is active', () => {
    const calls: string[] = [];
    const training = { active: false, run: (budgetMs: number) => calls.push(`train ${budgetMs}`) };
    let pending = true;
    const replay = {
      get active() {
        return pending;
      },
      run: () => calls.push('replay'),
    };
    const both = withReplay(training as TrainingLoop, replay);
    expect(both.active).toBe(true);
    both.run(8);
    training.active = true;
    both.run(7);
    pending = false;
    training.active = false;
    expect(both.active).toBe(false);
    expect(calls).toEqual(['replay', 'train 7', 'replay']);
  });
});
