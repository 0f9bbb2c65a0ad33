import type { BatchSize, Network, OptimizerSettings, Samples } from '../engine';
import type { CostHistory } from './costHistory';
import { createEvaluationHistory, type EvaluationHistory } from './evaluationHistory';
import {
  createTrainingSession,
  type Architecture,
  type OptimizerFactory,
  type TrainingSession,
} from './trainingSession';

/** What training reads afresh at every step, so a control moved mid-run applies at once. */
export interface RunSettings {
  readonly samples: Samples;
  /** Held-out points, measured but never trained on. */
  readonly testSamples?: Samples;
  readonly learningRate: number;
  /** Rates of L1 and L2 regularisation of the weights; 0 when absent. */
  readonly l1?: number;
  readonly l2?: number;
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
  /** The same over the held-out points; null when there are none. */
  readonly testCost: number | null;
  readonly testAccuracy: number | null;
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
  readonly evaluations: EvaluationHistory;
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
  /**
   * A fresh run for a changed architecture that keeps every layer whose shape is unchanged (a
   * changed layer is drawn from the seed). Mutates the trainer.
   */
  reshape(architecture: Architecture): void;
  /** A new optimizer state from its first step, keeping the weights. Mutates the run. */
  setOptimizer(settings: OptimizerSettings): void;
  /** The run's progress over the settings' points, without training or publishing. */
  measure(settings: Pick<RunSettings, 'samples' | 'testSamples'>): TrainerProgress;
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
  const evaluations = createEvaluationHistory();
  recorder?.started(session);

  const measure = (
    { samples, testSamples }: Pick<RunSettings, 'samples' | 'testSamples'>,
    stepsPerSecond = 0,
    stopped: StopReason | null = null,
  ): TrainerProgress => {
    const { loss, accuracy } = session.evaluate(samples);
    const test = testSamples && testSamples.count > 0 ? session.evaluate(testSamples) : null;
    if (samples.count > 0) evaluations.push(session.iteration, loss, test?.loss ?? NaN);
    return {
      iteration: session.iteration,
      cost: loss,
      accuracy,
      testCost: test?.loss ?? null,
      testAccuracy: test?.accuracy ?? null,
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
    evaluations,
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
        host.publish(measure(settings, 0, 'no-points'));
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
      host.publish(measure(settings, stepsPerSecond, stopped));
    },
    restart(next) {
      session = newSession(next, session.optimizer.settings);
      evaluations.clear();
      weightsVersion++;
      recorder?.started(session);
    },
    reshape(next) {
      const previous = session.network;
      session = newSession(next, session.optimizer.settings);
      keepUnchangedLayers(previous, session.network);
      evaluations.clear();
      weightsVersion++;
      recorder?.started(session);
    },
    setOptimizer(settings) {
      session.setOptimizer(settings);
    },
    measure,
  };
}

/** Copies into `into` the weights and biases of every layer whose shape `from` shares. */
function keepUnchangedLayers(from: Network, into: Network): void {
  for (let l = 0; l < into.weights.length && l < from.weights.length; l++) {
    if (from.weights[l].length !== into.weights[l].length) continue;
    if (from.layers[l] !== into.layers[l]) continue;
    into.weights[l].set(from.weights[l]);
    into.biases[l].set(from.biases[l]);
  }
}
