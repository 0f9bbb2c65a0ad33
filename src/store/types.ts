import type {
  ActivationName,
  BatchSize,
  FeatureName,
  LabelledPoint,
  Network,
  NeuronRef,
  OptimizerSettings,
  Samples,
} from '../engine';
import type { DatasetOptions } from '../data';
import type { EarlierRun, Speed, Trainer, TrainerProgress } from '../training';
import type { SessionSnapshot } from './sessionSnapshot';
import type { LinkReading } from '../data';

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
export type Progress = Omit<TrainerProgress, 'weightsVersion' | 'stopped'>;

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
  /** The session as it is now: settings, points, dataset and, when asked, the weights. */
  snapshotSession(includeWeights: boolean): SessionSnapshot;
  /**
   * Replaces settings and points (already validated by the caller), restarts the run for them
   * and, when `model` is given and fits the architecture, loads its weights. One undo entry.
   */
  applySession(snapshot: SessionSnapshot): void;
  /** Back to the initial settings and points, with a fresh run; undoable. */
  newSession(): void;
  /** Takes back the last edit of points or settings, bringing the run in line with it. */
  undo(): void;
  /** Makes again the edit the last undo took back. */
  redo(): void;
  /** A drag of a point begins: the moves until `endDrag` make one undo entry. */
  beginDrag(): void;
  endDrag(): void;
  /**
   * Shows iteration `k` (a whole number from 0 to the run's latest) in every view; training goes
   * on. Refuses any other value with a notice.
   */
  viewIteration(k: number): void;
  /** The views follow the run again. */
  goLive(): void;
  /** The viewed iteration becomes the present: later history is dropped and training pauses. */
  resumeFromViewed(): void;
  /**
   * Replays at most `maxSteps` steps toward `viewTarget` and shows the iteration reached, exact;
   * returns the steps taken (0 when nothing is pending). The frame loop calls it once a frame.
   */
  continueReplay(maxSteps: number): number;
  /** Turns Inspect on or off; off also closes the panel. */
  toggleInspect(): void;
  /** Opens the `Inspect point` panel on point `index` of `points`, or closes it with null. */
  inspectPoint(index: number | null): void;
  /**
   * Imports a file's text (`name` for messages): points CSV, model JSON or session JSON, told
   * apart by content. A bad file changes nothing and leaves a notice saying what and where.
   */
  importFile(text: string, name: string): boolean;
  /** Applies what a link carried, field by field; one notice names what was dropped. */
  applyLink(reading: LinkReading): void;
  /**
   * Sets W^layer_(to, from) of the live run by hand (layer from 1, neurons from 0); training
   * continues from it. Refuses, with a notice, a value that is not finite or beyond MAX_WEIGHT,
   * an edge the network lacks, or an edit while an earlier iteration is viewed. Returns whether
   * the weight was set.
   */
  setWeight(layer: number, to: number, from: number, value: number): boolean;
  /** Removes every earlier run from the cost chart; the current run stays. */
  clearEarlierRuns(): void;
}

/** Inspect: one point's forward and backward pass, shown in a panel and on the network. */
export interface InspectState {
  /** Clicking a point (or Enter on it) inspects it instead of editing the points. */
  readonly inspecting: boolean;
  /** The index in `points` of the point whose pass is shown; null while the panel is closed. */
  readonly inspectedPoint: number | null;
}

/** What the timeline shows: the run as it is, or one of its earlier iterations. */
export interface TimelineState {
  /** The iteration every view shows; null while they follow the run live. */
  readonly viewing: number | null;
  /** The parameters at `viewing`, a copy owned by the store; null while live. */
  readonly viewedNetwork: Network | null;
  /** Changes whenever `viewedNetwork` is loaded, so the views repaint. */
  readonly viewedVersion: number;
  /**
   * The iteration the timeline was put at while the views are still catching up with it (the
   * replay runs a slice a frame, showing exact earlier iterations on the way); null once
   * `viewing` reached it, and while live.
   */
  readonly viewTarget: number | null;
}

/** Runs that ended (reset, or restarted by a change of settings), kept for comparison. */
export interface EarlierRunsState {
  /**
   * The last few finished runs, oldest first (at most MAX_EARLIER_RUNS), each with a compact cost
   * curve and the settings it trained under; the cost chart draws them faded.
   */
  readonly earlierRuns: readonly EarlierRun[];
}

export type AppState = State & TimelineState & InspectState & EarlierRunsState & Actions;
