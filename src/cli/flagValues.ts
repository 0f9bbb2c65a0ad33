import {
  ACTIVATION_NAMES,
  FEATURE_NAMES,
  isActivationName,
  isOptimizerName,
  MAX_MODEL_LAYER_SIZE,
  normalizeFeatures,
  OPTIMIZER_NAMES,
} from '../engine';
import {
  CLI_MAX_BATCH_SIZE,
  DECIMAL,
  isRegularizationRate,
  MAX_CLASSES,
  MAX_ITERATIONS,
  MAX_REGULARIZATION_RATE,
  MAX_SEED,
  MIN_CLASSES,
} from '../data';
import type { ActivationName, BatchSize, FeatureName, OptimizerName } from '../engine';
import { CliError } from './cliIo';

const WHOLE = /^\d+$/;

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = WHOLE.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) {
    throw new CliError(`${flag}: expected a whole number from ${min} to ${max}, found "${text}"`);
  }
  return value;
}

export function parseIterations(text: string): number {
  return wholeNumber('--iterations', text, 0, MAX_ITERATIONS);
}

export function parseSeed(text: string): number {
  return wholeNumber('--seed', text, 0, MAX_SEED);
}

export function parseLearningRate(text: string): number {
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!(value > 0 && Number.isFinite(value))) {
    throw new CliError(`--lr: expected a positive number, found "${text}"`);
  }
  return value;
}

export function parseBatchSize(text: string): BatchSize {
  if (text === 'full') return 'full';
  const value = WHOLE.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= CLI_MAX_BATCH_SIZE)) {
    throw new CliError(
      `--batch: expected "full" or a whole number from 1 to ${CLI_MAX_BATCH_SIZE}, found "${text}"`,
    );
  }
  return value;
}

export function parseActivation(text: string): ActivationName {
  if (!isActivationName(text)) {
    throw new CliError(
      `--activation: expected one of ${ACTIVATION_NAMES.join(', ')}, found "${text}"`,
    );
  }
  return text;
}

/**
 * `2,4,4,2`: the input size, the hidden sizes, the number of classes. The input size must be the
 * number of `features` (2 for x, y).
 */
export function parseLayers(text: string, features: readonly FeatureName[]): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => WHOLE.test(part))) {
    throw new CliError(
      `--layers: expected sizes separated by commas like 2,4,4,2, found "${text}"`,
    );
  }
  const layers = parts.map(Number);
  if (layers[0] !== features.length) {
    throw new CliError(
      `--layers: the first size is the input, which must be the number of --features, ${features.length} (${features.join(', ')}), found ${layers[0]}`,
    );
  }
  const classes = layers[layers.length - 1];
  if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
    throw new CliError(
      `--layers: the last size is the number of classes, from ${MIN_CLASSES} to ${MAX_CLASSES}, found ${classes}`,
    );
  }
  const hidden = layers.slice(1, -1).find((size) => size < 1 || size > MAX_MODEL_LAYER_SIZE);
  if (hidden !== undefined) {
    throw new CliError(
      `--layers: hidden sizes must be from 1 to ${MAX_MODEL_LAYER_SIZE}, found ${hidden}`,
    );
  }
  return layers;
}

/**
 * `x,y,x2`: some of the features, each once, listed in any order; returned in the one order the
 * network takes them (that of FEATURE_NAMES).
 */
export function parseFeatures(text: string): FeatureName[] {
  try {
    return normalizeFeatures(text.split(',').map((part) => part.trim()));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new CliError(
      `--features: ${error.message}; expected some of ${FEATURE_NAMES.join(', ')} separated by commas, found "${text}"`,
    );
  }
}

export function parseOptimizerName(text: string): OptimizerName {
  if (!isOptimizerName(text)) {
    throw new CliError(
      `--optimizer: expected one of ${OPTIMIZER_NAMES.join(', ')}, found "${text}"`,
    );
  }
  return text;
}

/** A decimal number for `flag`; its range is checked by the caller. */
export function parseNumber(flag: string, text: string): number {
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) {
    throw new CliError(`${flag}: expected a number, found "${text}"`);
  }
  return value;
}

/** `--l1` or `--l2`: a rate of regularisation of the weights, within the shared limits. */
export function parseRegularizationRate(flag: '--l1' | '--l2', text: string): number {
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!isRegularizationRate(value)) {
    throw new CliError(
      `${flag}: expected a number from 0 to ${MAX_REGULARIZATION_RATE}, found "${text}"`,
    );
  }
  return value;
}
