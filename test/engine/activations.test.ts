import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  activations,
  createRng,
  isActivationName,
  LEAKY_RELU_SLOPE,
} from '../../src/engine';

const STEP = 1e-5;

/** Inputs spread over [-6, 6), none within 0.01 of relu's kink at 0. */
function sampleInputs(seed: number, count: number): Float64Array {
  const rng = createRng(seed);
  const z = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let value = 0;
    while (Math.abs(value) < 0.01) value = 12 * rng.next() - 6;
    z[i] = value;
  }
  return z;
}

describe('activations[name].df(z, a)', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`matches a central difference of f away from kinks (${name})`, () => {
      const { f, df } = activations[name];
      for (const z of sampleInputs(1, 200)) {
        const numeric = (f(z + STEP) - f(z - STEP)) / (2 * STEP);
        expect(Math.abs(df(z, f(z)) - numeric)).toBeLessThan(1e-8);
      }
    });
  }

  it('gives relu a slope of 1 above zero and 0 below', () => {
    const { f, df } = activations.relu;
    expect([f(2.5), f(-2.5), df(2.5, 2.5), df(-2.5, 0)]).toEqual([2.5, 0, 1, 0]);
  });
});

describe('activations[name].forward(z, a, length) and backward(delta, z, a, length)', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`agree with f and df element by element and touch only the first length (${name})`, () => {
      const { f, df, forward, backward } = activations[name];
      const length = 50;
      const z = sampleInputs(2, length + 5);
      z[3] = 0;
      const a = new Float64Array(z.length).fill(42);
      forward(z, a, length);
      for (let i = 0; i < length; i++) expect(a[i]).toBe(f(z[i]));
      for (let i = length; i < z.length; i++) expect(a[i]).toBe(42);

      const incoming = sampleInputs(3, z.length);
      const delta = incoming.slice();
      backward(delta, z, a, length);
      // === rather than Object.is: relu may give 0 where the product is -0.
      for (let i = 0; i < length; i++) {
        expect(delta[i] === incoming[i] * df(z[i], a[i])).toBe(true);
      }
      for (let i = length; i < z.length; i++) expect(delta[i]).toBe(incoming[i]);
    });
  }
});

describe('isActivationName(name)', () => {
  it('accepts exactly the listed names', () => {
    for (const name of ACTIVATION_NAMES) expect(isActivationName(name)).toBe(true);
    for (const name of ['softplus', 'ReLU', '', 1, null, undefined, 'toString']) {
      expect(isActivationName(name)).toBe(false);
    }
  });
});

describe('activations[name].forward at the extremes of finite numbers', () => {
  it('agrees with f from -1e307 to 1e307, and stays finite for every activation', () => {
    const z = Float64Array.from([-1e307, -1e200, -1e-300, -0, 0, 5e-324, 1e-300, 1e200, 1e307]);
    for (const name of ACTIVATION_NAMES) {
      const a = new Float64Array(z.length);
      activations[name].forward(z, a, z.length);
      z.forEach((value, i) => {
        expect(a[i] + 0, `${name}(${value})`).toBe(activations[name].f(value) + 0);
        expect(Number.isFinite(a[i])).toBe(true);
      });
    }
  });
});

describe("activations['leaky-relu']", () => {
  it('has a slope of 1 above zero and LEAKY_RELU_SLOPE = 0.01 below, in f, df and the loops', () => {
    const { f, df, forward, backward } = activations['leaky-relu'];
    expect(LEAKY_RELU_SLOPE).toBe(0.01);
    expect([f(2.5), f(-2.5), f(0), df(2.5, 2.5), df(-2.5, -0.025), df(0, 0)]).toEqual([
      2.5, -0.025, 0, 1, 0.01, 0.01,
    ]);
    const z = Float64Array.of(3, -200, 0, -0.5);
    const a = new Float64Array(4);
    forward(z, a, 4);
    expect(Array.from(a)).toEqual([3, -2, 0, -0.005]);
    const delta = Float64Array.of(2, 2, 2, 2);
    backward(delta, z, a, 4);
    expect(Array.from(delta)).toEqual([2, 0.02, 0.02, 0.02]);
  });
});
