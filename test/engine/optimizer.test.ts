import { describe, expect, it } from 'vitest';
import {
  cloneNetwork,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  DEFAULT_LEARNING_RATE,
  defaultOptimizerSettings,
  evaluate,
  OPTIMIZER_NAMES,
  parameterCount,
  samplesFromPoints,
  type Network,
  type Optimizer,
  type OptimizerSettings,
} from '../../src/engine';
import { randomPoints, xorLabel } from './randomPoints';
import { spiralPoints } from './spiral';

const LAYERS = [2, 4, 3, 2];
const SETTINGS: OptimizerSettings[] = OPTIMIZER_NAMES.map(defaultOptimizerSettings);
const POINTS = randomPoints(createRng(30), 40, xorLabel);
const SAMPLES = samplesFromPoints(POINTS);
const BATCH = { learningRate: 0.05, batchSize: 8 } as const;

function bytes(net: Network): number[][] {
  return [...net.weights, ...net.biases].map((array) => Array.from(new Uint8Array(array.buffer)));
}

/** `steps` mini-batch steps of `optimizer` on `net`, drawing batches from `rng`. */
function train(
  net: Network,
  optimizer: Optimizer,
  rng: ReturnType<typeof createRng>,
  steps: number,
) {
  const miniBatch = createMiniBatchStep(net.layers, 8);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    losses.push(miniBatch.step(net, SAMPLES, BATCH, rng, optimizer));
  }
  return losses;
}

describe('createOptimizer(layers, settings)', () => {
  it('keeps the settings and sizes its state: 0 for gd, P for momentum, 2P + 1 for adam', () => {
    const count = parameterCount(LAYERS);
    const sizes = SETTINGS.map((settings) => createOptimizer(LAYERS, settings).stateSize);
    expect(sizes).toEqual([0, count, 2 * count + 1]);
    for (const settings of SETTINGS) {
      expect(createOptimizer(LAYERS, settings).settings).toEqual(settings);
    }
  });

  it('throws a RangeError naming the setting that is out of range', () => {
    expect(() => createOptimizer(LAYERS, { kind: 'momentum', momentum: 1 })).toThrow(/^momentum/);
    const adam = defaultOptimizerSettings('adam');
    expect(() => createOptimizer(LAYERS, { ...adam, beta1: -0.1 } as never)).toThrow(/^beta1/);
    expect(() => createOptimizer(LAYERS, { ...adam, epsilon: 0 } as never)).toThrow(/^epsilon/);
    expect(() => createOptimizer(LAYERS, { kind: 'sgd' } as never)).toThrow(
      /^kind: unknown optimizer "sgd"/,
    );
  });
});

/** The stream of seed 32 after the batches of `steps` steps: one draw a point of each batch. */
function streamAfter(steps: number) {
  const rng = createRng(32);
  for (let draw = 0; draw < steps * BATCH.batchSize; draw++) rng.next();
  return rng;
}

describe('optimizer.snapshot(into) and optimizer.restore(from)', () => {
  for (const settings of SETTINGS) {
    it(`resume bit for bit where the snapshot was taken (${settings.kind})`, () => {
      const net = createNetwork(LAYERS, 'tanh', createRng(31));
      const optimizer = createOptimizer(LAYERS, settings);
      const rng = createRng(32);
      train(net, optimizer, rng, 7);
      const state = new Float64Array(optimizer.stateSize);
      optimizer.snapshot(state);
      const atSnapshot = cloneNetwork(net);
      const uninterrupted = train(net, optimizer, rng, 9);

      // A new optimizer, with a state of its own to overwrite.
      const fresh = createOptimizer(LAYERS, settings);
      train(createNetwork(LAYERS, 'relu', createRng(5)), fresh, createRng(6), 4);
      fresh.restore(state);
      const resumed = cloneNetwork(atSnapshot);
      expect(train(resumed, fresh, streamAfter(7), 9)).toStrictEqual(uninterrupted);
      expect(bytes(resumed)).toStrictEqual(bytes(net));

      // The same optimizer, taken back from 9 steps later.
      optimizer.restore(state);
      const again = cloneNetwork(atSnapshot);
      expect(train(again, optimizer, streamAfter(7), 9)).toStrictEqual(uninterrupted);
      expect(bytes(again)).toStrictEqual(bytes(net));
    });
  }

  it('hold the moments and the step count of adam', () => {
    const optimizer = createOptimizer([1, 2], defaultOptimizerSettings('adam'));
    const net = createNetwork([1, 2], 'linear', createRng(1));
    const grads = { gradW: [Float64Array.of(1, 2)], gradB: [Float64Array.of(3, 4)] };
    optimizer.step(net, grads, 0.1);
    optimizer.step(net, grads, 0.1);
    const state = new Float64Array(optimizer.stateSize);
    optimizer.snapshot(state);
    // m = 0.1 g + 0.09 g = 0.19 g, then v = 0.001999 g², then t = 2.
    [1, 2, 3, 4].forEach((g, k) => {
      expect(state[k]).toBeCloseTo(0.19 * g, 15);
      expect(state[4 + k]).toBeCloseTo(0.001999 * g * g, 15);
    });
    expect(state[8]).toBe(2);
  });

  it('throw a RangeError on an array of the wrong length, or an adam step count that is not whole', () => {
    for (const settings of SETTINGS) {
      const optimizer = createOptimizer(LAYERS, settings);
      const wrong = new Float64Array(optimizer.stateSize + 1);
      expect(() => optimizer.snapshot(wrong)).toThrow(RangeError);
      expect(() => optimizer.restore(wrong)).toThrow(RangeError);
    }
    const adam = createOptimizer(LAYERS, defaultOptimizerSettings('adam'));
    const state = new Float64Array(adam.stateSize);
    for (const t of [1.5, -1, NaN]) {
      state[state.length - 1] = t;
      expect(() => adam.restore(state)).toThrow(/step count/);
    }
  });
});

describe('optimizer.reset()', () => {
  for (const settings of SETTINGS) {
    it(`goes back to the state before the first step (${settings.kind})`, () => {
      const used = createOptimizer(LAYERS, settings);
      train(createNetwork(LAYERS, 'tanh', createRng(3)), used, createRng(4), 5);
      used.reset();
      const state = new Float64Array(used.stateSize);
      used.snapshot(state);
      expect(state.every((value) => value === 0)).toBe(true);
      const a = createNetwork(LAYERS, 'tanh', createRng(7));
      const b = cloneNetwork(a);
      train(a, used, createRng(8), 5);
      train(b, createOptimizer(LAYERS, settings), createRng(8), 5);
      expect(bytes(a)).toStrictEqual(bytes(b));
    });
  }
});

describe('optimizers on a two-arm spiral', () => {
  it('adam reaches a lower full-data cost than gd in the same 300 iterations', () => {
    const samples = samplesFromPoints(spiralPoints(createRng(41), 50, 2));
    const initial = createNetwork([2, 8, 8, 2], 'tanh', createRng(42));
    const costAfter = (settings: OptimizerSettings, learningRate: number) => {
      const net = cloneNetwork(initial);
      const optimizer = createOptimizer(net.layers, settings);
      const miniBatch = createMiniBatchStep(net.layers);
      const rng = createRng(43);
      for (let s = 0; s < 300; s++) {
        miniBatch.step(net, samples, { learningRate, batchSize: 'full' }, rng, optimizer);
      }
      return evaluate(net, samples, miniBatch.buffers).loss;
    };
    const start = evaluate(initial, samples, createMiniBatchStep(initial.layers).buffers).loss;
    // Each at a rate that suits it: gd at the app's default, adam at a tenth of it.
    const gd = costAfter(defaultOptimizerSettings('gd'), DEFAULT_LEARNING_RATE);
    const adam = costAfter(defaultOptimizerSettings('adam'), DEFAULT_LEARNING_RATE / 10);
    expect(gd).toBeLessThan(start);
    expect(adam).toBeLessThan(gd / 2);
  });
});
