import { DEFAULT_BATCH_SIZE, DEFAULT_FEATURES, DEFAULT_LEARNING_RATE } from '../engine';
import { DEFAULT_DATASET_OPTIONS, generateDataset, splitPoints, type DatasetName } from '../data';
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
  features: DEFAULT_FEATURES,
  optimizer: { kind: 'gd' },
  regularization: 'none',
  regularizationRate: 0.001,
  testShare: 0,
  discretize: false,
  datasetOptions: { count: DEFAULT_DATASET_OPTIONS.count, noise: DEFAULT_DATASET_OPTIONS.noise },
};

/** The network a configuration trains: the one place a run is described from the settings. */
export function architectureOf(
  config: Pick<Config, 'features' | 'hiddenLayers' | 'classCount' | 'activation' | 'seed'>,
): Architecture {
  return {
    layers: [config.features.length, ...config.hiddenLayers, config.classCount],
    activation: config.activation,
    seed: config.seed,
  };
}

/** The points as the network sees them: training and held-out samples of the features. */
export function pointsState(
  points: readonly Point[],
  { features, testShare }: Pick<Config, 'features' | 'testShare'>,
): Pick<State, 'points' | 'samples' | 'testSamples' | 'heldOut'> {
  const { train, test, heldOut } = splitPoints(points, features, testShare);
  return { points, samples: train, testSamples: test, heldOut };
}

/** The state before any run exists: the store adds the trainer and its first progress. */
export type InitialState = Omit<State, 'trainer' | 'progress' | 'weightsVersion'>;

export function createInitialState(config: Config = initialConfig): InitialState {
  const points: Point[] = generateDataset(DEFAULT_DATASET, config.seed);
  return {
    ...config,
    ...pointsState(points, config),
    dataSeed: config.seed,
    dataset: DEFAULT_DATASET,
    selectedClass: 0,
    running: false,
    notice: null,
    hoveredPoint: null,
    hoveredNeuron: null,
  };
}
