import {
  isSeed,
  normalizeFeatures,
  readOptimizerSettings,
  ACTIVATION_NAMES,
  MAX_SEED,
  type ActivationName,
  type BatchSize,
  type FeatureName,
  type OptimizerSettings,
} from '../engine';
import { validateDatasetOptions } from './datasetOptions';
import { MAX_TEST_SHARE } from './heldOut';
import {
  isClassCount,
  isCount,
  isHiddenLayers,
  isLearningRate,
  isRegularizationRate,
  LEARNING_RATE_MAX,
  LEARNING_RATE_MIN,
  MAX_BATCH_SIZE,
  MAX_CLASSES,
  MAX_HIDDEN_LAYERS,
  MAX_ITERATIONS,
  MAX_LAYER_SIZE,
  MAX_REGULARIZATION_RATE,
  MIN_CLASSES,
} from './limits';
import { describeValue, type FieldProblem } from './fieldProblem';

/** Steps a frame: a count, or `max` (the training layer's `Speed`). */
export type SpeedSetting = number | 'max';

/**
 * The settings a session file or a link carries: the same fields, with the same meaning, as the
 * store's `Config`. Declared here because files and links are read below the store.
 */
export interface SessionSettings {
  readonly hiddenLayers: readonly number[];
  readonly activation: ActivationName;
  readonly features: readonly FeatureName[];
  readonly optimizer: OptimizerSettings;
  readonly regularization: 'none' | 'l1' | 'l2';
  readonly regularizationRate: number;
  readonly testShare: number;
  readonly discretize: boolean;
  readonly datasetOptions: { readonly count: number; readonly noise: number };
  readonly classCount: number;
  readonly learningRate: number;
  readonly batchSize: BatchSize;
  readonly speed: SpeedSetting;
  readonly seed: number;
  readonly stopAfter: number | null;
}

export type SettingName = keyof SessionSettings;

export interface SettingsRules {
  /** The speeds the app offers; without it, `max` or a whole number from 1 to 1000. */
  readonly speeds?: readonly SpeedSetting[];
}

/** A setting read from untrusted input: its value, or why it was refused. */
type Reading<T> = { readonly value: T } | { readonly problem: string };

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function numberIn(value: unknown, ok: (n: number) => boolean, range: string): Reading<number> {
  if (isNumber(value) && ok(value)) return { value };
  return { problem: `expected ${range}, found ${describeValue(value)}` };
}

function oneOf<T extends string>(value: unknown, choices: readonly T[]): Reading<T> {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) {
    return { value: value as T };
  }
  return { problem: `expected one of ${choices.join(', ')}, found ${describeValue(value)}` };
}

function readingOf<T>(read: () => T): Reading<T> {
  try {
    return { value: read() };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

const layersRange = `up to ${MAX_HIDDEN_LAYERS} whole numbers from 1 to ${MAX_LAYER_SIZE}`;

/** How each setting is read; every reader takes any JSON value and never throws. */
function settingReaders(rules: SettingsRules): {
  [K in SettingName]: (value: unknown) => Reading<SessionSettings[K]>;
} {
  return {
    hiddenLayers: (value) =>
      Array.isArray(value) && value.length <= MAX_HIDDEN_LAYERS && value.every(isNumber)
        ? isHiddenLayers(value)
          ? { value: [...value] }
          : { problem: `expected ${layersRange}, found [${value.join(', ')}]` }
        : { problem: `expected an array of ${layersRange}` },
    activation: (value) => oneOf(value, ACTIVATION_NAMES),
    features: (value) =>
      Array.isArray(value)
        ? readingOf(() => normalizeFeatures(value))
        : { problem: 'expected an array of feature names' },
    optimizer: (value) =>
      typeof value === 'object' && value !== null && typeof Object(value).kind === 'string'
        ? readingOf(() => readOptimizerSettings(value))
        : { problem: 'expected an object with a kind' },
    regularization: (value) => oneOf(value, ['none', 'l1', 'l2'] as const),
    regularizationRate: (value) =>
      numberIn(value, isRegularizationRate, `a number from 0 to ${MAX_REGULARIZATION_RATE}`),
    testShare: (value) =>
      numberIn(value, (n) => n >= 0 && n <= MAX_TEST_SHARE, `a number from 0 to ${MAX_TEST_SHARE}`),
    discretize: (value) =>
      typeof value === 'boolean'
        ? { value }
        : { problem: `expected true or false, found ${describeValue(value)}` },
    datasetOptions: (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { problem: 'expected an object with count and noise' };
      }
      const { count, noise } = value as Record<string, unknown>;
      if (!isNumber(count) || !isNumber(noise)) {
        return { problem: 'expected count and noise to be numbers' };
      }
      const problem = validateDatasetOptions({ count, noise });
      return problem === null ? { value: { count, noise } } : { problem };
    },
    classCount: (value) =>
      numberIn(value, isClassCount, `a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}`),
    learningRate: (value) =>
      numberIn(value, isLearningRate, `a number from ${LEARNING_RATE_MIN} to ${LEARNING_RATE_MAX}`),
    batchSize: (value) =>
      value === 'full'
        ? { value }
        : numberIn(
            value,
            (n) => isCount(n, MAX_BATCH_SIZE),
            `"full" or a whole number from 1 to ${MAX_BATCH_SIZE}`,
          ),
    speed: (value) => {
      const speeds = rules.speeds;
      if (speeds === undefined) {
        return value === 'max'
          ? { value }
          : numberIn(value, (n) => isCount(n, 1000), '"max" or 1 to 1000');
      }
      return speeds.includes(value as SpeedSetting)
        ? { value: value as SpeedSetting }
        : { problem: `expected one of ${speeds.join(', ')}, found ${describeValue(value)}` };
    },
    seed: (value) => numberIn(value, isSeed, `a whole number from 0 to ${MAX_SEED}`),
    stopAfter: (value) =>
      value === null
        ? { value }
        : numberIn(value, (n) => isCount(n, MAX_ITERATIONS), `null or 1 to ${MAX_ITERATIONS}`),
  };
}

export const SETTING_NAMES = Object.keys(settingReaders({})) as SettingName[];

export interface SettingsReading {
  /** The settings that were valid; absent ones were missing or refused. */
  readonly settings: Partial<SessionSettings>;
  /** Each refused or unknown field, with its path under `path`. */
  readonly problems: FieldProblem[];
}

/**
 * Reads settings from untrusted JSON field by field: a valid field is kept, a field that is out
 * of range, of the wrong type or unknown is reported with its path (`settings.learningRate`).
 * Missing fields are neither kept nor reported. Never throws; reads own properties only.
 */
export function readSettings(
  json: unknown,
  path = 'settings',
  rules: SettingsRules = {},
): SettingsReading {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { settings: {}, problems: [{ path, reason: 'expected an object' }] };
  }
  const readers = settingReaders(rules);
  const settings: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(json)) {
    // A key as written in a message: plain when it is a name, quoted and cut short otherwise.
    const field = /^[A-Za-z_$][\w$]{0,40}$/.test(key)
      ? `${path}.${key}`
      : `${path}[${describeValue(key)}]`;
    if (!Object.hasOwn(readers, key)) {
      problems.push({ path: field, reason: 'unknown setting' });
      continue;
    }
    const reading = readers[key as SettingName]((json as Record<string, unknown>)[key]);
    if ('value' in reading) settings[key] = reading.value;
    else problems.push({ path: field, reason: reading.problem });
  }
  return { settings: settings as Partial<SessionSettings>, problems };
}
