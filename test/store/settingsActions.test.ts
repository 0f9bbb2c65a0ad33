import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';

const fresh = () => createAppStore();
const weightsOf = (store: ReturnType<typeof fresh>) =>
  store.getState().trainer.network.weights.map((w) => Array.from(w));

describe('setOptimizer(settings)', () => {
  it('keeps the weights and trains on with the new optimizer', () => {
    const store = fresh();
    store.getState().step();
    const before = weightsOf(store);
    store.getState().setOptimizer({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    expect(weightsOf(store)).toEqual(before);
    expect(store.getState().trainer.session.optimizer.settings.kind).toBe('adam');
    store.getState().step();
    expect(store.getState().progress.iteration).toBe(2);
  });

  it('refuses parameters out of range with a notice', () => {
    const store = fresh();
    store.getState().setOptimizer({ kind: 'momentum', momentum: 1.5 });
    expect(store.getState().optimizer.kind).toBe('gd');
    expect(store.getState().notice).toMatch(/momentum/i);
  });
});

describe('setFeatures(features)', () => {
  it('widens the input, draws the first layer again and keeps the others, and says so', () => {
    const store = fresh();
    store.getState().step();
    const before = weightsOf(store);
    store.getState().setFeatures(['x2', 'x', 'y']);
    const s = store.getState();
    expect(s.features).toEqual(['x', 'y', 'x2']);
    expect(s.trainer.network.layers).toEqual([3, 4, 4, 2]);
    expect(s.samples.inputSize).toBe(3);
    const after = weightsOf(store);
    expect(after[0]).toHaveLength(12);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(s.notice).toMatch(/first layer/);
  });

  it('refuses no features at all', () => {
    const store = fresh();
    store.getState().setFeatures([]);
    expect(store.getState().features).toEqual(['x', 'y']);
    expect(store.getState().notice).toMatch(/at least one/);
  });
});

describe('network edits', () => {
  it('addLayer appends a layer as wide as the last hidden one, 4 when there is none', () => {
    const store = fresh();
    store.getState().setHiddenLayers([6]);
    store.getState().addLayer();
    expect(store.getState().hiddenLayers).toEqual([6, 6]);
    store.getState().setHiddenLayers([]);
    store.getState().addLayer();
    expect(store.getState().hiddenLayers).toEqual([4]);
  });

  it('adds and removes neurons within the limits, keeping unchanged layers', () => {
    const store = fresh();
    const before = weightsOf(store);
    store.getState().addNeuron(2);
    expect(store.getState().hiddenLayers).toEqual([4, 5]);
    expect(weightsOf(store)[0]).toEqual(before[0]);
    store.getState().setHiddenLayers([1]);
    store.getState().removeNeuron(1);
    expect(store.getState().hiddenLayers).toEqual([1]);
    expect(store.getState().notice).toMatch(/hidden layers/);
    store.getState().addNeuron(3);
    expect(store.getState().hiddenLayers).toEqual([1]);
  });

  it('removeLayer stops at no hidden layer and addLayer at eight', () => {
    const store = fresh();
    store.getState().removeLayer();
    store.getState().removeLayer();
    store.getState().removeLayer();
    expect(store.getState().hiddenLayers).toEqual([]);
    for (let i = 0; i < 10; i++) store.getState().addLayer();
    expect(store.getState().hiddenLayers).toHaveLength(8);
  });
});

describe('setTestShare(share)', () => {
  it('holds out that share of the points and measures them apart', () => {
    const store = fresh();
    const total = store.getState().points.length;
    store.getState().setTestShare(0.3);
    const s = store.getState();
    expect(s.testSamples.count + s.samples.count).toBe(total);
    expect(s.testSamples.count / total).toBeCloseTo(0.3, 1);
    expect(s.heldOut.reduce((n, v) => n + v, 0)).toBe(s.testSamples.count);
    expect(s.progress.testCost).not.toBeNull();
    store.getState().setTestShare(0.95);
    expect(store.getState().testShare).toBe(0.3);
  });
});

describe('datasets', () => {
  it('Gaussian blobs follow the class count and Regenerate draws new points', () => {
    const store = fresh();
    store.getState().setClassCount(3);
    store.getState().loadDataset('blobs');
    const s = store.getState();
    expect(s.classCount).toBe(3);
    expect(new Set(s.points.map((p) => p.label)).size).toBe(3);
    const before = s.points;
    store.getState().regenerate();
    expect(store.getState().points).not.toEqual(before);
    store.getState().setDatasetOptions({ count: 50 });
    expect(store.getState().points).toHaveLength(50);
    store.getState().setDatasetOptions({ noise: 2 });
    expect(store.getState().notice).toMatch(/noise/i);
  });

  it('Empty keeps the class count', () => {
    const store = fresh();
    store.getState().setClassCount(8);
    store.getState().loadDataset('empty');
    expect(store.getState().classCount).toBe(8);
    expect(store.getState().points).toHaveLength(0);
  });
});

describe('regularization', () => {
  it('passes the rate to training as l1 or l2 and refuses absurd rates', () => {
    const store = fresh();
    store.getState().setRegularization('l2');
    store.getState().setRegularizationRate(0.5);
    store.getState().setRegularizationRate(-1);
    expect(store.getState().regularizationRate).toBe(0.5);
    expect(store.getState().notice).toMatch(/regularization rate/);
    const plain = fresh();
    const norm = (s: ReturnType<typeof fresh>) =>
      weightsOf(s)
        .flat()
        .reduce((sum, w) => sum + w * w, 0);
    for (let i = 0; i < 20; i++) {
      store.getState().step();
      plain.getState().step();
    }
    // The same batches and data gradients: only the penalty makes the difference.
    expect(norm(store)).toBeLessThan(norm(plain) * 0.9);
  });
});
