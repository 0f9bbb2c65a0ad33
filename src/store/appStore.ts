import { createStore } from 'zustand/vanilla';
import {
  clampToPlane,
  DATASET_CHOICES,
  generateDataset,
  isClassCount,
  isDatasetId,
  MAX_CLASSES,
  MAX_POINTS,
  MIN_CLASSES,
  nearestPoint,
  validateDatasetOptions,
} from '../data';
import { createTrainer, type RunSettings, type TrainerProgress } from '../training';
import { architectureOf, createInitialState, pointsState, type InitialState } from './initialState';
import { createSettingsActions } from './settingsActions';
import { createWeightActions } from './weightActions';
import { withStoreMiddleware, type StoreOptions } from './persistence';
import { createHistoryActions } from './historyActions';
import { createTimelineActions, LIVE } from './timelineActions';
import { createInspectActions, initialInspectState } from './inspectActions';
import { createTransferActions } from './transferActions';
import {
  createEarlierRunsActions,
  createRunKeeper,
  initialEarlierRunsState,
} from './earlierRunsActions';
import type { StoreKit } from './storeKit';
import type { AppState, Point, State } from './types';

export type AppStore = ReturnType<typeof createAppStore>;

const divergedNotice = (iteration: number, learningRate: number) =>
  `Training diverged at iteration ${iteration} with learning rate ${learningRate}: the weights ` +
  `kept are the last finite ones. Lower the learning rate and press Play.`;

const NO_POINTS_NOTICE = 'Place some points on the plane to train on.';

/** The store's view of a published progress: the readouts and the weights' version. */
function progressState(progress: TrainerProgress): Pick<State, 'progress' | 'weightsVersion'> {
  const { iteration, cost, accuracy, testCost, testAccuracy, stepsPerSecond } = progress;
  return {
    progress: { iteration, cost, accuracy, testCost, testAccuracy, stepsPerSecond },
    weightsVersion: progress.weightsVersion,
  };
}

/** What training reads at each frame: the training points and the rates in force. */
function runSettingsOf(state: State): RunSettings {
  const { regularization, regularizationRate } = state;
  return {
    samples: state.samples,
    testSamples: state.testSamples,
    learningRate: state.learningRate,
    batchSize: state.batchSize,
    stopAfter: state.stopAfter,
    l1: regularization === 'l1' ? regularizationRate : 0,
    l2: regularization === 'l2' ? regularizationRate : 0,
  };
}

const choiceOf = (name: string) => DATASET_CHOICES.find((choice) => choice.name === name);

export function createAppStore(
  initial: InitialState = createInitialState(),
  options: StoreOptions = {},
) {
  return createStore<AppState>()(
    withStoreMiddleware(options, (set, get, _api, history) => {
      /** What the trainer publishes once a frame; a run that stopped by itself pauses. */
      const publish = (progress: TrainerProgress) => {
        const { stopped } = progress;
        set({
          ...progressState(progress),
          ...(stopped === null ? {} : { running: false }),
          ...(stopped === 'diverged'
            ? { notice: divergedNotice(progress.iteration, get().learningRate) }
            : {}),
          ...(stopped === 'no-points' ? { notice: NO_POINTS_NOTICE } : {}),
        });
      };
      const trainer = createTrainer(architectureOf(initial), {
        settings: () => runSettingsOf(get()),
        publish,
      });
      trainer.setOptimizer(initial.optimizer);

      const measure: StoreKit['measure'] = (points = get()) =>
        progressState(trainer.measure(points));
      const keepEndingRun = createRunKeeper(get, set);
      const renew =
        (start: (architecture: ReturnType<typeof architectureOf>) => void) =>
        (changes: Partial<State> = {}, notice: string | null = null) => {
          const config = { ...get(), ...changes };
          keepEndingRun();
          start(architectureOf(config));
          set({ ...changes, ...measure(config), notice, hoveredNeuron: null, ...LIVE });
        };
      const kit: StoreKit = {
        get,
        set,
        trainer,
        restart: renew(trainer.restart),
        reshape: renew(trainer.reshape),
        measure,
        refuse: (notice) => set({ notice }),
      };
      const { restart, refuse } = kit;

      /** New points; the hovered point stays only where indices still mean the same point. */
      const updatePoints = (points: readonly Point[], dataset = 'custom', keepHover = false) => {
        const hoveredPoint = keepHover ? get().hoveredPoint : null;
        const next = pointsState(points, get());
        set({ ...next, dataset, hoveredPoint, ...(get().running ? {} : measure(next)) });
      };

      /** Points of a dataset drawn with the current options and class count. */
      const drawDataset = (name: string, dataSeed: number) =>
        generateDataset(name, dataSeed, { ...get().datasetOptions, classCount: get().classCount });

      return {
        ...initial,
        trainer,
        ...measure(initial),
        ...createSettingsActions(kit),
        ...createHistoryActions(kit, history),
        ...createTimelineActions(kit, set),
        ...initialInspectState,
        ...createInspectActions(kit, set),
        ...createWeightActions(kit),
        ...createTransferActions(kit),
        ...initialEarlierRunsState,
        ...createEarlierRunsActions(kit, set),

        play() {
          const { stopAfter, samples } = get();
          if (samples.count === 0) return refuse(NO_POINTS_NOTICE);
          // Play at the stop resumes for another `stopAfter` iterations rather than doing nothing.
          if (stopAfter !== null && trainer.iteration >= stopAfter) {
            set({ stopAfter: trainer.iteration + stopAfter });
          }
          set({ running: true, notice: null });
        },
        pause: () => set({ running: false, ...measure() }),
        step() {
          set({ running: false });
          trainer.advance(1, 0, true);
        },
        reset: () => restart(),

        setClassCount(classCount) {
          if (!isClassCount(classCount)) {
            return refuse(`The number of classes must be from ${MIN_CLASSES} to ${MAX_CLASSES}.`);
          }
          const { dataset, dataSeed } = get();
          set({ classCount, selectedClass: Math.min(get().selectedClass, classCount - 1) });
          // A dataset drawn for K classes is drawn again for the new K.
          const points = choiceOf(dataset)?.usesClassCount
            ? drawDataset(dataset, dataSeed)
            : get().points.filter((p) => p.label < classCount);
          const kept = points.length === get().points.length || choiceOf(dataset)?.usesClassCount;
          restart({
            ...pointsState(points, get()),
            dataset: kept ? dataset : 'custom',
            hoveredPoint: null,
          });
        },
        selectClass(label) {
          if (Number.isInteger(label) && label >= 0 && label < get().classCount) {
            set({ selectedClass: label });
          }
        },

        addPoint(x, y, label = get().selectedClass) {
          const { points, classCount } = get();
          if (!Number.isFinite(x) || !Number.isFinite(y) || label < 0 || label >= classCount)
            return;
          if (points.length >= MAX_POINTS)
            return refuse(`There can be at most ${MAX_POINTS} points.`);
          updatePoints([...points, { x: clampToPlane(x), y: clampToPlane(y), label }]);
        },
        removeNearestPoint(x, y, radius) {
          const { points } = get();
          const nearest = nearestPoint(points, x, y, radius);
          if (nearest === null) return false;
          updatePoints(points.filter((_, i) => i !== nearest));
          return true;
        },
        movePoint(index, x, y) {
          const { points } = get();
          if (!points[index] || !Number.isFinite(x) || !Number.isFinite(y)) return;
          const moved = { ...points[index], x: clampToPlane(x), y: clampToPlane(y) };
          updatePoints(
            points.map((p, i) => (i === index ? moved : p)),
            'custom',
            true,
          );
        },
        setPoints(points, dataset) {
          const invalid = points.findIndex(
            (p) =>
              !Number.isFinite(p.x) ||
              !Number.isFinite(p.y) ||
              !Number.isInteger(p.label) ||
              p.label < 0 ||
              p.label >= MAX_CLASSES,
          );
          if (invalid >= 0) {
            return refuse(
              `Point ${invalid + 1} is not a point of the plane with a class from 0 to ${MAX_CLASSES - 1}.`,
            );
          }
          if (points.length > MAX_POINTS)
            return refuse(`There can be at most ${MAX_POINTS} points.`);
          // No points say nothing about the classes: the class count stays.
          const classCount =
            points.length === 0
              ? get().classCount
              : Math.max(MIN_CLASSES, ...points.map((p) => p.label + 1));
          const selectedClass = Math.min(get().selectedClass, classCount - 1);
          // A new number of classes needs a new output layer before any cost is computed.
          if (classCount !== get().classCount) {
            set({ classCount });
            restart({ ...pointsState(points, get()), dataset, selectedClass, hoveredPoint: null });
          } else {
            set({ selectedClass });
            updatePoints(points, dataset);
          }
        },
        loadDataset(name) {
          set({ running: false });
          if (name === 'empty') {
            get().setPoints([], 'empty');
          } else if (isDatasetId(name)) {
            get().setPoints(drawDataset(name, get().dataSeed), name);
          } else {
            return refuse(`There is no dataset named ${name}.`);
          }
          if (trainer.iteration > 0) restart();
        },
        setDatasetOptions(options) {
          const problem = validateDatasetOptions(options);
          if (problem !== null) return refuse(problem);
          set({ datasetOptions: { ...get().datasetOptions, ...options } });
          if (choiceOf(get().dataset)?.usesCountAndNoise) get().loadDataset(get().dataset);
        },
        regenerate() {
          const { dataset, dataSeed } = get();
          if (!choiceOf(dataset)?.usesCountAndNoise) return;
          set({ dataSeed: dataSeed + 1 });
          get().loadDataset(dataset);
        },

        hoverPoint: (hoveredPoint) => set({ hoveredPoint }),
        hoverNeuron: (hoveredNeuron) => set({ hoveredNeuron }),
        showNotice: (notice) => set({ notice }),
        dismissNotice: () => set({ notice: null }),
      };
    }),
  );
}
