import { ACTIVATION_NAMES, isActivationName } from './activations';
import { DEFAULT_FEATURES, normalizeFeatures, sameFeatures, type FeatureName } from './features';
import { MAX_CLASSES, MIN_CLASSES, type Network } from './network';

export const MODEL_FORMAT = 'backprop-lab.model';
/**
 * The newest version this reader knows. Version 2 adds `features`; a model on x, y alone is
 * still written as version 1, which every reader takes.
 */
export const MODEL_VERSION = 2;
/** The largest layer a model file may have. */
export const MAX_MODEL_LAYER_SIZE = 1024;

/** The model file of DESIGN.md: `weights[l][i][j]` is W^(l+1)_(i,j), `biases[l][i]` is b^(l+1)_i. */
export interface ModelJson {
  format: typeof MODEL_FORMAT;
  version: number;
  layers: number[];
  activation: string;
  weights: number[][][];
  biases: number[][];
  /** Version 2: the network's inputs, in canonical order; layers[0] is their count. */
  features?: string[];
}

/** What a model file holds: the network and the features it takes as inputs. */
export interface Model {
  readonly network: Network;
  readonly features: FeatureName[];
}

/** Bounds tighter than the file format's, such as the app's, checked before any allocation. */
export interface ModelLimits {
  readonly maxHiddenLayers: number;
  readonly maxLayerSize: number;
}

/** A model file that cannot be read; the message names the offending field. */
export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

/**
 * The model file of `net`. Without `features` it is the version 1 file of a net on x, y, as
 * always. With them (in canonical order, one per input) it is version 2 listing them, or
 * version 1 when they are exactly x, y. Throws a RangeError when the features are not in
 * canonical order or do not match the input size.
 */
export function toModelJson(net: Network, features?: readonly FeatureName[]): ModelJson {
  const { layers } = net;
  const json: ModelJson = {
    format: MODEL_FORMAT,
    version: 1,
    layers: [...layers],
    activation: net.activation,
    weights: net.weights.map((w, l) =>
      Array.from({ length: layers[l + 1] }, (_, i) =>
        Array.from(w.subarray(i * layers[l], (i + 1) * layers[l])),
      ),
    ),
    biases: net.biases.map((b) => Array.from(b)),
  };
  if (features === undefined || sameFeatures(features, DEFAULT_FEATURES)) return json;
  if (!sameFeatures(features, normalizeFeatures(features))) {
    throw new RangeError(`The features ${features.join(', ')} are not in canonical order.`);
  }
  if (features.length !== layers[0]) {
    throw new RangeError(
      `The net takes ${layers[0]} inputs but ${features.length} features were given.`,
    );
  }
  return { ...json, version: MODEL_VERSION, features: [...features] };
}

function fail(field: string, why: string): never {
  throw new ModelFormatError(`${field}: ${why}`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  // Any other object: String() would call its own toString, which a file can spoil.
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function readNumbers(value: unknown, length: number, field: string, into: Float64Array, at = 0) {
  if (!Array.isArray(value)) fail(field, `expected an array of ${length} numbers`);
  if (value.length !== length) fail(field, `expected ${length} numbers, found ${value.length}`);
  value.forEach((x: unknown, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      fail(`${field}[${i}]`, `expected a finite number, found ${describe(x)}`);
    }
    into[at + i] = x;
  });
}

function readLayers(value: unknown, limits?: ModelLimits): number[] {
  if (!Array.isArray(value) || value.length < 2) {
    fail('layers', 'expected an array of at least two layer sizes');
  }
  if (limits !== undefined && value.length - 2 > limits.maxHiddenLayers) {
    fail(
      'layers',
      `${value.length - 2} hidden layers is more than the ${limits.maxHiddenLayers} allowed`,
    );
  }
  const widest = Math.min(MAX_MODEL_LAYER_SIZE, limits?.maxLayerSize ?? Infinity);
  value.forEach((n: unknown, l) => {
    const isHidden = l > 0 && l < value.length - 1;
    const max = isHidden ? widest : MAX_MODEL_LAYER_SIZE;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
      fail(`layers[${l}]`, `expected an integer from 1 to ${max}, found ${describe(n)}`);
    }
  });
  const classes = value[value.length - 1] as number;
  if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
    fail(
      `layers[${value.length - 1}]`,
      `the number of classes must be from ${MIN_CLASSES} to ${MAX_CLASSES}, found ${classes}`,
    );
  }
  return value as number[];
}

/**
 * The features of a model file: x, y for version 1 (which must then take two inputs); for
 * version 2 its `features`, known names in canonical order, one per input.
 */
function readFeatures(
  model: Record<string, unknown>,
  version: number,
  inputs: number,
): FeatureName[] {
  if (version === 1) {
    if (model.features !== undefined) {
      fail('features', 'version 1 has no features; a model with features is version 2');
    }
    if (inputs !== 2) {
      fail('layers[0]', `the input size must be 2 (x, y) in version 1, found ${inputs}`);
    }
    return [...DEFAULT_FEATURES];
  }
  const listed = model.features;
  if (!Array.isArray(listed)) fail('features', 'expected an array of feature names');
  let features: FeatureName[];
  try {
    features = normalizeFeatures(listed);
  } catch (error) {
    fail('features', (error as Error).message);
  }
  if (!sameFeatures(listed, features)) {
    fail('features', `expected the canonical order ${features.join(', ')}`);
  }
  if (inputs !== features.length) {
    fail(
      'layers[0]',
      `the input size must equal the number of features (${features.length}: ${features.join(', ')}), found ${inputs}`,
    );
  }
  return features;
}

/**
 * Reads a parsed model file, version 1 or 2, into the network and its features. Throws a
 * ModelFormatError naming the field when the format is unknown, the version newer than this
 * reader, the features unknown or out of order, the shapes do not chain, or a number is not
 * finite, or when a layer count or width exceeds `limits`.
 */
export function readModel(json: unknown, limits?: ModelLimits): Model {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    fail('model', 'expected a JSON object');
  }
  const model = json as Record<string, unknown>;
  if (model.format !== MODEL_FORMAT) {
    fail('format', `unknown format ${describe(model.format)}, expected "${MODEL_FORMAT}"`);
  }
  const { version } = model;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('version', `expected a positive integer, found ${describe(version)}`);
  }
  if (version > MODEL_VERSION) {
    fail('version', `version ${version} is newer than this reader (${MODEL_VERSION})`);
  }
  const layers = readLayers(model.layers, limits);
  const features = readFeatures(model, version, layers[0]);
  if (!isActivationName(model.activation)) {
    fail(
      'activation',
      `unknown activation ${describe(model.activation)}, expected one of ${ACTIVATION_NAMES.join(', ')}`,
    );
  }
  const depth = layers.length - 1;
  for (const key of ['weights', 'biases'] as const) {
    const value = model[key];
    if (!Array.isArray(value) || value.length !== depth) {
      fail(key, `expected ${depth} layers to match layers [${layers.join(', ')}]`);
    }
  }
  const weights = (model.weights as unknown[]).map((matrix, l) => {
    const rows = layers[l + 1];
    const columns = layers[l];
    const field = `weights[${l}]`;
    if (!Array.isArray(matrix) || matrix.length !== rows) {
      fail(field, `expected ${rows} rows (layer ${l + 1} has ${rows} neurons)`);
    }
    const w = new Float64Array(rows * columns);
    matrix.forEach((row: unknown, i) =>
      readNumbers(row, columns, `${field}[${i}]`, w, i * columns),
    );
    return w;
  });
  const biases = (model.biases as unknown[]).map((vector, l) => {
    const b = new Float64Array(layers[l + 1]);
    readNumbers(vector, layers[l + 1], `biases[${l}]`, b);
    return b;
  });
  return { network: { layers, activation: model.activation, weights, biases }, features };
}

/** The network of a model file, as `readModel`, for callers that need no features. */
export function fromModelJson(json: unknown): Network {
  return readModel(json).network;
}

/** Reads model text as `readModel`; JSON syntax errors become a ModelFormatError too. */
export function readModelText(text: string, limits?: ModelLimits): Model {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail('model', `not valid JSON (${(error as Error).message})`);
  }
  return readModel(json, limits);
}

/** The network of model text, as `readModelText`. */
export function parseModel(text: string): Network {
  return readModelText(text).network;
}

/** The model file as indented JSON text ending in a newline; `features` as in `toModelJson`. */
export function stringifyModel(net: Network, features?: readonly FeatureName[]): string {
  return JSON.stringify(toModelJson(net, features), null, 2) + '\n';
}
