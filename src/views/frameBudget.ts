/**
 * How one animation frame is shared between training and painting. Every pacing decision of the
 * app is made from these constants, here and nowhere else.
 */

/** A display frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/** A frame that starts this long after the previous one missed its vsync. */
export const LATE_FRAME_MS = 1.2 * FRAME_MS;
/** The most training may take of a frame (at the `max` speed): about half of it. */
export const TRAINING_BUDGET_MS = 8;
/** Training's budget never shrinks below this, so training always moves. */
export const MIN_TRAINING_BUDGET_MS = 2;
/** After a late frame, training's budget shrinks to this fraction... */
export const TRAINING_BACK_OFF = 0.85;
/** ...and grows back by this much each frame that is on time. */
export const TRAINING_RECOVERY_MS = 0.05;
/** The share of the time a painter may take on average; cheap painters never reach it. */
export const PAINTER_SHARE = 0.25;
/**
 * The browser lays out and rasters a large SVG after the frame's script has run: a painter that
 * says so is charged for late frames up to this many frames after it painted.
 */
export const FRAMES_TO_BLAME = 3;
/**
 * The most debt a painter can run up. On a loaded machine every frame is late whatever paints;
 * without a floor the blame would pile up and a slow painter would wait seconds between repaints.
 */
export const MAX_PAINTER_DEBT_MS = 2 * FRAME_MS;

/** Training's share of the frame: shrinks after late frames, grows back while frames are on time. */
export interface TrainingBudget {
  readonly budgetMs: number;
  /** Records the time between the starts of two consecutive frames. Mutates the budget. */
  frameStarted(intervalMs: number): void;
}

export function createTrainingBudget(): TrainingBudget {
  let budgetMs = TRAINING_BUDGET_MS;
  return {
    get budgetMs() {
      return budgetMs;
    },
    frameStarted(intervalMs) {
      budgetMs =
        intervalMs > LATE_FRAME_MS
          ? Math.max(MIN_TRAINING_BUDGET_MS, budgetMs * TRAINING_BACK_OFF)
          : Math.min(TRAINING_BUDGET_MS, budgetMs + TRAINING_RECOVERY_MS);
    },
  };
}

export interface PainterBudgetOptions {
  /** The share of the time the painter may take; PAINTER_SHARE by default. */
  readonly share?: number;
  /** Whether the browser does much of the painter's work after the script (large SVGs). */
  readonly rastersLater?: boolean;
}

/**
 * A painter's credit: it earns `share` of the time that passes (at most one frame's worth saved
 * up, so idle time buys no burst of slow repaints), pays the time its repaints take and, if it
 * rasters later, the overrun of late frames just after them. It may paint while not in debt, so a
 * cheap painter paints every frame and a slow one every few.
 */
export interface PainterBudget {
  readonly isDue: boolean;
  /** Whether frames are still needed to charge the last repaint's late frames. */
  readonly isTiming: boolean;
  /** Records the time between the starts of two consecutive frames. Mutates the budget. */
  frameStarted(intervalMs: number): void;
  /** Records a repaint that took `elapsedMs` of script time. Mutates the budget. */
  painted(elapsedMs: number): void;
}

export function createPainterBudget(options: PainterBudgetOptions = {}): PainterBudget {
  const share = options.share ?? PAINTER_SHARE;
  const rastersLater = options.rastersLater ?? false;
  let credit = 0;
  let framesSincePaint = Infinity;
  return {
    get isDue() {
      return credit >= 0;
    },
    get isTiming() {
      return rastersLater && framesSincePaint < FRAMES_TO_BLAME;
    },
    frameStarted(intervalMs) {
      credit = Math.min(FRAME_MS * share, credit + intervalMs * share);
      framesSincePaint++;
      if (rastersLater && framesSincePaint <= FRAMES_TO_BLAME && intervalMs > LATE_FRAME_MS) {
        credit = Math.max(-MAX_PAINTER_DEBT_MS, credit - (intervalMs - FRAME_MS));
      }
    },
    painted(elapsedMs) {
      credit = Math.max(-MAX_PAINTER_DEBT_MS, credit - elapsedMs);
      framesSincePaint = 0;
    },
  };
}
