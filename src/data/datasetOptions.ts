import { createRng, isSeed, MAX_CLASSES, MAX_SEED, MIN_CLASSES, type Rng } from '../engine';
import { isClassCount, isCount, MAX_POINTS } from './limits';

/** What a generated data set can be asked for, besides its seed. */
export interface DatasetOptions {
  /** The total number of points, a whole number from 1 to MAX_POINTS. */
  readonly count: number;
  /** From 0 (the classes apart, as designed) to 1 (heavily overlapping). */
  readonly noise: number;
  /** The number of classes K, 2 to 8, for the data sets that have K; the others have 2. */
  readonly classCount: number;
}

export const DEFAULT_DATASET_OPTIONS: DatasetOptions = { count: 200, noise: 0.1, classCount: 2 };

/**
 * Why `options` cannot be used, in one sentence for a person, or null when every value given is
 * in range. Checks only the values present, so a control can check its own value alone.
 */
export function validateDatasetOptions(options: Partial<DatasetOptions>): string | null {
  const { count, noise, classCount } = options;
  if (count !== undefined && !isCount(count, MAX_POINTS)) {
    return `The number of points must be a whole number from 1 to ${MAX_POINTS}, found ${count}.`;
  }
  if (noise !== undefined && !(typeof noise === 'number' && noise >= 0 && noise <= 1)) {
    return `The noise must be a number from 0 to 1, found ${noise}.`;
  }
  if (classCount !== undefined && !isClassCount(classCount)) {
    const range = `${MIN_CLASSES} to ${MAX_CLASSES}`;
    return `The number of classes must be a whole number from ${range}, found ${classCount}.`;
  }
  return null;
}

/**
 * Throws a RangeError for a seed that is not an integer from 0 to 2^32 - 1 or for options out of
 * range, with the message of validateDatasetOptions.
 */
export function checkDatasetArguments(seed: number, options: DatasetOptions): void {
  if (!isSeed(seed)) {
    throw new RangeError(`The seed must be an integer from 0 to ${MAX_SEED}, found ${seed}.`);
  }
  const problem = validateDatasetOptions(options);
  if (problem !== null) throw new RangeError(problem);
}

/**
 * A generator's own random stream, after checkDatasetArguments. The generator's `salt` is mixed
 * into the seed so that a data set and a network drawn from the same seed share no numbers.
 */
export function startGenerator(seed: number, options: DatasetOptions, salt: number): Rng {
  checkDatasetArguments(seed, options);
  return createRng((seed ^ salt) >>> 0);
}
