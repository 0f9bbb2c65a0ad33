/** Steps per animation frame: a fixed count, or `max` to fill a time budget each frame. */
export type Speed = number | 'max';

export const SPEEDS: readonly Speed[] = [1, 3, 10, 30, 100, 'max'];

/** About half of a 60 Hz frame, leaving the rest for painting and the browser. */
export const FRAME_BUDGET_MS = 8;
/** The budget never shrinks below this, so training always moves. */
export const MIN_BUDGET_MS = 2;
/** A frame that starts this long after the previous one missed the 60 Hz deadline. */
export const LATE_FRAME_MS = 20;

export interface StepBudget {
  /** The time `max` may spend training this frame. */
  readonly budgetMs: number;
  /** How many steps to run this frame. */
  stepsFor(speed: Speed): number;
  /** Reports how long `steps` steps took, to size the next frame's batch. Mutates the budget. */
  record(steps: number, elapsedMs: number): void;
  /**
   * Reports the time between the starts of two consecutive training frames. A late frame means
   * painting and the browser needed more of the frame than was left to them: the budget shrinks
   * by 15%, then grows back by 0.05 ms a frame while frames are on time. Mutates the budget.
   */
  frameInterval(intervalMs: number): void;
}

/**
 * For `max`, estimates the time of one step from the frames so far (an exponential moving average)
 * and plans as many steps as fit in the budget, growing at most fourfold a frame so a slow first
 * estimate cannot overshoot the budget badly.
 */
export function createStepBudget(maxBudgetMs = FRAME_BUDGET_MS): StepBudget {
  let budgetMs = maxBudgetMs;
  let msPerStep = 0;
  let lastSteps = 1;
  return {
    get budgetMs() {
      return budgetMs;
    },
    stepsFor(speed) {
      if (speed !== 'max') return speed;
      if (msPerStep <= 0) return lastSteps;
      const planned = Math.floor(budgetMs / msPerStep);
      return Math.max(1, Math.min(planned, lastSteps * 4));
    },
    record(steps, elapsedMs) {
      if (steps <= 0) return;
      lastSteps = steps;
      // Timers have 0.1 ms resolution: ignore frames too short to measure.
      if (elapsedMs < 0.5) {
        lastSteps = steps * 2;
        return;
      }
      const sample = elapsedMs / steps;
      msPerStep = msPerStep === 0 ? sample : 0.7 * msPerStep + 0.3 * sample;
    },
    frameInterval(intervalMs) {
      budgetMs =
        intervalMs > LATE_FRAME_MS
          ? Math.max(MIN_BUDGET_MS, budgetMs * 0.85)
          : Math.min(maxBudgetMs, budgetMs + 0.05);
    },
  };
}
