import { DEFAULT_BATCH_SIZE, DEFAULT_LEARNING_RATE, samplesFromPoints } from '../engine';
import { generateDataset, type DatasetName } from '../data';
import { createTrainingSession } from '../training';
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

export function layersOf(config: Pick<Config, 'hiddenLayers' | 'classCount'>): number[] {
  return [2, ...config.hiddenLayers, config.classCount];
}

export function createInitialState(config: Config = initialConfig): State {
  const points: Point[] = generateDataset(DEFAULT_DATASET, config.seed);
  const session = createTrainingSession({
    layers: layersOf(config),
    activation: config.activation,
    seed: config.seed,
  });
  const samples = samplesFromPoints(points);
  const { loss, accuracy } = session.evaluate(samples);
  return {
    ...config,
    points,
    samples,
    dataset: DEFAULT_DATASET,
    selectedClass: 0,
    running: false,
    notice: null,
    session,
    progress: { iteration: 0, cost: loss, accuracy, stepsPerSecond: 0 },
    hoveredPoint: null,
    hoveredNeuron: null,
  };
}
