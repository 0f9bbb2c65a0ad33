import type {
  ActivationName,
  BatchSize,
  FeatureName,
  LabelledPoint,
  NeuronRef,
  OptimizerSettings,
  Samples,
} from '../engine';
import type { DatasetOptions } from '../data';
import type { Speed, Trainer } from '../training';

export type Point = LabelledPoint;

/** The settings a person chooses; everything else in the store follows from them. */
export type Regularization = 'none' | 'l1' | 'l2';

export interface Config {
  /** Sizes of the hidden layers; the input has one neuron a feature and the output `classCount`. */
  readonly hiddenLayers: readonly number[];
  readonly activation: ActivationName;
  /** The inputs the network sees, in canonical order. */
  readonly features: readonly FeatureName[];
  readonly optimizer: OptimizerSettings;
  readonly regularization: Regularization;
  readonly regularizationRate: number;
  /** The share of the points held out of training, from 0 to MAX_TEST_SHARE. */
  readonly testShare: number;
  /** The boundary shows only the most probable class of each cell. */
  readonly discretize: boolean;
  /** How generated datasets are drawn: the number of points and the noise. */
  readonly datasetOptions: Pick<DatasetOptions, 'count' | 'noise'>;
  readonly classCount: number;
  readonly learningRate: number;
  readonly batchSize: BatchSize;
  readonly speed: Speed;
  readonly seed: number;
  /** Training pauses by itself at this iteration; null runs on until paused. */
  readonly stopAfter: number | null;
}

/** Numbers that change every frame while training runs; views read them outside React renders. */
export interface Progress {
  readonly iteration: number;
  /** Mean cross-entropy over every point with the current parameters. */
  readonly cost: number;
  readonly accuracy: number;
  /** The same over the held-out points; null when none are held out. */
  readonly testCost: number | null;
  readonly testAccuracy: number | null;
  readonly stepsPerSecond: number;
}

export interface State extends Config {
  readonly points: readonly Point[];
  /** The points trained on, as the network's features. */
  readonly samples: Samples;
  /** The held-out points, measured but never trained on. */
  readonly testSamples: Samples;
  /** 1 for a held-out point, by index of `points`. */
  readonly heldOut: Uint8Array;
  /** Draws generated datasets; Regenerate moves it on. */
  readonly dataSeed: number;
  /** Which dataset the points came from, or `custom` once edited. */
  readonly dataset: string;
  readonly selectedClass: number;
  readonly running: boolean;
  /** A message for the person: why training stopped, or what input was refused. */
  readonly notice: string | null;
  /** Owns the run; the same object for the store's life. Its network is mutated by training. */
  readonly trainer: Trainer;
  readonly progress: Progress;
  /** Changes exactly when the weights change (a step, a reset, a rollback): views repaint on it. */
  readonly weightsVersion: number;
  readonly hoveredPoint: number | null;
  readonly hoveredNeuron: NeuronRef | null;
}

export interface Actions {
  play(): void;
  pause(): void;
  /** One gradient-descent step, then the views repaint. */
  step(): void;
  /** New weights from the seed, iteration 0, an empty cost history. */
  reset(): void;
  setLearningRate(learningRate: number): void;
  setBatchSize(batchSize: BatchSize): void;
  setSpeed(speed: Speed): void;
  setStopAfter(stopAfter: number | null): void;
  setSeed(seed: number): void;
  setHiddenLayers(hiddenLayers: readonly number[]): void;
  setActivation(activation: ActivationName): void;
  /** Keeps the weights; the optimizer starts from its first step. */
  setOptimizer(settings: OptimizerSettings): void;
  setRegularization(regularization: Regularization): void;
  setRegularizationRate(rate: number): void;
  /** Draws the first layer again from the seed, keeping the others, and says so. */
  setFeatures(features: readonly FeatureName[]): void;
  setTestShare(share: number): void;
  setDiscretize(discretize: boolean): void;
  /** Appends a hidden layer as wide as the last one (4 when there is none). */
  addLayer(): void;
  removeLayer(): void;
  /** `layer` counts hidden layers from 1, as the post numbers layers. */
  addNeuron(layer: number): void;
  removeNeuron(layer: number): void;
  setDatasetOptions(options: Partial<Pick<DatasetOptions, 'count' | 'noise'>>): void;
  /** Draws the current generated dataset again with a new seed. */
  regenerate(): void;
  setClassCount(classCount: number): void;
  selectClass(label: number): void;
  addPoint(x: number, y: number, label?: number): void;
  /** Removes the point nearest to (x, y) within `radius`; returns whether one was removed. */
  removeNearestPoint(x: number, y: number, radius: number): boolean;
  movePoint(index: number, x: number, y: number): void;
  setPoints(points: readonly Point[], dataset: string): void;
  loadDataset(name: string): void;
  hoverPoint(index: number | null): void;
  hoverNeuron(neuron: NeuronRef | null): void;
  /** Tells the person something, e.g. why an input was refused. */
  showNotice(notice: string): void;
  dismissNotice(): void;
}

export type AppState = State & Actions;
