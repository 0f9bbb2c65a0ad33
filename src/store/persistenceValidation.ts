import {
  isActivationName,
  isSeed,
  normalizeFeatures,
  readModel,
  readOptimizerSettings,
  sameFeatures,
  toModelJson,
  type ModelJson,
} from '../engine';
import {
  clampToPlane,
  isClassCount,
  isCount,
  isDatasetId,
  isHiddenLayers,
  isLearningRate,
  isRegularizationRate,
  MAX_BATCH_SIZE,
  MAX_ITERATIONS,
  MAX_POINTS,
  MAX_TEST_SHARE,
  validateDatasetOptions,
} from '../data';
import { SPEEDS } from '../training';
import { architectureOf, initialConfig } from './initialState';
import { CONFIG_KEYS, type SessionSnapshot } from './sessionSnapshot';
import type { Config, Point } from './types';

/** A saved session read back: what could be used, and the names of what was dropped. */
export interface SavedSession {
  readonly snapshot: SessionSnapshot;
  readonly dataSeed: number | null;
  readonly dropped: readonly string[];
}

type Reader = (value: unknown) => unknown;
const isNumber = (value: unknown): value is number => typeof value === 'number';

/** Each setting's reader: the value when it is within the limits, undefined otherwise. */
const SETTING_READERS: { readonly [K in keyof Config]: Reader } = {
  hiddenLayers: (v) =>
    Array.isArray(v) && v.every(isNumber) && isHiddenLayers(v) ? [...v] : undefined,
  activation: (v) => (isActivationName(v) ? v : undefined),
  features: (v) => {
    if (!Array.isArray(v)) return undefined;
    const features = normalizeFeatures(v);
    return sameFeatures(features, v as typeof features) ? features : undefined;
  },
  optimizer: (v) => readOptimizerSettings(v),
  regularization: (v) => (v === 'none' || v === 'l1' || v === 'l2' ? v : undefined),
  regularizationRate: (v) => (isNumber(v) && isRegularizationRate(v) ? v : undefined),
  testShare: (v) => (isNumber(v) && v >= 0 && v <= MAX_TEST_SHARE ? v : undefined),
  discretize: (v) => (typeof v === 'boolean' ? v : undefined),
  datasetOptions: (v) => {
    if (typeof v !== 'object' || v === null) return undefined;
    const { count, noise } = v as Record<string, unknown>;
    if (!isNumber(count) || !isNumber(noise)) return undefined;
    return validateDatasetOptions({ count, noise }) === null ? { count, noise } : undefined;
  },
  classCount: (v) => (isNumber(v) && isClassCount(v) ? v : undefined),
  learningRate: (v) => (isNumber(v) && isLearningRate(v) ? v : undefined),
  batchSize: (v) => (v === 'full' || (isNumber(v) && isCount(v, MAX_BATCH_SIZE)) ? v : undefined),
  speed: (v) => (SPEEDS.some((speed) => speed === v) ? v : undefined),
  seed: (v) => (isNumber(v) && isSeed(v) ? v : undefined),
  stopAfter: (v) => (v === null || (isNumber(v) && isCount(v, MAX_ITERATIONS)) ? v : undefined),
};

function readSetting(key: keyof Config, value: unknown): unknown {
  try {
    return SETTING_READERS[key](value);
  } catch {
    return undefined;
  }
}

/** A point as saved, `[x, y, label]`, when its numbers are finite and its label a class. */
function readPoint(value: unknown, classCount: number): Point | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [x, y, label] = value as unknown[];
  if (!isNumber(x) || !isNumber(y) || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (!isNumber(label) || !Number.isInteger(label) || label < 0 || label >= classCount) return null;
  return { x: clampToPlane(x), y: clampToPlane(y), label };
}

const fieldsOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Reads a saved session, which may hold anything: each setting is kept when it is within the
 * limits and takes its default otherwise, points with bad numbers or labels are dropped, and
 * weights are kept only when they fit the network the settings describe. Never throws.
 */
export function readSavedSession(saved: unknown): SavedSession {
  const fields = fieldsOf(saved);
  const dropped: string[] = [];
  const savedSettings = fieldsOf(fields.settings);
  const settings: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    // An absent setting takes its default quietly; a present but invalid one is reported.
    const value = readSetting(key, savedSettings[key]);
    if (value === undefined && key in savedSettings) dropped.push(`settings.${key}`);
    settings[key] = value ?? initialConfig[key];
  }
  const config = settings as unknown as Config;

  const savedPoints = Array.isArray(fields.points) ? fields.points : [];
  if (!Array.isArray(fields.points)) dropped.push('points');
  if (savedPoints.length > MAX_POINTS) dropped.push(`points beyond ${MAX_POINTS}`);
  const points: Point[] = [];
  for (const value of savedPoints.slice(0, MAX_POINTS)) {
    const point = readPoint(value, config.classCount);
    if (point !== null) points.push(point);
  }
  const badPoints = Math.min(savedPoints.length, MAX_POINTS) - points.length;
  if (badPoints > 0) dropped.push(`${badPoints} point${badPoints === 1 ? '' : 's'}`);

  const { dataset: savedDataset } = fields;
  const knownDataset =
    savedDataset === 'custom' || savedDataset === 'empty' || isDatasetId(savedDataset);
  if (!knownDataset) dropped.push('dataset');
  // A dataset's name says where the points came from: once any is dropped, they are custom.
  const dataset = knownDataset && badPoints === 0 ? (savedDataset as string) : 'custom';

  const dataSeed = isNumber(fields.dataSeed) && isSeed(fields.dataSeed) ? fields.dataSeed : null;
  const model = fields.model === undefined ? undefined : readFittingModel(fields.model, config);
  if (fields.model !== undefined && model === undefined) dropped.push('weights');

  const snapshot: SessionSnapshot = { settings: config, points, dataset };
  return { snapshot: model ? { ...snapshot, model } : snapshot, dataSeed, dropped };
}

/** The model, rewritten from what was read, when it is valid and fits the configuration. */
function readFittingModel(value: unknown, config: Config): ModelJson | undefined {
  try {
    const { network, features } = readModel(value);
    const { layers, activation } = architectureOf(config);
    const fits =
      network.activation === activation &&
      network.layers.length === layers.length &&
      network.layers.every((size, l) => size === layers[l]) &&
      sameFeatures(features, config.features);
    return fits ? toModelJson(network, features) : undefined;
  } catch {
    return undefined;
  }
}
