import { createStepBudget, type Speed } from './stepBudget';

export interface LoopHost {
  readonly requestFrame: (callback: () => void) => number;
  readonly cancelFrame: (handle: number) => void;
  readonly now: () => number;
}

export interface LoopTarget {
  /** Read at every tick, so a speed changed mid-run applies on the next frame. */
  readonly getState: () => { readonly running: boolean; readonly speed: Speed };
  /** Runs `steps` steps and publishes the frame's progress. */
  readonly advance: (steps: number, stepsPerSecond: number) => void;
}

export interface TrainingLoop {
  destroy(): void;
}

/** Steps per second are counted over windows this long. */
const RATE_WINDOW_MS = 500;

const browserHost: LoopHost = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

/**
 * Trains in animation frames: each tick reads the target's state, runs as many steps as the speed
 * asks for (or as fit the frame budget at `max`), and lets the target publish once. Steps per
 * second are measured over the last half second of frames.
 */
export function createTrainingLoop(target: LoopTarget, host: LoopHost = browserHost): TrainingLoop {
  const budget = createStepBudget();
  let handle = 0;
  let windowStart = host.now();
  let windowSteps = 0;
  let stepsPerSecond = 0;
  let lastStart = -1;

  const tick = () => {
    handle = host.requestFrame(tick);
    const { running, speed } = target.getState();
    const start = host.now();
    if (!running) {
      windowStart = start;
      windowSteps = 0;
      stepsPerSecond = 0;
      lastStart = -1;
      return;
    }
    if (lastStart >= 0) budget.frameInterval(start - lastStart);
    lastStart = start;
    const steps = budget.stepsFor(speed);
    target.advance(steps, stepsPerSecond);
    const end = host.now();
    budget.record(steps, end - start);
    windowSteps += steps;
    if (end - windowStart >= RATE_WINDOW_MS) {
      stepsPerSecond = (windowSteps * 1000) / (end - windowStart);
      windowStart = end;
      windowSteps = 0;
    }
  };
  handle = host.requestFrame(tick);
  return { destroy: () => host.cancelFrame(handle) };
}
