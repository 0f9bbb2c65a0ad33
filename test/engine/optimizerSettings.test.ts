import { describe, expect, it } from 'vitest';
import {
  checkOptimizerSettings,
  DEFAULT_BETA1,
  DEFAULT_BETA2,
  DEFAULT_EPSILON,
  DEFAULT_MOMENTUM,
  defaultOptimizerSettings,
  isOptimizerName,
  OPTIMIZER_NAMES,
  readOptimizerSettings,
} from '../../src/engine';

describe('OPTIMIZER_NAMES and the defaults', () => {
  it('lists gd, momentum and adam, with momentum 0.9, beta1 0.9, beta2 0.999, epsilon 1e-8', () => {
    expect(OPTIMIZER_NAMES).toEqual(['gd', 'momentum', 'adam']);
    expect([DEFAULT_MOMENTUM, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON]).toEqual([
      0.9, 0.9, 0.999, 1e-8,
    ]);
  });
});

describe('defaultOptimizerSettings(name)', () => {
  it('gives each optimizer its default numbers', () => {
    expect(defaultOptimizerSettings('gd')).toEqual({ kind: 'gd' });
    expect(defaultOptimizerSettings('momentum')).toEqual({ kind: 'momentum', momentum: 0.9 });
    expect(defaultOptimizerSettings('adam')).toEqual({
      kind: 'adam',
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    });
  });
});

describe('isOptimizerName(name)', () => {
  it('accepts exactly the listed names', () => {
    for (const name of OPTIMIZER_NAMES) expect(isOptimizerName(name)).toBe(true);
    for (const name of ['sgd', 'Adam', '', null, 3, 'toString']) {
      expect(isOptimizerName(name)).toBe(false);
    }
  });
});

describe('checkOptimizerSettings(settings)', () => {
  it('accepts decays from 0 up to 1 and a positive epsilon', () => {
    expect(() => checkOptimizerSettings({ kind: 'momentum', momentum: 0 })).not.toThrow();
    expect(() =>
      checkOptimizerSettings({ kind: 'adam', beta1: 0, beta2: 0.9999, epsilon: 1e-12 }),
    ).not.toThrow();
  });

  it('throws a RangeError naming the field that is out of range', () => {
    for (const momentum of [1, -0.1, NaN]) {
      expect(() => checkOptimizerSettings({ kind: 'momentum', momentum })).toThrow(/^momentum:/);
    }
    const adam = { kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
    expect(() => checkOptimizerSettings({ ...adam, beta2: 1 })).toThrow(/^beta2:/);
    expect(() => checkOptimizerSettings({ ...adam, epsilon: -1 })).toThrow(/^epsilon:/);
    expect(() => checkOptimizerSettings({ ...adam, epsilon: Infinity })).toThrow(RangeError);
  });
});

describe('readOptimizerSettings(json)', () => {
  it('fills the numbers that are absent with their defaults', () => {
    expect(readOptimizerSettings({ kind: 'gd', momentum: 0.5 })).toEqual({ kind: 'gd' });
    expect(readOptimizerSettings({ kind: 'momentum' })).toEqual({
      kind: 'momentum',
      momentum: 0.9,
    });
    expect(readOptimizerSettings({ kind: 'adam', beta2: 0.99 })).toEqual({
      kind: 'adam',
      beta1: 0.9,
      beta2: 0.99,
      epsilon: 1e-8,
    });
  });

  it('rejects an unknown optimizer, a bad number or something that is not an object', () => {
    expect(() => readOptimizerSettings({ kind: 'sgd' })).toThrow(
      'kind: unknown optimizer "sgd", expected one of gd, momentum, adam',
    );
    expect(() => readOptimizerSettings({})).toThrow(/^kind: unknown optimizer undefined/);
    expect(() => readOptimizerSettings({ kind: 'adam', beta1: '0.9' })).toThrow(/^beta1:/);
    for (const json of [null, 'adam', ['adam']]) {
      expect(() => readOptimizerSettings(json)).toThrow(RangeError);
    }
  });
});
