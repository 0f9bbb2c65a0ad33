import { describe, expect, it } from 'vitest';
import { createTrainingLoop, type LoopHost } from '../../src/training/trainingLoop';
import type { Speed } from '../../src/training/stepBudget';

function fakeHost() {
  let time = 0;
  let pending: (() => void) | null = null;
  const host: LoopHost = {
    requestFrame: (callback) => {
      pending = callback;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
    now: () => time,
  };
  const frame = (ms: number) => {
    time += ms;
    const callback = pending;
    pending = null;
    callback?.();
  };
  return { host, frame, advanceTime: (ms: number) => (time += ms), isScheduled: () => pending };
}

describe('createTrainingLoop(target, host)', () => {
  it('reads the state at every tick: steps only while running, at the current speed', () => {
    const { host, frame } = fakeHost();
    const state: { running: boolean; speed: Speed } = { running: false, speed: 3 };
    const calls: number[] = [];
    createTrainingLoop({ getState: () => state, advance: (steps) => calls.push(steps) }, host);
    frame(16);
    expect(calls).toEqual([]);
    state.running = true;
    frame(16);
    state.speed = 10;
    frame(16);
    expect(calls).toEqual([3, 10]);
  });

  it('reports steps per second measured over a window of frames', () => {
    const { host, frame } = fakeHost();
    const rates: number[] = [];
    createTrainingLoop(
      {
        getState: () => ({ running: true, speed: 5 }),
        advance: (_steps, stepsPerSecond) => rates.push(stepsPerSecond),
      },
      host,
    );
    for (let i = 0; i < 70; i++) frame(1000 / 60);
    // 5 steps a frame at 60 frames a second.
    expect(rates.at(-1)).toBeGreaterThan(280);
    expect(rates.at(-1)).toBeLessThan(320);
  });

  it('destroy() cancels the next frame', () => {
    const { host, isScheduled } = fakeHost();
    const loop = createTrainingLoop(
      { getState: () => ({ running: true, speed: 1 }), advance: () => {} },
      host,
    );
    expect(isScheduled()).not.toBeNull();
    loop.destroy();
    expect(isScheduled()).toBeNull();
  });
});
