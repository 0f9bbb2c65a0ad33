import {
  createPainterBudget,
  createTrainingBudget,
  FRAME_MS,
  type PainterBudget,
  type PainterBudgetOptions,
} from './frameBudget';

export interface FrameHost {
  readonly requestFrame: (callback: (nowMs: number) => void) => number;
  readonly cancelFrame: (handle: number) => void;
  readonly now: () => number;
}

/** Training's part of a frame; the training loop is one. */
export interface FrameTraining {
  readonly active: boolean;
  run(budgetMs: number): void;
}

/** A painter's place in the frame. */
export interface Painting {
  /** Its data changed: it paints in this frame if training is running it, else in the next. */
  invalidate(): void;
  unregister(): void;
}

export interface FrameScheduler {
  /** The training that runs first in every frame while it is active. */
  setTraining(training: FrameTraining | null): void;
  /** Adds a painter, painted after training in every frame in which it was invalidated. */
  register(paint: () => void, options?: PainterBudgetOptions): Painting;
  /** Asks for frames again, e.g. when training starts. */
  wake(): void;
  destroy(): void;
}

interface Painter {
  readonly paint: () => void;
  readonly budget: PainterBudget;
  dirty: boolean;
}

const browserHost: FrameHost = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

/**
 * Owns the animation frame: one callback a frame runs training within its budget, then every
 * painter whose data changed, at most once each, so a view shows the weights of the very frame
 * that trained them. Frames are requested only while there is something to do.
 */
export function createFrameScheduler(host: FrameHost = browserHost): FrameScheduler {
  const painters = new Set<Painter>();
  const trainingBudget = createTrainingBudget();
  let training: FrameTraining | null = null;
  let handle: number | null = null;
  let lastFrameMs: number | null = null;
  let inFrame = false;

  const request = () => {
    if (handle === null) handle = host.requestFrame(frame);
  };

  const frame = (nowMs: number) => {
    handle = null;
    const intervalMs = lastFrameMs === null ? FRAME_MS : nowMs - lastFrameMs;
    lastFrameMs = nowMs;
    const trainingActive = training?.active ?? false;
    if (trainingActive) trainingBudget.frameStarted(intervalMs);
    inFrame = true;
    try {
      if (trainingActive) training?.run(trainingBudget.budgetMs);
      for (const painter of painters) {
        painter.budget.frameStarted(intervalMs);
        if (!painter.dirty || !painter.budget.isDue) continue;
        painter.dirty = false;
        const start = host.now();
        painter.paint();
        painter.budget.painted(host.now() - start);
      }
    } finally {
      inFrame = false;
    }
    let wanted = training?.active ?? false;
    for (const painter of painters) wanted ||= painter.dirty || painter.budget.isTiming;
    if (wanted) request();
    // After an idle spell the next frame is not late: it starts a new sequence.
    else lastFrameMs = null;
  };

  return {
    setTraining(next) {
      training = next;
      if (next?.active) request();
    },
    register(paint, options) {
      const painter: Painter = { paint, budget: createPainterBudget(options), dirty: true };
      painters.add(painter);
      request();
      return {
        invalidate() {
          painter.dirty = true;
          if (!inFrame) request();
        },
        unregister() {
          painters.delete(painter);
        },
      };
    },
    wake: request,
    destroy() {
      if (handle !== null) host.cancelFrame(handle);
      handle = null;
      painters.clear();
      training = null;
    },
  };
}
