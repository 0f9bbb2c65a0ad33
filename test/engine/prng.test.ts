import { describe, expect, it } from 'vitest';
import { createRng, RNG_STATE_LENGTH } from '../../src/engine';

function draws(seed: number, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('createRng(seed).next()', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(42, 1000)).toStrictEqual(draws(42, 1000));
  });

  it('gives different sequences for different seeds', () => {
    const sequences = [0, 1, 2, 42, 0xffffffff].map((seed) => draws(seed, 20));
    for (let s = 0; s < sequences.length; s++) {
      for (let t = s + 1; t < sequences.length; t++) {
        const same = sequences[s].filter((value, i) => value === sequences[t][i]).length;
        expect(same).toBe(0);
      }
    }
  });

  it('stays in [0, 1) with mean and spread of a uniform draw', () => {
    const values = draws(7, 100_000);
    expect(values.reduce((min, value) => Math.min(min, value))).toBeGreaterThanOrEqual(0);
    expect(values.reduce((max, value) => Math.max(max, value))).toBeLessThan(1);
    const mean = values.reduce((total, value) => total + value, 0) / values.length;
    const variance =
      values.reduce((total, value) => total + (value - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.005);
    expect(new Set(values).size).toBeGreaterThan(99_990);
  });
});

describe('createRng(seed).nextInt(maxExclusive)', () => {
  it('gives integers in [0, maxExclusive)', () => {
    const rng = createRng(3);
    for (const maxExclusive of [1, 2, 3, 7, 100, 1000]) {
      const values = Array.from({ length: 2000 }, () => rng.nextInt(maxExclusive));
      expect(values.every(Number.isInteger)).toBe(true);
      expect(Math.min(...values)).toBe(0);
      expect(Math.max(...values)).toBe(maxExclusive - 1);
    }
  });

  it('is roughly uniform: chi-square over 10 bins within a loose bound', () => {
    const rng = createRng(11);
    const bins = 10;
    const total = 100_000;
    const counts = new Array<number>(bins).fill(0);
    for (let i = 0; i < total; i++) counts[rng.nextInt(bins)]++;
    const expected = total / bins;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: 99.9% of uniform draws stay below 27.9.
    expect(chiSquare).toBeLessThan(27.9);
  });

  it('follows the same sequence as next() for the same seed', () => {
    const rng = createRng(5);
    const expected = draws(5, 50).map((value) => Math.floor(value * 13));
    expect(Array.from({ length: 50 }, () => rng.nextInt(13))).toStrictEqual(expected);
  });
});

describe('createRng(seed).state() and restore(state)', () => {
  it('restoring a state replays the stream from where the state was taken', () => {
    const rng = createRng(17);
    for (let i = 0; i < 123; i++) rng.next();
    const saved = rng.state();
    expect(saved.length).toBe(RNG_STATE_LENGTH);
    const ahead = Array.from({ length: 200 }, (_, i) => (i % 2 ? rng.next() : rng.nextInt(97)));
    rng.restore(saved);
    const again = Array.from({ length: 200 }, (_, i) => (i % 2 ? rng.next() : rng.nextInt(97)));
    expect(again).toStrictEqual(ahead);
  });

  it('carries a stream over to another generator, from a typed array too', () => {
    const source = createRng(3);
    source.next();
    const other = createRng(99);
    other.restore(Float64Array.from(source.state()));
    expect(Array.from({ length: 50 }, () => other.next())).toStrictEqual(
      Array.from({ length: 50 }, () => source.next()),
    );
  });

  it('starts a fresh generator at the state of its seed', () => {
    const rng = createRng(5);
    rng.next();
    rng.restore(createRng(5).state());
    expect(draws(5, 10)).toStrictEqual(Array.from({ length: 10 }, () => rng.next()));
  });

  it('returns a copy, which later draws leave alone', () => {
    const rng = createRng(8);
    const saved = rng.state();
    rng.next();
    expect(rng.state()).not.toEqual(saved);
    expect(saved).toEqual(createRng(8).state());
  });

  it('throws a RangeError on a state that is not one 32-bit unsigned integer, keeping the stream', () => {
    const rng = createRng(6);
    for (const state of [[], [1, 2], [-1], [2 ** 32], [0.5], [NaN]]) {
      expect(() => rng.restore(state)).toThrow(RangeError);
    }
    expect(rng.next()).toBe(createRng(6).next());
  });
});
