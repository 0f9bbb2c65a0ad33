import { DEFAULT_BATCH_SIZE, DEFAULT_LEARNING_RATE, samplesFromPoints } from '../engine';
import { generateDataset, INPUT_NAMES, type DatasetName } from '../data';
import type { Architecture } from '../training';
import type { Config, Point, State } from './types';

export const DEFAULT_DATASET: DatasetName = 'seed-1';

/** The post's set-up: a 2-4-4-2 ReLU net, learning rate 0.2, m = 100, 1000 iterations. */
export const initialConfig: Config = {
  hiddenLayers: [4, 4],
  activation: 'relu',
  classCount: 2,
  learningRate: DEFAULT_LEARNING_RATE,
  batchSize: DEFAULT_BATCH_SIZE,
  speed: 1,
  seed: 1,
  stopAfter: 1000,
};

/** The network a configuration trains: the one place a run is described from the settings. */
export function architectureOf(
  config: Pick<Config, 'hiddenLayers' | 'classCount' | 'activation' | 'seed'>,
): Architecture {
  return {
    layers: [INPUT_NAMES.length, ...config.hiddenLayers, config.classCount],
    activation: config.activation,
    seed: config.seed,
  };
}

/** The state before any run exists: the store adds the trainer and its first progress. */
export type InitialState = Omit<State, 'trainer' | 'progress' | 'weightsVersion'>;

export function createInitialState(config: Config = initialConfig): InitialState {
  const points: Point[] = generateDataset(DEFAULT_DATASET, config.seed);
  return {
    ...config,
    points,
    samples: samplesFromPoints(points),
    dataset: DEFAULT_DATASET,
    selectedClass: 0,
    running: false,
    notice: null,
    hoveredPoint: null,
    hoveredNeuron: null,
  };
}
