import { readModel, type LabelledPoint, type ModelJson } from '../engine';
import { decodeBase64url, encodeBase64url } from './base64url';
import { deflateRaw, inflateRaw, InflateError } from './deflate';
import { describeValue, type FieldProblem } from './fieldProblem';
import { APP_MODEL_LIMITS, MAX_CLASSES, MAX_FILE_BYTES } from './limits';
import { decodeSettingParam, encodeSettingParams, isSettingName } from './linkSettings';
import { MAX_PACKED_POINTS_BYTES, packPoints, unpackPoints } from './pointsBinary';
import { copyModel, modelError } from './sessionJson';
import { readSettings, type SessionSettings, type SettingsRules } from './sessionSettings';
import { TOUR_PARAM } from './tourParam';

/** The version of the link's layout, written as `v=1`. */
export const LINK_VERSION = '1';
/** Browsers keep links up to about 2 MB; a longer fragment is not read at all. */
export const MAX_LINK_CHARS = 2_000_000;

const DATASET_NAME = /^[a-z0-9-]{1,40}$/;

/** What a link carries: always the settings, and when copied, the points and maybe weights. */
export interface LinkContent {
  readonly settings: SessionSettings;
  readonly dataset: string;
  readonly points?: readonly LabelledPoint[];
  readonly model?: ModelJson;
}

/** A link read field by field: what was valid, and each field dropped with the reason. */
export interface LinkReading {
  readonly settings: Partial<SessionSettings>;
  readonly dataset?: string;
  readonly points?: LabelledPoint[];
  readonly model?: ModelJson;
  readonly problems: FieldProblem[];
}

const pair = (key: string, value: string) =>
  `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`;

/** The fragment (without `#`) of the settings alone: what the address bar always carries. */
export function encodeSettingsFragment(settings: SessionSettings, dataset: string): string {
  return [
    pair('v', LINK_VERSION),
    ...encodeSettingParams(settings).map(([key, value]) => pair(key, value)),
    pair('dataset', dataset),
  ].join('&');
}

const encoder = new TextEncoder();

/** The fragment of a full link: the settings, then the points and weights compressed. */
export async function encodeLinkFragment(content: LinkContent): Promise<string> {
  const parts = [encodeSettingsFragment(content.settings, content.dataset)];
  if (content.points !== undefined) {
    parts.push(pair('points', encodeBase64url(await deflateRaw(packPoints(content.points)))));
  }
  if (content.model !== undefined) {
    const text = encoder.encode(JSON.stringify(content.model));
    parts.push(pair('weights', encodeBase64url(await deflateRaw(text))));
  }
  return parts.join('&');
}

/** A parameter name for a message: never longer than a few words, quoted when unknown. */
const shownKey = (key: string) => (/^[A-Za-z0-9]{1,24}$/.test(key) ? key : describeValue(key));

async function inflateParam(text: string, maxBytes: number): Promise<Uint8Array | string> {
  const bytes = decodeBase64url(text);
  if (bytes === null) return 'not base64url';
  try {
    return await inflateRaw(bytes, maxBytes);
  } catch (error) {
    if (error instanceof InflateError) return error.message;
    throw error;
  }
}

async function readPointsParam(text: string, classCount: number) {
  const bytes = await inflateParam(text, MAX_PACKED_POINTS_BYTES);
  if (typeof bytes === 'string') return { problem: bytes };
  return unpackPoints(bytes, classCount);
}

async function readWeightsParam(text: string): Promise<{ model: ModelJson } | { problem: string }> {
  const bytes = await inflateParam(text, MAX_FILE_BYTES);
  if (typeof bytes === 'string') return { problem: bytes };
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    readModel(json, APP_MODEL_LIMITS);
    return { model: copyModel(json as ModelJson) };
  } catch (error) {
    return { problem: modelError(error, 'model').message };
  }
}

/**
 * Reads a link's fragment (without `#`) field by field. A valid field is kept; a refused one
 * (wrong type, out of range, damaged, too large, unknown, repeated) is listed in `problems` with
 * the parameter's name. Never throws and runs nothing found in the link.
 */
export async function readLinkFragment(
  fragment: string,
  rules: SettingsRules = {},
): Promise<LinkReading> {
  if (fragment.length > MAX_LINK_CHARS) {
    return { settings: {}, problems: [{ path: 'link', reason: 'too long to read' }] };
  }
  const problems: FieldProblem[] = [];
  const raw: Record<string, unknown> = {};
  const seen = new Set<string>();
  let dataset: string | undefined;
  let pointsText: string | undefined;
  let weightsText: string | undefined;
  for (const [key, value] of new URLSearchParams(fragment)) {
    if (seen.has(key)) {
      problems.push({ path: shownKey(key), reason: 'given twice' });
      continue;
    }
    seen.add(key);
    if (isSettingName(key)) raw[key] = decodeSettingParam(key, value);
    else if (key === 'v') {
      if (value !== LINK_VERSION) problems.push({ path: 'v', reason: `unknown version` });
    } else if (key === 'dataset') {
      if (DATASET_NAME.test(value)) dataset = value;
      else problems.push({ path: 'dataset', reason: 'not a dataset name' });
    } else if (key === 'points') pointsText = value;
    else if (key === 'weights') weightsText = value;
    else if (key === TOUR_PARAM) continue;
    else problems.push({ path: shownKey(key), reason: 'unknown' });
  }
  const read = readSettings(raw, '', rules);
  problems.push(...read.problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') })));
  let points: LabelledPoint[] | undefined;
  if (pointsText !== undefined) {
    const result = await readPointsParam(pointsText, read.settings.classCount ?? MAX_CLASSES);
    if ('points' in result) points = result.points;
    else problems.push({ path: 'points', reason: result.problem });
  }
  let model: ModelJson | undefined;
  if (weightsText !== undefined) {
    const result = await readWeightsParam(weightsText);
    if ('model' in result) model = result.model;
    else problems.push({ path: 'weights', reason: result.problem });
  }
  return { settings: read.settings, dataset, points, model, problems };
}
