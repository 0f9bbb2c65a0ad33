import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEARNING_RATE,
  FEATURE_NAMES,
  defaultOptimizerSettings,
  samplesFromPoints,
  type OptimizerSettings,
  type Samples,
} from '../../src/engine';
import { MAX_CLASSES, MAX_HIDDEN_LAYERS, MAX_LAYER_SIZE, generateDataset } from '../../src/data';
import type { Architecture } from '../../src/training';

export const HISTORY_NETS = ['post', 'largest'] as const;
export type HistoryNetName = (typeof HISTORY_NETS)[number];

/** A run whose parameter history the bench measures. */
export interface HistoryNet {
  readonly name: HistoryNetName;
  readonly architecture: Architecture;
  readonly optimizer: OptimizerSettings;
  readonly samples: Samples;
  readonly learningRate: number;
  /** The batch the bench trains with. */
  readonly batchSize: number;
  /** The batch the app would train with: replays are also timed at it. */
  readonly appBatchSize: number;
}

/** The app as it opens (src/store/initialState.ts): 2-4-4-2 ReLU, plain gradient descent. */
function postNet(): HistoryNet {
  return {
    name: 'post',
    architecture: { layers: [2, 4, 4, 2], activation: 'relu', seed: 1 },
    optimizer: { kind: 'gd' },
    samples: samplesFromPoints(generateDataset('seed-1', 1)),
    learningRate: DEFAULT_LEARNING_RATE,
    batchSize: DEFAULT_BATCH_SIZE,
    appBatchSize: DEFAULT_BATCH_SIZE,
  };
}

/**
 * The largest net the app allows (src/data/limits.ts): every feature, 8 hidden layers of 32,
 * 8 classes, with Adam, whose state doubles what a checkpoint holds. It trains on one point per
 * iteration: a step of the app's batch of 100 takes about 2.5 ms here, so a million of them
 * would take 40 minutes, and what the history holds depends on the parameter count and the
 * iteration count only, never on the batch. Replay time does depend on the batch, so the bench
 * also times a replay at the app's batch (see `replayMsAtAppBatch`).
 */
function largestNet(): HistoryNet {
  const hidden = Array.from({ length: MAX_HIDDEN_LAYERS }, () => MAX_LAYER_SIZE);
  const points = generateDataset('spiral', 1, { classCount: MAX_CLASSES });
  return {
    name: 'largest',
    architecture: {
      layers: [FEATURE_NAMES.length, ...hidden, MAX_CLASSES],
      activation: 'relu',
      seed: 1,
    },
    optimizer: defaultOptimizerSettings('adam'),
    samples: samplesFromPoints(points, FEATURE_NAMES),
    // Adam's usual rate: the app's 0.2 makes this deep net diverge, and a rollback is a record.
    learningRate: 0.001,
    batchSize: 1,
    appBatchSize: DEFAULT_BATCH_SIZE,
  };
}

export function historyNet(name: HistoryNetName): HistoryNet {
  return name === 'post' ? postNet() : largestNet();
}
