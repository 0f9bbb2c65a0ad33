import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  createRng,
  fromModelJson,
  MODEL_VERSION,
  ModelFormatError,
  normalizeFeatures,
  parseModel,
  readModel,
  readModelText,
  stringifyModel,
  toModelJson,
  type FeatureName,
  type ModelJson,
} from '../../src/engine';

const FEATURES: FeatureName[] = ['x', 'y2', 'xy', 'siny'];

/** A version 2 model on four features, as a plain object to edit. */
function versionTwo(): ModelJson {
  return toModelJson(createNetwork([4, 3, 2], 'leaky-relu', createRng(5)), FEATURES);
}

function rejection(json: unknown): string {
  try {
    readModel(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFormatError);
    return (error as Error).message;
  }
  throw new Error('readModel accepted an invalid model');
}

function withChange(change: (model: ModelJson) => void): ModelJson {
  const model = versionTwo();
  change(model);
  return model;
}

describe('toModelJson(net, features) and readModel(json)', () => {
  it('write version 2 with the features and read back the network and features exactly', () => {
    const net = createNetwork([4, 5, 3], 'tanh', createRng(1));
    net.weights[0][3] = 0.1 + 0.2;
    const json = toModelJson(net, FEATURES);
    expect(json.version).toBe(MODEL_VERSION);
    expect(json.version).toBe(2);
    expect(json.features).toEqual(['x', 'y2', 'xy', 'siny']);
    expect(readModel(json)).toEqual({ network: net, features: FEATURES });
    expect(readModel(JSON.parse(JSON.stringify(json)))).toEqual({
      network: net,
      features: FEATURES,
    });
    expect(readModelText(stringifyModel(net, FEATURES))).toEqual({
      network: net,
      features: FEATURES,
    });
    expect(fromModelJson(json)).toEqual(net);
    expect(parseModel(stringifyModel(net, FEATURES))).toEqual(net);
  });

  it('write version 1 for x, y, which reads back as features x, y', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(2));
    const json = toModelJson(net, ['x', 'y']);
    expect(json.version).toBe(1);
    expect(json).not.toHaveProperty('features');
    expect(json).toEqual(toModelJson(net));
    expect(readModel(json)).toEqual({ network: net, features: ['x', 'y'] });
  });

  it('read a version 2 file of x, y too', () => {
    const json = { ...toModelJson(createNetwork([2, 2], 'relu', createRng(3))), version: 2 };
    expect(readModel({ ...json, features: ['x', 'y'] }).features).toEqual(['x', 'y']);
  });

  it('will not write features out of canonical order or of the wrong count', () => {
    const net = createNetwork([2, 2], 'relu', createRng(4));
    expect(() => toModelJson(net, ['y', 'x'])).toThrow(RangeError);
    expect(() => toModelJson(net, ['x', 'y', 'xy'])).toThrow(RangeError);
    expect(() => toModelJson(net, ['x', 'x'])).toThrow(RangeError);
  });
});

describe('readModel(json) rejects, naming the field,', () => {
  it('a version 2 file without features', () => {
    expect(rejection(withChange((m) => delete m.features))).toMatch(/^features: expected an array/);
  });

  it('an unknown feature or one listed twice', () => {
    expect(rejection(withChange((m) => (m.features = ['x', 'y2', 'xy', 'cosx'])))).toMatch(
      /^features: unknown feature "cosx"/,
    );
    expect(rejection(withChange((m) => (m.features = ['x', 'x', 'xy', 'siny'])))).toMatch(
      /^features: feature "x" is listed twice/,
    );
    expect(rejection(withChange((m) => (m.features = [])))).toMatch(/^features\b/);
  });

  it('features out of canonical order', () => {
    const message = rejection(withChange((m) => (m.features = ['y2', 'x', 'xy', 'siny'])));
    expect(message).toBe('features: expected the canonical order x, y2, xy, siny');
  });

  it('an input size that is not the number of features', () => {
    const message = rejection(withChange((m) => (m.features = ['x', 'y2', 'xy'])));
    expect(message).toMatch(/^layers\[0\]: the input size must equal the number of features/);
    expect(message).toMatch(/\(3: x, y2, xy\), found 4/);
  });

  it('a version 1 file with an input size other than 2, or with features', () => {
    const one = toModelJson(createNetwork([3, 2], 'relu', createRng(6)));
    expect(rejection(one)).toMatch(/^layers\[0\]: the input size must be 2 \(x, y\)/);
    const listed = { ...toModelJson(createNetwork([2, 2], 'relu', createRng(6))), features: ['x'] };
    expect(rejection(listed)).toMatch(/^features: version 1 has no features/);
  });

  it('a version newer than 2, or an unknown format', () => {
    expect(rejection(withChange((m) => (m.version = 3)))).toBe(
      'version: version 3 is newer than this reader (2)',
    );
    expect(rejection(withChange((m) => (m.format = 'backprop-lab.session' as never)))).toMatch(
      /^format: unknown format "backprop-lab.session"/,
    );
  });
});

describe('readModelText(text)', () => {
  it('turns invalid JSON into a ModelFormatError naming the model', () => {
    expect(() => readModelText('{')).toThrow(/^model: not valid JSON/);
  });

  it('reads every feature at once', () => {
    const all = normalizeFeatures(['siny', 'sinx', 'xy', 'y2', 'x2', 'y', 'x']);
    const net = createNetwork([7, 2], 'sigmoid', createRng(7));
    expect(readModelText(stringifyModel(net, all))).toEqual({ network: net, features: all });
  });
});
