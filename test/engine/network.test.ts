import { describe, expect, it } from 'vitest';
import {
  classCount,
  cloneNetwork,
  copyParameters,
  createNetwork,
  createRng,
  hasFiniteParameters,
  parameterCount,
  type Network,
} from '../../src/engine';

function parameters(net: Network): number[] {
  return [...net.weights, ...net.biases].flatMap((array) => Array.from(array));
}

describe('createNetwork(layers, activation, rng)', () => {
  it('shapes W^l as n_l x n_(l-1) and b^l as n_l', () => {
    const layers = [2, 4, 3, 5];
    const net = createNetwork(layers, 'tanh', createRng(1));
    expect(net.layers).toEqual(layers);
    expect(net.layers).not.toBe(layers);
    expect(net.activation).toBe('tanh');
    expect(net.weights.map((w) => w.length)).toEqual([4 * 2, 3 * 4, 5 * 3]);
    expect(net.biases.map((b) => b.length)).toEqual([4, 3, 5]);
    expect(parameters(net).length).toBe(parameterCount(layers));
    expect(classCount(net)).toBe(5);
  });

  it('starts every weight and bias uniform in [-0.5, 0.5)', () => {
    const values = parameters(createNetwork([2, 32, 32, 8], 'relu', createRng(2)));
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(-0.5);
      expect(value).toBeLessThan(0.5);
    }
    const mean = values.reduce((total, value) => total + value, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.min(...values)).toBeLessThan(-0.45);
    expect(Math.max(...values)).toBeGreaterThan(0.45);
  });

  it('is deterministic by seed', () => {
    const layers = [2, 4, 4, 2];
    expect(parameters(createNetwork(layers, 'relu', createRng(9)))).toStrictEqual(
      parameters(createNetwork(layers, 'relu', createRng(9))),
    );
    expect(parameters(createNetwork(layers, 'relu', createRng(10)))).not.toStrictEqual(
      parameters(createNetwork(layers, 'relu', createRng(9))),
    );
  });
});

describe('parameterCount(layers)', () => {
  it('counts n_l * (n_(l-1) + 1) over the layers', () => {
    expect(parameterCount([2, 4, 4, 2])).toBe(4 * 3 + 4 * 5 + 2 * 5);
  });
});

describe('cloneNetwork(net)', () => {
  it('copies every parameter into new arrays', () => {
    const net = createNetwork([2, 3, 2], 'sigmoid', createRng(4));
    const clone = cloneNetwork(net);
    expect(clone).toEqual(net);
    expect(clone.layers).not.toBe(net.layers);
    clone.weights.forEach((w, l) => expect(w).not.toBe(net.weights[l]));
    clone.biases.forEach((b, l) => expect(b).not.toBe(net.biases[l]));
  });

  it('is deep: changing the clone leaves the original alone', () => {
    const net = createNetwork([2, 3, 2], 'sigmoid', createRng(4));
    const before = parameters(net);
    const clone = cloneNetwork(net);
    clone.weights.forEach((w) => w.fill(7));
    clone.biases.forEach((b) => b.fill(7));
    expect(parameters(net)).toStrictEqual(before);
  });
});

describe('copyParameters(from, into)', () => {
  it('copies values without replacing the arrays of into', () => {
    const from = createNetwork([2, 3, 2], 'relu', createRng(5));
    const into = createNetwork([2, 3, 2], 'relu', createRng(6));
    const arrays = [...into.weights, ...into.biases];
    copyParameters(from, into);
    expect(parameters(into)).toStrictEqual(parameters(from));
    [...into.weights, ...into.biases].forEach((array, index) => expect(array).toBe(arrays[index]));
  });
});

describe('hasFiniteParameters(net)', () => {
  it('is false as soon as one weight or bias is NaN or infinite', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(8));
    expect(hasFiniteParameters(net)).toBe(true);
    for (const [array, bad] of [
      [net.weights[0], NaN],
      [net.weights[1], Infinity],
      [net.biases[1], -Infinity],
    ] as const) {
      const broken = cloneNetwork(net);
      const index = [...net.weights, ...net.biases].indexOf(array);
      [...broken.weights, ...broken.biases][index][array.length - 1] = bad;
      expect(hasFiniteParameters(broken)).toBe(false);
    }
  });
});
