import { HISTORY_NETS, historyNet, type HistoryNetName } from './history/historyNets';
import { measureHistory, type HistoryRunFigures } from './history/measureHistory';
import { REPORT_DIGITS } from './stats';

export interface HistoryBenchSettings {
  /** Iterations a net trains; a full run trains 1,000,000, so its bytes are per million. */
  readonly iterations: Record<HistoryNetName, number>;
  /** How many random iterations each net's `networkAt` rebuilds, timed. */
  readonly replays: Record<HistoryNetName, number>;
  readonly log: (line: string) => void;
}

/** The report's shape: figure, then net, as `history.replayMs.largest`. */
export type HistoryReport = {
  readonly [Figure in HistoryFigure]: Record<HistoryNetName, number>;
};

type HistoryFigure =
  | 'bytesPerMillionIterations'
  | 'growthBytes'
  | 'accountedBytes'
  | 'iterations'
  | 'batchSize'
  | 'checkpoints'
  | 'stride'
  | 'trainSeconds'
  | 'replayMs'
  | 'replayMsMedian'
  | 'replayMsAtAppBatch';

/**
 * Trains the post's net and the largest net the app allows through the app's trainer and
 * measures what their parameter history (the timeline) holds and how fast it replays.
 * `bytesPerMillionIterations` is the memory the history retains after `iterations` iterations,
 * not scaled: only a full run (1,000,000 iterations, see `iterations`) gives it per million.
 */
export function runHistoryBench(settings: HistoryBenchSettings): HistoryReport {
  const byNet = {} as Record<HistoryNetName, HistoryRunFigures>;
  for (const name of HISTORY_NETS) {
    settings.log(`history ${name}: training ${settings.iterations[name]} iterations`);
    byNet[name] = measureHistory(historyNet(name), {
      iterations: settings.iterations[name],
      replays: settings.replays[name],
      log: settings.log,
    });
  }
  // Measurements keep REPORT_DIGITS significant digits; counts stay exact.
  const figure = (pick: (f: HistoryRunFigures) => number, measured = true) =>
    Object.fromEntries(
      HISTORY_NETS.map((name) => {
        const value = pick(byNet[name]);
        return [name, measured ? Number(value.toPrecision(REPORT_DIGITS)) : value];
      }),
    ) as Record<HistoryNetName, number>;
  return {
    bytesPerMillionIterations: figure((f) => f.retainedBytes),
    growthBytes: figure((f) => f.growthBytes),
    accountedBytes: figure((f) => f.accountedBytes, false),
    iterations: figure((f) => f.iterations, false),
    batchSize: figure((f) => f.batchSize, false),
    checkpoints: figure((f) => f.checkpoints, false),
    stride: figure((f) => f.stride, false),
    trainSeconds: figure((f) => f.trainSeconds),
    replayMs: figure((f) => f.replayMs),
    replayMsMedian: figure((f) => f.replayMsMedian),
    replayMsAtAppBatch: figure((f) => f.replayMsAtAppBatch),
  };
}
