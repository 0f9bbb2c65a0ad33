import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { isSeed, samplesFromPoints, type BatchSize } from '../engine';
import {
  clampToPlane,
  generateDataset,
  isClassCount,
  isCount,
  isDatasetName,
  isHiddenLayers,
  isLearningRate,
  LEARNING_RATE_MAX,
  LEARNING_RATE_MIN,
  MAX_BATCH_SIZE,
  MAX_CLASSES,
  MAX_HIDDEN_LAYERS,
  MAX_ITERATIONS,
  MAX_LAYER_SIZE,
  MAX_POINTS,
  MAX_SEED,
  MIN_CLASSES,
  nearestPoint,
} from '../data';
import { createTrainer, SPEEDS, type TrainerProgress } from '../training';
import { architectureOf, createInitialState, type InitialState } from './initialState';
import type { AppState, Point, State } from './types';

export type AppStore = ReturnType<typeof createAppStore>;

const divergedNotice = (iteration: number, learningRate: number) =>
  `Training diverged at iteration ${iteration} with learning rate ${learningRate}: the weights ` +
  `kept are the last finite ones. Lower the learning rate and press Play.`;

const NO_POINTS_NOTICE = 'Place some points on the plane to train on.';

/** The store's view of a published progress: the readouts and the weights' version. */
function progressState({
  iteration,
  cost,
  accuracy,
  stepsPerSecond,
  weightsVersion,
}: TrainerProgress): Pick<State, 'progress' | 'weightsVersion'> {
  return { progress: { iteration, cost, accuracy, stepsPerSecond }, weightsVersion };
}

export function createAppStore(initial: InitialState = createInitialState()) {
  return createStore<AppState>()(
    subscribeWithSelector((set, get) => {
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
      const trainer = createTrainer(architectureOf(initial), { settings: () => get(), publish });

      /** Cost and accuracy over all points, for a change made while no frame trains. */
      const measure = (samples = get().samples) => progressState(trainer.measure(samples));

      /** A fresh run for the current (or changed) configuration, at iteration 0, in one update. */
      const restart = (changes: Partial<State> = {}) => {
        const config = { ...get(), ...changes };
        trainer.restart(architectureOf(config));
        set({
          ...changes,
          ...measure(config.samples),
          notice: null,
          hoveredNeuron: null,
        });
      };

      /** New points; the hovered point stays only where indices still mean the same point. */
      const updatePoints = (points: readonly Point[], dataset = 'custom', keepHover = false) => {
        const hoveredPoint = keepHover ? get().hoveredPoint : null;
        const samples = samplesFromPoints(points);
        set({
          points,
          dataset,
          samples,
          hoveredPoint,
          ...(get().running ? {} : measure(samples)),
        });
      };

      const refuse = (notice: string) => set({ notice });

      return {
        ...initial,
        trainer,
        ...measure(initial.samples),

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

        setLearningRate(learningRate) {
          if (!isLearningRate(learningRate)) {
            return refuse(
              `The learning rate must be a number from ${LEARNING_RATE_MIN} to ${LEARNING_RATE_MAX}; it stays ${get().learningRate}.`,
            );
          }
          set({ learningRate, notice: null });
        },
        setBatchSize(batchSize: BatchSize) {
          if (batchSize !== 'full' && !isCount(batchSize, MAX_BATCH_SIZE)) {
            return refuse(`The batch size must be a whole number from 1 to ${MAX_BATCH_SIZE}.`);
          }
          set({ batchSize });
        },
        setSpeed(speed) {
          if (SPEEDS.includes(speed)) set({ speed });
        },
        setStopAfter(stopAfter) {
          if (stopAfter !== null && !isCount(stopAfter, MAX_ITERATIONS)) {
            return refuse('Stop after must be a whole number of iterations, at least 1.');
          }
          set({ stopAfter });
        },
        setSeed(seed) {
          if (!isSeed(seed)) {
            return refuse(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
          }
          restart({ seed });
        },
        setHiddenLayers(hiddenLayers) {
          if (!isHiddenLayers(hiddenLayers)) {
            return refuse(
              `Use up to ${MAX_HIDDEN_LAYERS} hidden layers of 1 to ${MAX_LAYER_SIZE} neurons.`,
            );
          }
          restart({ hiddenLayers: [...hiddenLayers] });
        },
        setActivation: (activation) => restart({ activation }),
        setClassCount(classCount) {
          if (!isClassCount(classCount)) {
            return refuse(`The number of classes must be from ${MIN_CLASSES} to ${MAX_CLASSES}.`);
          }
          const points = get().points.filter((p) => p.label < classCount);
          const selectedClass = Math.min(get().selectedClass, classCount - 1);
          set({ points, samples: samplesFromPoints(points), selectedClass });
          if (points.length !== get().points.length) set({ dataset: 'custom' });
          restart({ classCount });
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
          const classCount = Math.max(MIN_CLASSES, ...points.map((p) => p.label + 1));
          const selectedClass = Math.min(get().selectedClass, classCount - 1);
          const changes = { points, dataset, samples: samplesFromPoints(points), selectedClass };
          // A new number of classes needs a new output layer before any cost is computed.
          if (classCount !== get().classCount)
            restart({ ...changes, classCount, hoveredPoint: null });
          else updatePoints(points, dataset);
        },
        loadDataset(name) {
          set({ running: false });
          if (name === 'empty') {
            get().setPoints([], 'empty');
          } else if (isDatasetName(name)) {
            get().setPoints(generateDataset(name, get().seed), name);
          } else {
            return refuse(`There is no dataset named ${name}.`);
          }
          if (trainer.iteration > 0) restart();
        },

        hoverPoint: (hoveredPoint) => set({ hoveredPoint }),
        hoverNeuron: (hoveredNeuron) => set({ hoveredNeuron }),
        showNotice: (notice) => set({ notice }),
        dismissNotice: () => set({ notice: null }),
      };
    }),
  );
}
