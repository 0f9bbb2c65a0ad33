import type { ActivationName, BatchSize, LabelledPoint, NeuronRef, Samples } from '../engine';
import type { Speed, Trainer } from '../training';

export type Point = LabelledPoint;

/** The settings a person chooses; everything else in the store follows from them. */
export interface Config {
  /** Sizes of the hidden layers; the input has 2 neurons and the output `classCount`. */
  readonly hiddenLayers: readonly number[];
  readonly activation: ActivationName;
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
  readonly stepsPerSecond: number;
}

export interface State extends Config {
  readonly points: readonly Point[];
  readonly samples: Samples;
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
