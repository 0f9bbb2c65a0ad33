/** Steps per animation frame: a fixed count, or `max` to fill the frame's training budget. */
export type Speed = number | 'max';

export const SPEEDS: readonly Speed[] = [1, 3, 10, 30, 100, 'max'];

export interface StepBudget {
  /** How many steps to run this frame, given the time training may take (`max` only). */
  stepsFor(speed: Speed, budgetMs: number): number;
  /** Reports how long `steps` steps took, to size the next frame's batch. Mutates the budget. */
  record(steps: number, elapsedMs: number): void;
}

/** Below this, a frame's steps are too quick for the page's timers to measure. */
const MEASURABLE_MS = 0.5;

/**
 * For `max`, estimates the time of one step from the frames so far (an exponential moving average)
 * and plans as many steps as fit in the budget, growing at most fourfold a frame so a slow first
 * estimate cannot overshoot the budget badly.
 */
export function createStepBudget(): StepBudget {
  let msPerStep = 0;
  let lastSteps = 1;
  return {
    stepsFor(speed, budgetMs) {
      if (speed !== 'max') return speed;
      if (msPerStep <= 0) return lastSteps;
      const planned = Math.floor(budgetMs / msPerStep);
      return Math.max(1, Math.min(planned, lastSteps * 4));
    },
    record(steps, elapsedMs) {
      if (steps <= 0) return;
      lastSteps = steps;
      // Timers have 0.1 ms resolution: a frame too short to measure only bounds the time of a
      // step, which must still bring down an estimate inflated by a slow first (cold) frame.
      if (elapsedMs < MEASURABLE_MS) {
        if (msPerStep > 0) msPerStep = Math.min(msPerStep, MEASURABLE_MS / steps);
        lastSteps = steps * 2;
        return;
      }
      const sample = elapsedMs / steps;
      msPerStep = msPerStep === 0 ? sample : 0.7 * msPerStep + 0.3 * sample;
    },
  };
}
