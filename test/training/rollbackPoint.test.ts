import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  createOptimizer,
  createRng,
  defaultOptimizerSettings,
  OPTIMIZER_NAMES,
  samplesFromPoints,
  type LabelledPoint,
} from '../../src/engine';
import {
  createRollbackPoint,
  saneCostBound,
  SANE_COST_FLOOR,
} from '../../src/training/rollbackPoint';
import { createTrainingSession } from '../../src/training/trainingSession';

const xor: LabelledPoint[] = [];
for (let i = 0; i < 40; i++) {
  const x = ((i * 37) % 40) / 20 - 1 + 0.01;
  const y = ((i * 13) % 40) / 20 - 1 + 0.01;
  xor.push({ x, y, label: x * y > 0 ? 1 : 0 });
}
const samples = samplesFromPoints(xor);
const linearNet = { layers: [2, 8, 8, 2], activation: 'linear', seed: 1 } as const;
/** A rate that makes each optimizer blow the weights up: Adam's steps do not grow with the gradient. */
const BLOW_UP_RATE = { gd: 10, momentum: 10, adam: 1e120 } as const;

describe('saneCostBound(lowestCost)', () => {
  it('allows a hundred times the lowest cost, and never less than the floor', () => {
    expect(saneCostBound(0.001)).toBe(SANE_COST_FLOOR);
    expect(saneCostBound(0.5)).toBe(50);
    expect(saneCostBound(1e150) / 1e152).toBeCloseTo(1, 12);
  });
});

describe('createRollbackPoint(network, optimizer)', () => {
  it('keeps the last held state whose cost was sane, not one whose cost had blown up', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(1));
    const optimizer = createOptimizer(net.layers, { kind: 'gd' });
    const point = createRollbackPoint(net, optimizer);
    const saneWeight = net.weights[0][0];
    point.hold(net, optimizer, 0);
    point.accept(0.7);
    net.weights[0][0] = 1e100;
    point.hold(net, optimizer, 1);
    point.accept(1e150); // finite, but far beyond 100 x 0.7
    expect(point.iteration).toBe(0);
    point.restore(net, optimizer);
    expect(net.weights[0][0]).toBe(saneWeight);
  });

  it('ignores a cost that is not finite', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(1));
    const optimizer = createOptimizer(net.layers, { kind: 'gd' });
    const point = createRollbackPoint(net, optimizer);
    point.hold(net, optimizer, 4);
    point.accept(NaN);
    point.accept(Infinity);
    expect(point.iteration).toBe(0);
  });
});

describe.each(OPTIMIZER_NAMES)('a %s run that diverges', (name) => {
  it('goes back to sane weights, and a lower rate then trains on with a finite, falling cost', () => {
    const session = createTrainingSession(linearNet, defaultOptimizerSettings(name));
    expect(session.train(samples, { learningRate: 0.05, batchSize: 'full' }, 30)).toBe(true);
    const healthy = session.evaluate(samples).loss;
    const blowUp = { learningRate: BLOW_UP_RATE[name], batchSize: 'full' } as const;
    expect(session.train(samples, blowUp, 10_000)).toBe(false);
    const restored = session.evaluate(samples).loss;
    expect(restored).toBeLessThanOrEqual(saneCostBound(healthy));
    expect(session.history.length).toBe(session.iteration);

    const at = session.iteration;
    expect(session.train(samples, { learningRate: 0.01, batchSize: 'full' }, 300)).toBe(true);
    expect(session.iteration).toBe(at + 300);
    const after = session.evaluate(samples).loss;
    expect(Number.isFinite(after)).toBe(true);
    expect(after).toBeLessThan(restored);
    expect(Array.from(session.history.values.subarray(0, session.history.length))).toSatisfy(
      (costs: number[]) => costs.every(Number.isFinite),
    );
  });
});

describe('a run from huge imported weights', () => {
  it('diverges back to the imported weights, never to anything non-finite', () => {
    const session = createTrainingSession(linearNet);
    session.network.weights.forEach((w) => w.fill(1e100));
    const imported = session.network.weights.map((w) => Array.from(w));
    expect(session.train(samples, { learningRate: 0.0001, batchSize: 'full' }, 50)).toBe(false);
    expect(session.iteration).toBe(0);
    expect(session.history.length).toBe(0);
    expect(session.network.weights.map((w) => Array.from(w))).toEqual(imported);
  });
});

describe('a rate typed in mid-run', () => {
  it('rolls back to before the first step of the bad rate when that step blows up', () => {
    const session = createTrainingSession(linearNet);
    session.train(samples, { learningRate: 0.05, batchSize: 10 }, 100);
    const before = session.network.weights.map((w) => Array.from(w));
    // A rate typed digit by digit that ended far too high.
    expect(session.train(samples, { learningRate: 1e6, batchSize: 10 }, 50)).toBe(false);
    expect(session.iteration).toBeGreaterThanOrEqual(100);
    expect(session.iteration).toBeLessThanOrEqual(101);
    if (session.iteration === 100) {
      expect(session.network.weights.map((w) => Array.from(w))).toEqual(before);
    }
    expect(session.train(samples, { learningRate: 0.05, batchSize: 10 }, 100)).toBe(true);
  });
});
