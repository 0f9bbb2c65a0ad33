import {
  checkOptimizerSettings,
  isSeed,
  normalizeFeatures,
  type BatchSize,
  type FeatureName,
} from '../engine';
import {
  FEATURE_LABELS,
  isCount,
  isHiddenLayers,
  isLearningRate,
  isRegularizationRate,
  LEARNING_RATE_MAX,
  LEARNING_RATE_MIN,
  MAX_BATCH_SIZE,
  MAX_HIDDEN_LAYERS,
  MAX_ITERATIONS,
  MAX_LAYER_SIZE,
  MAX_REGULARIZATION_RATE,
  MAX_SEED,
  MAX_TEST_SHARE,
} from '../data';
import { SPEEDS } from '../training';
import { pointsState } from './initialState';
import type { StoreKit } from './storeKit';
import type { Actions } from './types';

type SettingsActions = Pick<
  Actions,
  | 'setLearningRate'
  | 'setBatchSize'
  | 'setSpeed'
  | 'setStopAfter'
  | 'setSeed'
  | 'setHiddenLayers'
  | 'setActivation'
  | 'setOptimizer'
  | 'setRegularization'
  | 'setRegularizationRate'
  | 'setFeatures'
  | 'setTestShare'
  | 'setDiscretize'
  | 'addLayer'
  | 'removeLayer'
  | 'addNeuron'
  | 'removeNeuron'
>;

const LAYERS_NOTICE = `Use up to ${MAX_HIDDEN_LAYERS} hidden layers of 1 to ${MAX_LAYER_SIZE} neurons.`;
/** The width of a first hidden layer added to a network that has none. */
const FIRST_HIDDEN_WIDTH = 4;

const featureList = (features: readonly FeatureName[]) =>
  features.map((name) => FEATURE_LABELS[name]).join(', ');

/** The actions that change a setting; each checks its value against the shared limits. */
export function createSettingsActions(kit: StoreKit): SettingsActions {
  const { get, set, trainer, restart, reshape, measure, refuse } = kit;

  const editLayers = (edit: (hidden: number[]) => number[] | null) => {
    const hiddenLayers = edit([...get().hiddenLayers]);
    if (hiddenLayers === null || !isHiddenLayers(hiddenLayers)) return refuse(LAYERS_NOTICE);
    reshape({ hiddenLayers });
  };
  const hiddenIndex = (layer: number) =>
    Number.isInteger(layer) && layer >= 1 && layer <= get().hiddenLayers.length ? layer - 1 : -1;

  return {
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
      if (!isSeed(seed)) return refuse(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
      restart({ seed });
    },
    setHiddenLayers(hiddenLayers) {
      if (!isHiddenLayers(hiddenLayers)) return refuse(LAYERS_NOTICE);
      restart({ hiddenLayers: [...hiddenLayers] });
    },
    setActivation: (activation) => restart({ activation }),
    setOptimizer(optimizer) {
      try {
        checkOptimizerSettings(optimizer);
      } catch (error) {
        return refuse(error instanceof Error ? error.message : String(error));
      }
      trainer.setOptimizer(optimizer);
      set({ optimizer, notice: null });
    },
    setRegularization(regularization) {
      if (!['none', 'l1', 'l2'].includes(regularization)) return;
      set({ regularization });
    },
    setRegularizationRate(regularizationRate) {
      if (!isRegularizationRate(regularizationRate)) {
        return refuse(
          `The regularization rate must be a number from 0 to ${MAX_REGULARIZATION_RATE}; it stays ${get().regularizationRate}.`,
        );
      }
      set({ regularizationRate, notice: null });
    },
    setFeatures(names) {
      let features: FeatureName[];
      try {
        features = normalizeFeatures(names);
      } catch {
        return refuse('Choose at least one input feature.');
      }
      const changes = { features, ...pointsState(get().points, { ...get(), features }) };
      reshape(
        changes,
        `The inputs are now ${featureList(features)}: the first layer was drawn again from seed ${get().seed}.`,
      );
    },
    setTestShare(testShare) {
      if (!(testShare >= 0 && testShare <= MAX_TEST_SHARE)) {
        return refuse(`The test share must be from 0% to ${MAX_TEST_SHARE * 100}%.`);
      }
      const points = pointsState(get().points, { ...get(), testShare });
      set({ testShare, ...points, hoveredPoint: null, ...measure(points) });
    },
    setDiscretize: (discretize) => set({ discretize }),
    addLayer: () => editLayers((hidden) => [...hidden, hidden.at(-1) ?? FIRST_HIDDEN_WIDTH]),
    removeLayer: () => editLayers((hidden) => (hidden.length === 0 ? null : hidden.slice(0, -1))),
    addNeuron: (layer) =>
      editLayers((hidden) => {
        const i = hiddenIndex(layer);
        if (i < 0) return null;
        hidden[i]++;
        return hidden;
      }),
    removeNeuron: (layer) =>
      editLayers((hidden) => {
        const i = hiddenIndex(layer);
        if (i < 0) return null;
        hidden[i]--;
        return hidden;
      }),
  };
}
