import { MAX_CLASSES, readModel, type LabelledPoint, type ModelJson } from '../engine';
import { InputFormatError, describeValue } from './fieldProblem';
import { APP_MODEL_LIMITS, MAX_POINTS } from './limits';
import { PLANE_MAX, PLANE_MIN } from './plane';
import { readSettings, type SessionSettings, type SettingsRules } from './sessionSettings';

export const SESSION_FORMAT = 'backprop-lab.session';
export const SESSION_VERSION = 1;

/** Everything needed to reopen a run, as a session file holds it. */
export interface SessionFile {
  /** Every setting the file gave; a missing one keeps the app's current value. */
  readonly settings: Partial<SessionSettings>;
  readonly points: readonly LabelledPoint[];
  /** Which dataset the points came from (`custom` once edited). */
  readonly dataset: string;
  /** The weights, checked against the app's limits and the settings' shape. */
  readonly model?: ModelJson;
}

/** A dataset name as the app writes them: short, lower-case words and digits. */
const DATASET_NAME = /^[a-z0-9-]{1,40}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(json: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(json, key) ? json[key] : undefined;
}

function readCoordinate(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputFormatError(path, `expected a finite number, found ${describeValue(value)}`);
  }
  if (value < PLANE_MIN || value > PLANE_MAX) {
    throw new InputFormatError(
      path,
      `${value} is outside the plane (${PLANE_MIN} to ${PLANE_MAX})`,
    );
  }
  return value;
}

/**
 * Points written as `[[x, y, label], ...]`: at most MAX_POINTS (checked before any is read),
 * coordinates on the plane, labels whole numbers below `classCount`.
 */
export function readPointTriples(
  json: unknown,
  classCount: number,
  path = 'points',
): LabelledPoint[] {
  if (!Array.isArray(json)) throw new InputFormatError(path, 'expected an array of [x, y, label]');
  if (json.length > MAX_POINTS) {
    throw new InputFormatError(path, `${json.length} points, more than the ${MAX_POINTS} allowed`);
  }
  return json.map((triple: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!Array.isArray(triple) || triple.length !== 3) {
      throw new InputFormatError(at, 'expected [x, y, label]');
    }
    const label = triple[2];
    if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label >= classCount) {
      throw new InputFormatError(
        `${at}[2]`,
        `expected a class from 0 to ${classCount - 1}, found ${describeValue(label)}`,
      );
    }
    return {
      x: readCoordinate(triple[0], `${at}[0]`),
      y: readCoordinate(triple[1], `${at}[1]`),
      label,
    };
  });
}

/** Checks that a model's shape is the one the settings describe, so it can be loaded as is. */
function checkModelFits(model: ModelJson, settings: Partial<SessionSettings>): void {
  const { layers } = model;
  const hidden = settings.hiddenLayers;
  const expected = [
    settings.features?.length ?? layers[0],
    ...(hidden ?? layers.slice(1, -1)),
    settings.classCount ?? layers[layers.length - 1],
  ];
  if (expected.join(',') !== layers.join(',')) {
    throw new InputFormatError(
      'model.layers',
      `[${layers.join(', ')}] does not match the settings' network [${expected.join(', ')}]`,
    );
  }
  if (settings.activation !== undefined && settings.activation !== model.activation) {
    throw new InputFormatError(
      'model.activation',
      `"${model.activation}" does not match settings.activation "${settings.activation}"`,
    );
  }
  const features = model.features ?? ['x', 'y'];
  if (settings.features !== undefined && settings.features.join(',') !== features.join(',')) {
    throw new InputFormatError(
      'model.features',
      `[${features.join(', ')}] does not match settings.features`,
    );
  }
}

/**
 * Reads a parsed session file. Strict: the first refused field throws an InputFormatError naming
 * its path (`settings.learningRate`, `points[3][2]`, `model.weights[0][1]`). Unknown top-level keys
 * are ignored; unknown settings are refused, since they mean a file from another program.
 */
export function readSession(json: unknown, rules: SettingsRules = {}): SessionFile {
  if (!isRecord(json)) throw new InputFormatError('session', 'expected a JSON object');
  const format = field(json, 'format');
  if (format !== SESSION_FORMAT) {
    throw new InputFormatError(
      'format',
      `unknown format ${describeValue(format)}, expected "${SESSION_FORMAT}"`,
    );
  }
  const version = field(json, 'version');
  if (version !== SESSION_VERSION) {
    const why =
      typeof version === 'number' && version > SESSION_VERSION
        ? `version ${version} is newer than this reader (${SESSION_VERSION})`
        : `expected ${SESSION_VERSION}, found ${describeValue(version)}`;
    throw new InputFormatError('version', why);
  }
  const { settings, problems } = readSettings(field(json, 'settings') ?? {}, 'settings', rules);
  if (problems.length > 0) throw new InputFormatError(problems[0].path, problems[0].reason);
  const points = readPointTriples(field(json, 'points'), settings.classCount ?? MAX_CLASSES);
  const dataset = field(json, 'dataset') ?? 'custom';
  if (typeof dataset !== 'string' || !DATASET_NAME.test(dataset)) {
    throw new InputFormatError(
      'dataset',
      `expected a dataset name, found ${describeValue(dataset)}`,
    );
  }
  const modelJson = field(json, 'model');
  if (modelJson === undefined) return { settings, points, dataset };
  try {
    readModel(modelJson, APP_MODEL_LIMITS);
  } catch (error) {
    throw modelError(error, 'model');
  }
  const model = copyModel(modelJson as ModelJson);
  checkModelFits(model, settings);
  return { settings, points, dataset, model };
}

/** A model reader's `field: reason` message as an error at `prefix.field`. */
export function modelError(error: unknown, prefix: string): InputFormatError {
  const message = error instanceof Error ? error.message : String(error);
  const colon = message.indexOf(': ');
  if (colon < 0) return new InputFormatError(prefix, message);
  const field = message.slice(0, colon);
  const path = field === 'model' ? prefix : `${prefix}.${field}`;
  return new InputFormatError(path, message.slice(colon + 2));
}

/** The model's own fields only, so nothing else from the file travels on. */
export function copyModel(model: ModelJson): ModelJson {
  const { format, version, layers, activation, weights, biases, features } = model;
  const copy: ModelJson = { format, version, layers: [...layers], activation, weights, biases };
  return features === undefined ? copy : { ...copy, features: [...features] };
}

/** Reads session text as `readSession`; a JSON syntax error names the position. */
export function readSessionText(text: string, rules: SettingsRules = {}): SessionFile {
  return readSession(parseJsonText(text, 'session'), rules);
}

/** JSON.parse with its syntax error as an InputFormatError at `path`. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFormatError(path, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The session file's text: every setting given, the points as `[x, y, label]`, and the model
 * when there is one. Throws a RangeError rather than write a number that is not finite.
 */
export function formatSession(session: SessionFile): string {
  for (const [i, p] of session.points.entries()) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      throw new RangeError(`Cannot write point ${i + 1}: its coordinates are not finite.`);
    }
  }
  const json = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    settings: session.settings,
    dataset: session.dataset,
    points: session.points.map((p) => [p.x, p.y, p.label]),
    ...(session.model === undefined ? {} : { model: session.model }),
  };
  const text = JSON.stringify(json, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`Cannot write the non-finite value ${value}.`);
    }
    return value;
  });
  return text + '\n';
}
