import { createStepBudget, type Speed } from './stepBudget';

export interface LoopTarget {
  /** Read at every frame, so a speed changed mid-run applies on the next frame. */
  readonly getState: () => { readonly running: boolean; readonly speed: Speed };
  /**
   * Runs `steps` steps and publishes the frame's progress; returns the milliseconds the steps
   * alone took, which size the next frame's steps (what a frame costs beyond them does not grow
   * with the steps).
   */
  readonly advance: (steps: number, stepsPerSecond: number) => number;
}

/** Training's part of an animation frame, run by the frame scheduler. */
export interface TrainingLoop {
  /** Whether training wants frames. */
  readonly active: boolean;
  /** Runs as many steps as the speed asks for, or as fit in `budgetMs` at `max`. */
  run(budgetMs: number): void;
}

/** Steps per second are counted over windows this long. */
const RATE_WINDOW_MS = 500;

/**
 * Trains in the frames the scheduler gives it: each frame reads the target's state, runs its steps
 * and lets the target publish once. Steps per second are measured over the last half second.
 */
export function createTrainingLoop(
  target: LoopTarget,
  now: () => number = () => performance.now(),
): TrainingLoop {
  const budget = createStepBudget();
  let windowStart = -1;
  let windowSteps = 0;
  let stepsPerSecond = 0;
  return {
    get active() {
      return target.getState().running;
    },
    run(budgetMs) {
      const { running, speed } = target.getState();
      if (!running) {
        windowStart = -1;
        stepsPerSecond = 0;
        return;
      }
      const start = now();
      if (windowStart < 0) {
        windowStart = start;
        windowSteps = 0;
      }
      const steps = budget.stepsFor(speed, budgetMs);
      const stepsMs = target.advance(steps, stepsPerSecond);
      const end = now();
      budget.record(steps, stepsMs);
      windowSteps += steps;
      if (end - windowStart >= RATE_WINDOW_MS) {
        stepsPerSecond = (windowSteps * 1000) / (end - windowStart);
        windowStart = end;
        windowSteps = 0;
      }
    },
  };
}
