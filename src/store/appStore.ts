import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import {
  isSeed,
  samplesFromPoints,
  MAX_CLASSES,
  MAX_SEED,
  MIN_CLASSES,
  type BatchSize,
} from '../engine';
import { generateDataset, isDatasetName, nearestPoint } from '../data';
import { clampToPlane, createTrainingSession, SPEEDS } from '../training';
import { createInitialState, layersOf } from './initialState';
import {
  isLearningRate,
  LEARNING_RATE_MAX,
  LEARNING_RATE_MIN,
  MAX_BATCH_SIZE,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_SIZE,
  MAX_POINTS,
} from './limits';
import type { AppState, Point, State } from './types';

export type AppStore = ReturnType<typeof createAppStore>;

const divergedNotice = (iteration: number, learningRate: number) =>
  `Training diverged at iteration ${iteration} with learning rate ${learningRate}: the weights ` +
  `kept are the last finite ones. Lower the learning rate and press Play.`;

const NO_POINTS_NOTICE = 'Place some points on the plane to train on.';

const isCount = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;

export function createAppStore(initial: State = createInitialState()) {
  return createStore<AppState>()(
    subscribeWithSelector((set, get) => {
      /** Cost and accuracy over all points, published to the views. */
      const publish = (
        stepsPerSecond: number,
        { session, samples }: Pick<State, 'session' | 'samples'> = get(),
      ): Partial<State> => {
        const { loss, accuracy } = session.evaluate(samples);
        return {
          progress: { iteration: session.iteration, cost: loss, accuracy, stepsPerSecond },
        };
      };

      /** A fresh run for the current (or changed) configuration, at iteration 0. */
      const restart = (changes: Partial<State> = {}) => {
        const config = { ...get(), ...changes };
        const session = createTrainingSession({
          layers: layersOf(config),
          activation: config.activation,
          seed: config.seed,
        });
        set({
          ...changes,
          ...publish(0, { session, samples: config.samples }),
          session,
          notice: null,
          hoveredNeuron: null,
        });
      };

      /** New points; the hovered point stays only where indices still mean the same point. */
      const updatePoints = (points: readonly Point[], dataset = 'custom', keepHover = false) => {
        const hoveredPoint = keepHover ? get().hoveredPoint : null;
        set({ points, dataset, samples: samplesFromPoints(points), hoveredPoint });
        if (!get().running) set(publish(0));
      };

      /**
       * Trains `steps` steps; pauses with a notice if training diverges, and at stopAfter unless
       * `pastStop` (a Step asked for by hand).
       */
      const train = (steps: number, stepsPerSecond: number, pastStop = false) => {
        const { session, samples, learningRate, batchSize, stopAfter } = get();
        if (samples.count === 0) {
          set({ running: false, notice: NO_POINTS_NOTICE });
          return;
        }
        const remaining = stopAfter === null || pastStop ? steps : stopAfter - session.iteration;
        const finite = session.train(
          samples,
          { learningRate, batchSize },
          Math.min(steps, remaining),
        );
        const stopped = !finite || (stopAfter !== null && session.iteration >= stopAfter);
        set({
          // A run that stops has no rate any more.
          ...publish(stopped ? 0 : stepsPerSecond),
          running: get().running && !stopped,
          ...(finite ? {} : { notice: divergedNotice(session.iteration, learningRate) }),
        });
      };

      const refuse = (notice: string) => set({ notice });

      return {
        ...initial,

        play() {
          const { stopAfter, session, samples } = get();
          if (samples.count === 0) return refuse(NO_POINTS_NOTICE);
          // Play at the stop resumes for another `stopAfter` iterations rather than doing nothing.
          if (stopAfter !== null && session.iteration >= stopAfter) {
            set({ stopAfter: session.iteration + stopAfter });
          }
          set({ running: true, notice: null });
        },
        pause: () => set({ running: false, ...publish(0) }),
        step() {
          set({ running: false });
          train(1, 0, true);
        },
        reset: () => restart(),
        advance: (steps, stepsPerSecond) => {
          if (get().running) train(steps, stepsPerSecond);
        },

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
          if (stopAfter !== null && !isCount(stopAfter, 1e9)) {
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
          if (
            hiddenLayers.length > MAX_HIDDEN_LAYERS ||
            !hiddenLayers.every((n) => isCount(n, MAX_LAYER_SIZE))
          ) {
            return refuse(
              `Use up to ${MAX_HIDDEN_LAYERS} hidden layers of 1 to ${MAX_LAYER_SIZE} neurons.`,
            );
          }
          restart({ hiddenLayers: [...hiddenLayers] });
        },
        setActivation: (activation) => restart({ activation }),
        setClassCount(classCount) {
          if (
            !Number.isInteger(classCount) ||
            classCount < MIN_CLASSES ||
            classCount > MAX_CLASSES
          ) {
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
          if (get().session.iteration > 0) restart();
        },

        hoverPoint: (hoveredPoint) => set({ hoveredPoint }),
        hoverNeuron: (hoveredNeuron) => set({ hoveredNeuron }),
        showNotice: (notice) => set({ notice }),
        dismissNotice: () => set({ notice: null }),
      };
    }),
  );
}
