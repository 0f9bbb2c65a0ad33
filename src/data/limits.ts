import { MAX_CLASSES, MAX_SEED, MIN_CLASSES } from '../engine';

/**
 * The bounds every value must respect however it arrives: a control, the command line, a file or
 * a link. The app's bounds keep one frame of training and painting within a frame; the command
 * line trains headless and allows larger batches, still checked before anything is allocated.
 */
export { MAX_CLASSES, MAX_SEED, MIN_CLASSES };

export const LEARNING_RATE_MIN = 1e-4;
export const LEARNING_RATE_MAX = 10;
export const MAX_HIDDEN_LAYERS = 8;
export const MAX_LAYER_SIZE = 32;
export const MAX_POINTS = 10_000;
export const MAX_BATCH_SIZE = 10_000;
/** `Stop after` and the command line's `--iterations`. */
export const MAX_ITERATIONS = 100_000_000;
/** The command line's larger batch: a million points of a 2-wide input is tens of MB of buffers. */
export const CLI_MAX_BATCH_SIZE = 1_000_000;

export function isLearningRate(rate: number): boolean {
  return rate >= LEARNING_RATE_MIN && rate <= LEARNING_RATE_MAX;
}

/** A whole number from 1 to `max`. */
export function isCount(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= max;
}

export function isClassCount(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_CLASSES && n <= MAX_CLASSES;
}

export function isHiddenLayers(sizes: readonly number[]): boolean {
  return sizes.length <= MAX_HIDDEN_LAYERS && sizes.every((n) => isCount(n, MAX_LAYER_SIZE));
}

/** The largest L1 or L2 rate a control accepts: beyond it the penalty swamps any data. */
export const MAX_REGULARIZATION_RATE = 1;

export function isRegularizationRate(rate: number): boolean {
  return rate >= 0 && rate <= MAX_REGULARIZATION_RATE;
}

/** The largest file the app imports (points, model or session), in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The networks the app can train: a model file beyond these is refused before allocation. */
export const APP_MODEL_LIMITS = {
  maxHiddenLayers: MAX_HIDDEN_LAYERS,
  maxLayerSize: MAX_LAYER_SIZE,
} as const;
