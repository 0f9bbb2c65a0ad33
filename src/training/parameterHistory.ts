import {
  cloneNetwork,
  copyParameters,
  parameterCount,
  type Network,
  type OptimizerSettings,
} from '../engine';
import {
  createChangeLog,
  sameStepSettings,
  stepSettingsOf,
  type Change,
  type ChangeLog,
  type StepSettings,
} from './changeLog';
import { createCheckpointStore, type CheckpointStore } from './checkpoints';
import { createReplaySession, type ReplaySession } from './replaySession';
import { captureRunState, flattenParameters, type RunParts, type RunState } from './runState';
import type { OptimizerFactory } from './trainingSession';

/**
 * The most the history holds, checkpoints and change records together, after any call returns.
 * The largest network the app allows is 7 features, 8 hidden layers of 32 and 8 classes:
 * P = 7*32+32 + 7*(32*32+32) + 32*8+8 = 7,912 parameters; with Adam's state (2P + 1 numbers) a
 * checkpoint holds (7,912 + 15,825) * 8 + 400 = 190,296 bytes, so at most 330 fit in 60 MiB.
 * Over a 1,000,000-iteration run the stride grows to 4,096 and about 245 checkpoints remain
 * (46.6 MB). Add a replay session and scratch (about 0.3 MB) and one checkpoint captured before
 * thinning, and the history stays under 64 MB (test/training/parameterHistory.test.ts checks it).
 */
export const HISTORY_BYTES_LIMIT = 60 * 1024 * 1024;

/**
 * The most checkpoints kept, whatever their size: it bounds the replay of small networks. The
 * post's 2-4-4-2 network steps a batch of 100 in about 2 µs, so after 1,000,000 iterations the
 * stride is 128 and the longest replay (127 steps) takes well under the 4 ms painting share.
 */
export const MAX_CHECKPOINTS = 16_384;

/** Where a bounded replay got to: `network` holds the parameters after `iteration` iterations. */
export interface ReplayPosition {
  readonly iteration: number;
  readonly network: Network;
  /** The steps this call replayed to get there. */
  readonly steps: number;
}

/** What a run trained with from one iteration on. */
export interface SettingsInForce {
  /** The points and rates; null before the run first stepped. */
  readonly settings: StepSettings | null;
  readonly optimizer: OptimizerSettings;
}

/**
 * The exact parameters of every iteration of a run, in bounded memory: checkpoints at a spacing
 * that grows with the run, every change made to the run between steps, and a replay session that
 * rebuilds any iteration from the nearest checkpoint at or before it. The trainer feeds it.
 */
export interface ParameterHistory {
  readonly checkpoints: CheckpointStore;
  readonly changes: ChangeLog;
  /** What checkpoints and records hold; at most HISTORY_BYTES_LIMIT. */
  readonly bytes: number;
  /** Forgets everything and starts from `run`'s present state (a new run). Mutates. */
  start(run: RunParts): void;
  /** How many steps the run may take before a checkpoint is due. */
  stepsToCheckpoint(iteration: number): number;
  /** After the run stepped: keeps a checkpoint where one is due. Mutates. */
  stepped(run: RunParts): void;
  /**
   * Records, at the run's iteration, settings that differ from those in force and parameters
   * that differ from the last ones seen (an edit), forcing a checkpoint there when anything
   * changed, or always when `force`. Mutates.
   */
  observe(run: RunParts, settings: StepSettings, force?: boolean): void;
  /** The run replaced its optimizer at its iteration. Mutates. */
  optimizerReplaced(run: RunParts): void;
  /** The run rolled back after a divergence: later history goes, its state is kept whole. Mutates. */
  rolledBack(run: RunParts): void;
  /** The run's parameters as they stand, the reference for spotting edits. Mutates. */
  seen(run: RunParts): void;
  /** The parameters after `iteration` iterations, in a scratch network the next call overwrites. */
  networkAt(iteration: number, run: RunParts): Network;
  /**
   * Brings the replay at most `maxSteps` steps toward `iteration` (0..the run's iteration),
   * starting from where it stands when that lies between the nearest checkpoint and `iteration`,
   * else from that checkpoint, and says where it got: the exact parameters of an iteration at or
   * before `iteration`, in the scratch network `networkAt` also overwrites. With 0 steps, it is
   * the nearest iteration the history gives at once. Mutates the replay, never the run.
   */
  networkToward(iteration: number, maxSteps: number, run: RunParts): ReplayPosition;
  /** The whole state after `iteration` iterations. */
  stateAt(iteration: number, run: RunParts): RunState;
  /** The settings in force at `iteration` (0..the run's iteration). */
  settingsAt(iteration: number, run: RunParts): SettingsInForce;
  /** Drops all history after `iteration`. Mutates. */
  truncateAfter(iteration: number): void;
}

/** A recorder that feeds every run start and step to `history`, then to `also` if given. */
export function recordingInto<Run extends RunParts>(
  history: ParameterHistory,
  also?: { started(run: Run): void; stepped(run: Run): void },
): { started(run: Run): void; stepped(run: Run): void } {
  return {
    started(run) {
      history.start(run);
      also?.started(run);
    },
    stepped(run) {
      history.stepped(run);
      also?.stepped(run);
    },
  };
}

export function createParameterHistory(
  makeOptimizer?: OptimizerFactory,
  budget = { maxBytes: HISTORY_BYTES_LIMIT, maxCount: MAX_CHECKPOINTS },
): ParameterHistory {
  const checkpoints = createCheckpointStore(budget);
  const changes = createChangeLog();
  let count = 0;
  let replay: ReplaySession | null = null;
  let scratch: Network | null = null;
  let known = new Float64Array(0);
  let current = new Float64Array(0);

  const capture = (run: RunParts) => captureRunState(run, count);
  const invalidateFrom = (iteration: number) => {
    if (replay && replay.iteration >= iteration) replay.invalidate();
  };
  const forceCheckpoint = (run: RunParts) => {
    const state = capture(run);
    checkpoints.add(state, changes.bytes);
    known.set(state.parameters);
    invalidateFrom(run.iteration);
  };
  const record = (run: RunParts, change: Change) => {
    changes.record(run.iteration, change);
    forceCheckpoint(run);
  };
  const editsOf = (run: RunParts): Map<number, number> | null => {
    flattenParameters(run.network, current);
    let edits: Map<number, number> | null = null;
    for (let i = 0; i < count; i++) {
      if (!Object.is(current[i], known[i])) (edits ??= new Map()).set(i, current[i]);
    }
    return edits;
  };
  const replaying = (): ReplaySession => {
    if (replay === null) throw new Error('The history has not started a run.');
    return replay;
  };
  const checkIteration = (iteration: number, run: RunParts) => {
    if (!(Number.isInteger(iteration) && iteration >= 0 && iteration <= run.iteration)) {
      throw new RangeError(
        `The run has iterations 0 to ${run.iteration}, so there is no iteration ${iteration}.`,
      );
    }
  };

  /**
   * Brings the replay toward `iteration`, at most `maxSteps` steps, going on from where it stands
   * when that is nearer than the checkpoint.
   */
  const replayTo = (
    iteration: number,
    maxSteps = Infinity,
  ): { session: ReplaySession; steps: number } => {
    const session = replaying();
    const checkpoint = checkpoints.latestAtOrBefore(iteration);
    if (checkpoint === undefined) throw new Error(`No checkpoint before iteration ${iteration}.`);
    if (!(session.iteration >= checkpoint.iteration && session.iteration <= iteration)) {
      session.load(checkpoint);
    }
    let settings = changes.settingsAt(session.iteration);
    let trained = 0;
    while (session.iteration < iteration && trained < maxSteps) {
      const next = changes.firstAfter(session.iteration);
      const until = next !== undefined && next.iteration <= iteration ? next.iteration : iteration;
      if (settings === null) throw new Error('The run stepped before any settings were recorded.');
      const steps = Math.min(until - session.iteration, maxSteps - trained);
      session.train(settings, steps);
      trained += steps;
      if (next !== undefined && next.iteration === session.iteration) {
        session.apply(next);
        settings = next.settings ?? settings;
      }
    }
    return { session, steps: trained };
  };

  return {
    checkpoints,
    changes,
    get bytes() {
      return checkpoints.bytes + changes.bytes;
    },
    start(run) {
      checkpoints.clear();
      changes.clear();
      count = parameterCount(run.network.layers);
      replay = createReplaySession(run.network, makeOptimizer);
      scratch = cloneNetwork(run.network);
      known = new Float64Array(count);
      current = new Float64Array(count);
      forceCheckpoint(run);
    },
    stepsToCheckpoint: (iteration) => checkpoints.stride - (iteration % checkpoints.stride),
    stepped(run) {
      if (checkpoints.isDue(run.iteration)) checkpoints.add(capture(run), changes.bytes);
    },
    observe(run, settings, force = false) {
      const change: Change = {};
      const step = stepSettingsOf(settings);
      const inForce = changes.settingsAt(run.iteration);
      if (inForce === null || !sameStepSettings(inForce, step)) change.settings = step;
      const edits = editsOf(run);
      if (edits) change.edits = edits;
      if (change.settings || change.edits) record(run, change);
      else if (force) forceCheckpoint(run);
    },
    optimizerReplaced: (run) => record(run, { optimizer: run.optimizer.settings }),
    rolledBack(run) {
      changes.truncateAfter(run.iteration);
      checkpoints.truncateAfter(run.iteration);
      record(run, { state: capture(run) });
    },
    seen(run) {
      flattenParameters(run.network, known);
    },
    networkAt(iteration, run) {
      checkIteration(iteration, run);
      const into = scratch as Network;
      const network =
        iteration === run.iteration ? run.network : replayTo(iteration).session.network;
      copyParameters(network, into);
      return into;
    },
    networkToward(iteration, maxSteps, run) {
      checkIteration(iteration, run);
      const into = scratch as Network;
      if (iteration === run.iteration) {
        copyParameters(run.network, into);
        return { iteration, network: into, steps: 0 };
      }
      const { session, steps } = replayTo(iteration, Math.max(0, Math.floor(maxSteps)) || 0);
      copyParameters(session.network, into);
      return { iteration: session.iteration, network: into, steps };
    },
    stateAt(iteration, run) {
      checkIteration(iteration, run);
      return iteration === run.iteration ? capture(run) : replayTo(iteration).session.capture();
    },
    settingsAt(iteration, run) {
      checkIteration(iteration, run);
      const checkpoint = checkpoints.latestAtOrBefore(iteration);
      let optimizer = checkpoint?.optimizerSettings ?? run.optimizer.settings;
      let next = changes.firstAfter(checkpoint?.iteration ?? -1);
      while (next !== undefined && next.iteration <= iteration) {
        optimizer = next.optimizer ?? next.state?.optimizerSettings ?? optimizer;
        next = changes.firstAfter(next.iteration);
      }
      return { settings: changes.settingsAt(iteration), optimizer };
    },
    truncateAfter(iteration) {
      changes.truncateAfter(iteration);
      checkpoints.truncateAfter(iteration);
      invalidateFrom(iteration + 1);
    },
  };
}
