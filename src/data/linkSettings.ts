import type { OptimizerSettings } from '../engine';
import { DECIMAL } from './pointsCsv';
import { SETTING_NAMES, type SessionSettings, type SettingName } from './sessionSettings';

/** A link parameter's text as the JSON value `readSettings` checks: numbers, lists, flags. */
type ParamDecoder = (text: string) => unknown;

const number: ParamDecoder = (text) => (DECIMAL.test(text) ? Number(text) : text);
const list: ParamDecoder = (text) => (text === '' ? [] : text.split(','));
const numbers: ParamDecoder = (text) => (text === '' ? [] : text.split(',').map(number));
const orNumber =
  (word: string, value: unknown): ParamDecoder =>
  (text) =>
    text === word ? value : number(text);

function decodeOptimizer(text: string): unknown {
  const [kind, ...values] = text.split(',');
  const [a, b, c] = values.map(number);
  if (kind === 'momentum') return { kind, momentum: a };
  if (kind === 'adam') return { kind, beta1: a, beta2: b, epsilon: c };
  return { kind };
}

function encodeOptimizer(optimizer: OptimizerSettings): string {
  if (optimizer.kind === 'momentum') return `momentum,${optimizer.momentum}`;
  if (optimizer.kind === 'adam') {
    return `adam,${optimizer.beta1},${optimizer.beta2},${optimizer.epsilon}`;
  }
  return optimizer.kind;
}

const DECODERS: { [K in SettingName]: ParamDecoder } = {
  hiddenLayers: numbers,
  activation: String,
  features: list,
  optimizer: decodeOptimizer,
  regularization: String,
  regularizationRate: number,
  testShare: number,
  discretize: (text) => (text === '1' ? true : text === '0' ? false : text),
  datasetOptions: (text) => {
    const [count, noise] = text.split(',').map(number);
    return { count, noise };
  },
  classCount: number,
  learningRate: number,
  batchSize: orNumber('full', 'full'),
  speed: orNumber('max', 'max'),
  seed: number,
  stopAfter: orNumber('none', null),
};

const ENCODERS: { [K in SettingName]: (value: SessionSettings[K]) => string } = {
  hiddenLayers: (sizes) => sizes.join(','),
  activation: String,
  features: (names) => names.join(','),
  optimizer: encodeOptimizer,
  regularization: String,
  regularizationRate: String,
  testShare: String,
  discretize: (on) => (on ? '1' : '0'),
  datasetOptions: ({ count, noise }) => `${count},${noise}`,
  classCount: String,
  learningRate: String,
  batchSize: String,
  speed: String,
  seed: String,
  stopAfter: (stop) => (stop === null ? 'none' : String(stop)),
};

export function isSettingName(key: string): key is SettingName {
  return (SETTING_NAMES as readonly string[]).includes(key);
}

/** A link parameter's text as a JSON value for `readSettings`. */
export function decodeSettingParam(key: SettingName, text: string): unknown {
  return DECODERS[key](text);
}

/** Every setting as `name=value` pairs, in a fixed order; numbers written exactly. */
export function encodeSettingParams(settings: SessionSettings): [string, string][] {
  return SETTING_NAMES.map((key) => [key, ENCODERS[key](settings[key] as never)]);
}
