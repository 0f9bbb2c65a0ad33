import type { TrainingLoop } from './trainingLoop';

/**
 * The most script time the timeline's replay takes of one animation frame. A step of the largest
 * net at the app's batch of 100 takes about 4.4 ms, more than this: a frame then runs one step,
 * so a replay that cannot keep within the budget still moves.
 */
export const REPLAY_SLICE_MS = 4;

/** Below this a slice's time is not measured: timers are coarsened to 0.1 ms. */
const SHORTEST_MEASURED_MS = 0.5;

/** How fast the estimate of a step's time follows slices whose steps were quicker. */
const ESTIMATE_WEIGHT = 0.3;

export interface ReplayTarget {
  /** Whether the views are still catching up with the timeline's iteration; read each frame. */
  readonly pending: () => boolean;
  /**
   * Replays at most `maxSteps` steps toward the timeline's iteration and shows where that got;
   * returns the steps taken.
   */
  readonly advance: (maxSteps: number) => number;
}

/** The timeline's catching-up, one slice an animation frame. */
export interface ReplayLoop {
  /** Whether the replay wants frames. */
  readonly active: boolean;
  /** Runs as many steps as fit in REPLAY_SLICE_MS, at least one, while the replay is pending. */
  run(): void;
}

/**
 * Replays in the frames it is given, sizing each slice from the time the replay's steps took so
 * far. Each catching-up starts with one step and learns its own step time (another run may have
 * another network, whose steps take a thousand times longer). A slice too short to time counts
 * as SHORTEST_MEASURED_MS, which overstates a step's time: slices then grow quickly (eightfold a
 * frame) without ever planning more than the budget holds.
 */
export function createReplayLoop(
  target: ReplayTarget,
  now: () => number = () => performance.now(),
): ReplayLoop {
  let msPerStep = 0;
  const stepsForSlice = () =>
    msPerStep > 0 ? Math.max(1, Math.floor(REPLAY_SLICE_MS / msPerStep)) : 1;
  return {
    get active() {
      return target.pending();
    },
    run() {
      if (!target.pending()) return;
      const start = now();
      const steps = target.advance(stepsForSlice());
      const elapsedMs = now() - start;
      if (!target.pending()) {
        msPerStep = 0;
      } else if (steps > 0) {
        const sample = Math.max(elapsedMs, SHORTEST_MEASURED_MS) / steps;
        // Slower steps (a larger batch further on) count at once, and so does the bound an
        // untimed slice gives; quicker timed steps count gradually.
        const atOnce = sample >= msPerStep || elapsedMs < SHORTEST_MEASURED_MS;
        msPerStep = atOnce ? sample : (1 - ESTIMATE_WEIGHT) * msPerStep + ESTIMATE_WEIGHT * sample;
      }
    },
  };
}

/**
 * Training's part of the frame followed by the timeline's replay, as the one training part the
 * frame scheduler runs: both run before the painters, so the views show the frame's last replayed
 * iteration. The live run's steps and budget are untouched by the replay.
 */
export function withReplay(training: TrainingLoop, replay: ReplayLoop): TrainingLoop {
  return {
    get active() {
      return training.active || replay.active;
    },
    run(budgetMs) {
      if (training.active) training.run(budgetMs);
      replay.run();
    },
  };
}
