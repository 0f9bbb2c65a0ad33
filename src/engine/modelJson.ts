import { ACTIVATION_NAMES, isActivationName } from './activations';
import { MAX_CLASSES, MIN_CLASSES, type Network } from './network';

export const MODEL_FORMAT = 'backprop-lab.model';
export const MODEL_VERSION = 1;
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
}

/** A model file that cannot be read; the message names the offending field. */
export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

export function toModelJson(net: Network): ModelJson {
  const { layers } = net;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    layers: [...layers],
    activation: net.activation,
    weights: net.weights.map((w, l) =>
      Array.from({ length: layers[l + 1] }, (_, i) =>
        Array.from(w.subarray(i * layers[l], (i + 1) * layers[l])),
      ),
    ),
    biases: net.biases.map((b) => Array.from(b)),
  };
}

function fail(field: string, why: string): never {
  throw new ModelFormatError(`${field}: ${why}`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
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

function readLayers(value: unknown): number[] {
  if (!Array.isArray(value) || value.length < 2) {
    fail('layers', 'expected an array of at least two layer sizes');
  }
  value.forEach((n: unknown, l) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_MODEL_LAYER_SIZE) {
      fail(
        `layers[${l}]`,
        `expected an integer from 1 to ${MAX_MODEL_LAYER_SIZE}, found ${describe(n)}`,
      );
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
 * Reads a parsed model file. Throws a ModelFormatError naming the field when the format is
 * unknown, the version newer than this reader, the shapes do not chain, or a number is not finite.
 */
export function fromModelJson(json: unknown): Network {
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
  const layers = readLayers(model.layers);
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
  return { layers, activation: model.activation, weights, biases };
}

/** Parses model text; JSON syntax errors become a ModelFormatError too. */
export function parseModel(text: string): Network {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail('model', `not valid JSON (${(error as Error).message})`);
  }
  return fromModelJson(json);
}

export function stringifyModel(net: Network): string {
  return JSON.stringify(toModelJson(net), null, 2) + '\n';
}
