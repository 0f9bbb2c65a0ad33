import { createRng } from '../../src/engine';
import { createTrainer, type RunSettings, type Trainer } from '../../src/training';
import { createReplaySession } from '../../src/training/replaySession';
import { summarize } from '../stats';
import type { HistoryNet } from './historyNets';
import { retainedBytes } from './retainedMemory';

export interface HistoryRunSettings {
  readonly iterations: number;
  /** How many random iterations `networkAt` rebuilds. */
  readonly replays: number;
  readonly log: (line: string) => void;
}

/** What one run's history holds and costs; bytes and milliseconds as measured, unrounded. */
export interface HistoryRunFigures {
  readonly iterations: number;
  readonly batchSize: number;
  readonly trainSeconds: number;
  /** Heap plus array buffers released when the history drops all but iteration 0. */
  readonly retainedBytes: number;
  /** Heap plus array buffers grown from the trainer at iteration 0 to the end of the run. */
  readonly growthBytes: number;
  /** What the history says it holds (`ParameterHistory.bytes`). */
  readonly accountedBytes: number;
  readonly checkpoints: number;
  readonly stride: number;
  readonly replayMs: number;
  readonly replayMsMedian: number;
  readonly replayMsAtAppBatch: number;
}

/** Steps a frame trains between publications: each one evaluates every point, so not too often. */
const STEPS_A_CALL = 10_000;

/**
 * Trains `net` through the app's trainer (which always records its parameter history) for
 * `settings.iterations` iterations, then measures the memory the history holds and how long
 * `networkAt` takes to rebuild random iterations of the finished run.
 */
export function measureHistory(net: HistoryNet, settings: HistoryRunSettings): HistoryRunFigures {
  const runSettings: RunSettings = {
    samples: net.samples,
    learningRate: net.learningRate,
    batchSize: net.batchSize,
    stopAfter: null,
  };
  let diverged = false;
  const trainer = createTrainer(net.architecture, {
    settings: () => runSettings,
    publish: (progress) => {
      diverged ||= progress.stopped === 'diverged';
    },
  });
  trainer.setOptimizer(net.optimizer);
  const before = retainedBytes();

  const started = performance.now();
  const tenth = Math.ceil(settings.iterations / 10);
  while (trainer.iteration < settings.iterations && !diverged) {
    trainer.advance(Math.min(STEPS_A_CALL, settings.iterations - trainer.iteration), 0);
    if (trainer.iteration % tenth < STEPS_A_CALL && trainer.iteration < settings.iterations) {
      settings.log(`history ${net.name}: ${trainer.iteration} iterations`);
    }
  }
  const trainSeconds = (performance.now() - started) / 1000;
  if (diverged) throw new Error(`${net.name}: training diverged at ${trainer.iteration}.`);
  settings.log(
    `history ${net.name}: ${trainer.iteration} iterations in ${trainSeconds.toFixed(1)} s`,
  );

  const history = trainer.parameterHistory;
  const withHistory = retainedBytes();
  const replay = timeReplays(trainer, settings.replays);
  const replayMsAtAppBatch = timeWorstReplayAtBatch(trainer, runSettings, net.appBatchSize);
  const figures = {
    accountedBytes: history.bytes,
    checkpoints: history.checkpoints.count,
    stride: history.checkpoints.stride,
  };
  // The same trainer and state without the history: the parameters, optimizer and buffers stay.
  history.truncateAfter(0);
  const withoutHistory = retainedBytes();
  return {
    iterations: trainer.iteration,
    batchSize: net.batchSize,
    trainSeconds,
    retainedBytes: withHistory - withoutHistory,
    growthBytes: withHistory - before,
    ...figures,
    replayMs: replay.max,
    replayMsMedian: replay.median,
    replayMsAtAppBatch,
  };
}

/**
 * `networkAt(k)` for `count` iterations k drawn at random over the run, after a tenth as many
 * untimed ones: the first replays run the replay's fresh code cold (tens of ms), which the app
 * pays on its first scrubs only.
 */
function timeReplays(trainer: Trainer, count: number) {
  const rng = createRng(12);
  const draw = () => Math.floor(rng.next() * trainer.iteration);
  for (let r = 0; r < Math.max(5, count / 10); r++) trainer.networkAt(draw());
  const times: number[] = [];
  for (let r = 0; r < count; r++) {
    const k = draw();
    const started = performance.now();
    trainer.networkAt(k);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/**
 * The longest replay the run can ask for, stride - 1 steps from a checkpoint, timed at the app's
 * batch: where the bench trained with a smaller batch, `networkAt` replays at that one.
 */
function timeWorstReplayAtBatch(trainer: Trainer, settings: RunSettings, batchSize: number) {
  const history = trainer.parameterHistory;
  const steps = history.checkpoints.stride - 1;
  const from = history.checkpoints.latestAtOrBefore(trainer.iteration - steps - 1);
  if (from === undefined) throw new Error('The run has no checkpoint to replay from.');
  const replay = createReplaySession(trainer.network);
  replay.load(from);
  const started = performance.now();
  replay.train({ ...settings, batchSize, l1: 0, l2: 0 }, steps);
  return performance.now() - started;
}
