import { ACTIVATION_NAMES, isActivationName, MAX_MODEL_LAYER_SIZE } from '../engine';
import {
  CLI_MAX_BATCH_SIZE,
  DECIMAL,
  INPUT_NAMES,
  MAX_CLASSES,
  MAX_ITERATIONS,
  MAX_SEED,
  MIN_CLASSES,
} from '../data';
import type { ActivationName, BatchSize } from '../engine';
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

/** `2,4,4,2`: the input size (2: x and y), the hidden sizes, the number of classes. */
export function parseLayers(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => WHOLE.test(part))) {
    throw new CliError(
      `--layers: expected sizes separated by commas like 2,4,4,2, found "${text}"`,
    );
  }
  const layers = parts.map(Number);
  if (layers[0] !== INPUT_NAMES.length) {
    throw new CliError(
      `--layers: the first size is the input, which must be ${INPUT_NAMES.length} (${INPUT_NAMES.join(', ')}), found ${layers[0]}`,
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
