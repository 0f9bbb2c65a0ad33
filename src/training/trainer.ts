import type { BatchSize, Network, OptimizerSettings, Samples } from '../engine';
import type { CostHistory } from './costHistory';
import {
  createTrainingSession,
  type Architecture,
  type OptimizerFactory,
  type TrainingSession,
} from './trainingSession';

/** What training reads afresh at every step, so a control moved mid-run applies at once. */
export interface RunSettings {
  readonly samples: Samples;
  readonly learningRate: number;
  readonly batchSize: BatchSize;
  /** Training pauses by itself at this iteration; null runs on. */
  readonly stopAfter: number | null;
}

/** Why a run paused by itself. */
export type StopReason = 'stop-after' | 'diverged' | 'no-points';

/** One frame's account of the run, published once a frame. */
export interface TrainerProgress {
  readonly iteration: number;
  /** Mean cross-entropy over every point with the current parameters. */
  readonly cost: number;
  readonly accuracy: number;
  readonly stepsPerSecond: number;
  /** Changes exactly when the weights do: views repaint on it. */
  readonly weightsVersion: number;
  readonly stopped: StopReason | null;
}

/**
 * Sees every state of the run: where the timeline's parameter history plugs in. `started` is
 * called for iteration 0 of each run and `stepped` after every iteration.
 */
export interface RunRecorder {
  started(session: TrainingSession): void;
  stepped(session: TrainingSession): void;
}

export interface TrainerHost {
  readonly settings: () => RunSettings;
  readonly publish: (progress: TrainerProgress) => void;
  readonly recorder?: RunRecorder;
  readonly makeOptimizer?: OptimizerFactory;
}

export interface Trainer {
  readonly session: TrainingSession;
  readonly network: Network;
  readonly history: CostHistory;
  readonly iteration: number;
  readonly weightsVersion: number;
  /**
   * Trains up to `steps` steps and publishes the result once. Stops at `stopAfter` unless
   * `pastStop` (a step asked for by hand), and when training diverges (the session keeps the
   * last finite state). Mutates the run.
   */
  advance(steps: number, stepsPerSecond: number, pastStop?: boolean): void;
  /** A fresh run at iteration 0 with new weights from the architecture's seed. Mutates the trainer. */
  restart(architecture: Architecture): void;
  /** A new optimizer state from its first step, keeping the weights. Mutates the run. */
  setOptimizer(settings: OptimizerSettings): void;
  /** The run's progress over `samples`, without training or publishing. */
  measure(samples: Samples, stepsPerSecond?: number): TrainerProgress;
}

/**
 * Owns the run: creates the session for an architecture, applies the stop-after rule, notices
 * divergence, and publishes a frame's progress through the host. The animation loop calls
 * `advance`; nothing else trains.
 */
export function createTrainer(architecture: Architecture, host: TrainerHost): Trainer {
  const recorder = host.recorder;
  const newSession = (next: Architecture, settings?: OptimizerSettings) =>
    createTrainingSession(next, settings, host.makeOptimizer);
  let session = newSession(architecture);
  let weightsVersion = 0;
  recorder?.started(session);

  const measure = (
    samples: Samples,
    stepsPerSecond = 0,
    stopped: StopReason | null = null,
  ): TrainerProgress => {
    const { loss, accuracy } = session.evaluate(samples);
    return {
      iteration: session.iteration,
      cost: loss,
      accuracy,
      // A run that stops has no rate any more.
      stepsPerSecond: stopped === null ? stepsPerSecond : 0,
      weightsVersion,
      stopped,
    };
  };

  const trainSteps = (settings: RunSettings, steps: number): boolean => {
    if (recorder === undefined) return session.train(settings.samples, settings, steps);
    for (let s = 0; s < steps; s++) {
      if (!session.train(settings.samples, settings, 1)) return false;
      recorder.stepped(session);
    }
    return true;
  };

  return {
    get session() {
      return session;
    },
    get network() {
      return session.network;
    },
    get history() {
      return session.history;
    },
    get iteration() {
      return session.iteration;
    },
    get weightsVersion() {
      return weightsVersion;
    },
    advance(steps, stepsPerSecond, pastStop = false) {
      const settings = host.settings();
      const { samples, stopAfter } = settings;
      if (samples.count === 0) {
        host.publish(measure(samples, 0, 'no-points'));
        return;
      }
      const remaining =
        stopAfter === null || pastStop ? steps : Math.max(0, stopAfter - session.iteration);
      const start = session.iteration;
      const finite = trainSteps(settings, Math.min(steps, remaining));
      // A divergence may also roll weights back without a net step: either way they changed.
      if (session.iteration !== start || !finite) weightsVersion++;
      const stopped: StopReason | null = !finite
        ? 'diverged'
        : stopAfter !== null && !pastStop && session.iteration >= stopAfter
          ? 'stop-after'
          : null;
      host.publish(measure(samples, stepsPerSecond, stopped));
    },
    restart(next) {
      session = newSession(next, session.optimizer.settings);
      weightsVersion++;
      recorder?.started(session);
    },
    setOptimizer(settings) {
      session.setOptimizer(settings);
    },
    measure,
  };
}
