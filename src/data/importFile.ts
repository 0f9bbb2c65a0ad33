import { MODEL_FORMAT, readModel, type LabelledPoint, type Model, type ModelJson } from '../engine';
import { InputFormatError, describeValue } from './fieldProblem';
import { APP_MODEL_LIMITS, MAX_FILE_BYTES, MAX_POINTS } from './limits';
import { parsePointsCsv, PointsCsvError } from './pointsCsv';
import {
  copyModel,
  modelError,
  parseJsonText,
  readSession,
  SESSION_FORMAT,
  type SessionFile,
} from './sessionJson';
import type { SettingsRules } from './sessionSettings';

/** A file the app can take, told apart by its content. */
export type ImportedFile =
  | { readonly kind: 'points'; readonly points: LabelledPoint[] }
  | { readonly kind: 'model'; readonly model: Model; readonly json: ModelJson }
  | { readonly kind: 'session'; readonly session: SessionFile };

/** The file's kind and contents, or what is wrong with it and where. */
export type ImportReading =
  | { readonly ok: true; readonly file: ImportedFile }
  | { readonly ok: false; readonly problem: string };

/** Null when a file of `bytes` may be read; otherwise why not. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'the file is empty';
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return `the file is ${mb(bytes)}, more than the ${mb(MAX_FILE_BYTES)} allowed`;
  }
  return null;
}

// Text files hold no NUL and few other control characters; binary files hold many.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  return (sample.match(CONTROL)?.length ?? 0) > sample.length / 100;
}

function readModelFile(json: unknown): ImportedFile {
  try {
    const model = readModel(json, APP_MODEL_LIMITS);
    return { kind: 'model', model, json: copyModel(json as ModelJson) };
  } catch (error) {
    throw modelError(error, 'model');
  }
}

function readJsonFile(text: string, rules: SettingsRules): ImportedFile {
  const json = parseJsonText(text, 'file');
  const format =
    typeof json === 'object' && json !== null && Object.hasOwn(json, 'format')
      ? (json as { format: unknown }).format
      : undefined;
  if (format === SESSION_FORMAT) return { kind: 'session', session: readSession(json, rules) };
  if (format === MODEL_FORMAT) return readModelFile(json);
  throw new InputFormatError(
    'format',
    `unknown format ${describeValue(format)}, expected "${SESSION_FORMAT}" or "${MODEL_FORMAT}"`,
  );
}

function readPointsFile(text: string): ImportedFile {
  const points = parsePointsCsv(text, { maxPoints: MAX_POINTS, onPlane: true });
  if (points.length === 0) throw new PointsCsvError(2, null, 'no points after the header line');
  return { kind: 'points', points };
}

/**
 * Reads a file's text as the app imports it: a session or model JSON (by its `format`), or else
 * a points CSV with coordinates on the plane and at most MAX_POINTS points. Never throws: a
 * refusal says what is wrong and where (`line 3, column x: ...` or `settings.learningRate: ...`).
 */
export function readImportText(text: string, rules: SettingsRules = {}): ImportReading {
  const tooLarge = text.length > MAX_FILE_BYTES ? fileSizeProblem(text.length) : null;
  if (tooLarge !== null) return { ok: false, problem: tooLarge };
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: 'the file is empty' };
  if (looksBinary(body)) return { ok: false, problem: 'the file is binary, not text' };
  try {
    const file = body.trimStart().startsWith('{')
      ? readJsonFile(body, rules)
      : readPointsFile(body);
    return { ok: true, file };
  } catch (error) {
    if (error instanceof InputFormatError || error instanceof PointsCsvError) {
      return { ok: false, problem: error.message };
    }
    throw error;
  }
}
