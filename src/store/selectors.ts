import type { AppState } from './types';

// Module-level selectors returning primitives, so components re-render only when the value changes.
export const selectRunning = (s: AppState) => s.running;
export const selectLearningRate = (s: AppState) => s.learningRate;
export const selectBatchSize = (s: AppState) => s.batchSize;
export const selectSpeed = (s: AppState) => s.speed;
export const selectStopAfter = (s: AppState) => s.stopAfter;
export const selectSeed = (s: AppState) => s.seed;
export const selectActivation = (s: AppState) => s.activation;
export const selectClassCount = (s: AppState) => s.classCount;
export const selectSelectedClass = (s: AppState) => s.selectedClass;
export const selectDataset = (s: AppState) => s.dataset;
export const selectNotice = (s: AppState) => s.notice;
export const selectHiddenLayers = (s: AppState) => s.hiddenLayers;
export const selectTrainer = (s: AppState) => s.trainer;
export const selectWeightsVersion = (s: AppState) => s.weightsVersion;
/** The layer sizes as a string, so it changes only when the architecture does. */
export const selectArchitecture = (s: AppState) => s.trainer.network.layers.join('-');
export const selectProgress = (s: AppState) => s.progress;
export const selectHoveredNeuron = (s: AppState) => s.hoveredNeuron;
export const selectOptimizer = (s: AppState) => s.optimizer;
export const selectRegularization = (s: AppState) => s.regularization;
export const selectRegularizationRate = (s: AppState) => s.regularizationRate;
export const selectFeatures = (s: AppState) => s.features;
export const selectTestShare = (s: AppState) => s.testShare;
export const selectDiscretize = (s: AppState) => s.discretize;
export const selectDatasetOptions = (s: AppState) => s.datasetOptions;
export const selectInspecting = (s: AppState) => s.inspecting;
export const selectInspectedPoint = (s: AppState) => s.inspectedPoint;
/** The finished runs the cost chart keeps; a new list whenever one is kept or they are cleared. */
export const selectEarlierRuns = (s: AppState) => s.earlierRuns;
