import {
  copyParameters,
  type BatchSize,
  type Network,
  type OptimizerSettings,
  type Samples,
} from '../engine';
import type { CostHistory } from './costHistory';
import { createCostMeter } from './costMeter';
import { createEvaluationHistory, type EvaluationHistory } from './evaluationHistory';
import {
  createParameterHistory,
  recordingInto,
  type ParameterHistory,
  type SettingsInForce,
} from './parameterHistory';
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
  /**
   * Mean cross-entropy over every point with the current parameters; while training runs, as of
   * the last measure (see `EVALUATION_SHARE`).
   */
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
   * last finite state). Mutates the run. Returns the milliseconds the steps took, measuring the
   * progress and publishing it not included.
   */
  advance(steps: number, stepsPerSecond: number, pastStop?: boolean): number;
  /** A fresh run at iteration 0 with new weights from the architecture's seed. Mutates the trainer. */
  restart(architecture: Architecture): void;
  /**
   * A fresh run for a changed architecture that keeps every layer whose shape is unchanged (a
   * changed layer is drawn from the seed). Mutates the trainer.
   */
  reshape(architecture: Architecture): void;
  /** A new optimizer state from its first step, keeping the weights. Mutates the run. */
  setOptimizer(settings: OptimizerSettings): void;
  /**
   * Copies the parameters of `net` into the current run, which starts again from them as its
   * iteration 0. Returns false, changing nothing, when `net` has another shape or activation.
   * Mutates the run.
   */
  loadNetwork(net: Network): boolean;
  /**
   * Sets W^layer_(to, from), the weight from neuron `from` of layer-1 to neuron `to` of `layer`
   * (layers counted from 0 at the input), and training goes on from it; the timeline's change log
   * records the edit when the trainer keeps one. Throws a RangeError for an edge the network does
   * not have or a value that is not finite. Mutates the run.
   */
  setWeight(layer: number, to: number, from: number, value: number): void;
  /** The run's progress over the settings' points, without training or publishing. */
  measure(settings: Pick<RunSettings, 'samples' | 'testSamples'>): TrainerProgress;
  /** Checkpoints and changes of the run, from which any iteration is rebuilt. */
  readonly parameterHistory: ParameterHistory;
  /**
   * The parameters the run had after `iteration` iterations (0..trainer.iteration), bit for
   * bit; a scratch network owned by the trainer, overwritten by the next call. Throws a
   * RangeError for any other iteration.
   */
  networkAt(iteration: number): Network;
  /**
   * Makes `iteration` the present: later history is dropped, training continues from there
   * (parameters, optimizer state and random stream as they were), iteration becomes that
   * number. Throws a RangeError for an iteration the run does not have. Mutates the run.
   */
  resumeFrom(iteration: number): void;
  /**
   * Records that the settings or points changed (or a weight was edited) at the current
   * iteration, forcing a checkpoint so replay uses the right settings on each side. The trainer
   * also notices such changes by itself before each frame's steps. Mutates the history.
   */
  markChange(): void;
  /** The points, rates and optimizer in force at `iteration`, so controls can show them. */
  settingsAt(iteration: number): SettingsInForce;
}

/**
 * Owns the run: creates the session for an architecture, applies the stop-after rule, notices
 * divergence, and publishes a frame's progress through the host. The animation loop calls
 * `advance`; nothing else trains.
 */
export function createTrainer(architecture: Architecture, host: TrainerHost): Trainer {
  const parameterHistory = createParameterHistory(host.makeOptimizer);
  const recorder: RunRecorder = recordingInto(parameterHistory, host.recorder);
  const newSession = (next: Architecture, settings?: OptimizerSettings) =>
    createTrainingSession(next, settings, host.makeOptimizer);
  let session = newSession(architecture);
  let weightsVersion = 0;
  const evaluations = createEvaluationHistory();
  recorder?.started(session);

  const costs = createCostMeter(evaluations);
  /** The run's progress; while training runs (`paced`), its costs as the meter paces them. */
  const measure = (
    points: Pick<RunSettings, 'samples' | 'testSamples'>,
    stepsPerSecond = 0,
    stopped: StopReason | null = null,
    paced = false,
  ): TrainerProgress => ({
    iteration: session.iteration,
    ...costs.measure(session, points, paced && stopped === null),
    // A run that stops has no rate any more.
    stepsPerSecond: stopped === null ? stepsPerSecond : 0,
    weightsVersion,
    stopped,
  });

  const trainSteps = (settings: RunSettings, steps: number): boolean => {
    // Whole stretches up to the next checkpoint, unless the host's recorder sees every step.
    for (let left = steps; left > 0;) {
      const toCheckpoint = parameterHistory.stepsToCheckpoint(session.iteration);
      const chunk = host.recorder ? 1 : Math.min(left, toCheckpoint);
      if (!session.train(settings.samples, settings, chunk)) return false;
      recorder.stepped(session);
      left -= chunk;
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
        return 0;
      }
      const remaining =
        stopAfter === null || pastStop ? steps : Math.max(0, stopAfter - session.iteration);
      const start = session.iteration;
      parameterHistory.observe(session, settings);
      const startMs = performance.now();
      const finite = trainSteps(settings, Math.min(steps, remaining));
      const stepsMs = performance.now() - startMs;
      if (!finite) {
        parameterHistory.rolledBack(session);
        evaluations.truncateAfter(session.iteration);
      }
      parameterHistory.seen(session);
      // A divergence may also roll weights back without a net step: either way they changed.
      if (session.iteration !== start || !finite) weightsVersion++;
      const stopped: StopReason | null = !finite
        ? 'diverged'
        : stopAfter !== null && !pastStop && session.iteration >= stopAfter
          ? 'stop-after'
          : null;
      host.publish(measure(settings, stepsPerSecond, stopped, !pastStop));
      return stepsMs;
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
      parameterHistory.optimizerReplaced(session);
    },
    parameterHistory,
    networkAt: (iteration) => parameterHistory.networkAt(iteration, session),
    resumeFrom(iteration) {
      session.load(parameterHistory.stateAt(iteration, session));
      parameterHistory.truncateAfter(iteration);
      parameterHistory.seen(session);
      evaluations.truncateAfter(iteration);
      weightsVersion++;
    },
    markChange() {
      parameterHistory.observe(session, host.settings(), true);
    },
    settingsAt: (iteration) => parameterHistory.settingsAt(iteration, session),
    loadNetwork(net) {
      const current = session.network;
      const fits =
        net.activation === current.activation &&
        net.layers.length === current.layers.length &&
        net.layers.every((size, l) => size === current.layers[l]);
      if (!fits) return false;
      session = newSession(session.architecture, session.optimizer.settings);
      copyParameters(net, session.network);
      evaluations.clear();
      weightsVersion++;
      recorder?.started(session);
      return true;
    },
    setWeight(layer, to, from, value) {
      const { layers, weights } = session.network;
      const inRange = (n: number, size: number) => Number.isInteger(n) && n >= 0 && n < size;
      if (!(Number.isInteger(layer) && layer >= 1 && layer < layers.length)) {
        throw new RangeError(`The network has no layer ${layer} of weights.`);
      }
      if (!inRange(to, layers[layer]) || !inRange(from, layers[layer - 1])) {
        throw new RangeError(`Layer ${layer} has no weight from neuron ${from} to neuron ${to}.`);
      }
      if (!Number.isFinite(value)) throw new RangeError(`A weight must be finite, not ${value}.`);
      weights[layer - 1][to * layers[layer - 1] + from] = value;
      weightsVersion++;
      (this as Partial<Record<'markChange', () => void>>).markChange?.();
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
