import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/store';

const fresh = () => createAppStore();
const pastCount = (store: AppStore) => store.temporal.getState().pastStates.length;

describe('undo() of points', () => {
  it('takes back an added point, and redo() puts it back', () => {
    const store = fresh();
    const before = store.getState().points;
    store.getState().addPoint(0.25, -0.5);
    expect(store.getState().points.length).toBe(before.length + 1);
    store.getState().undo();
    expect(store.getState().points).toBe(before);
    expect(store.getState().samples.count).toBe(before.length);
    store.getState().redo();
    expect(store.getState().points.at(-1)).toEqual({ x: 0.25, y: -0.5, label: 0 });
    expect(store.getState().samples.count).toBe(before.length + 1);
  });

  it('takes back a drag of many moves in one step', () => {
    const store = fresh();
    const before = store.getState().points;
    const { beginDrag, movePoint, endDrag } = store.getState();
    beginDrag();
    for (let i = 1; i <= 20; i++) movePoint(0, i / 40, -i / 40);
    endDrag();
    expect(pastCount(store)).toBe(1);
    expect(store.getState().points[0]).toEqual({ ...before[0], x: 0.5, y: -0.5 });
    store.getState().undo();
    expect(store.getState().points).toBe(before);
  });

  it('makes one entry of an action that updates the store several times', () => {
    const store = fresh();
    const before = store.getState();
    store.getState().setClassCount(3);
    expect(pastCount(store)).toBe(1);
    store.getState().undo();
    expect(store.getState().classCount).toBe(2);
    expect(store.getState().points).toBe(before.points);
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 4, 2]);
  });

  it('restores the held-out split of the points it brings back', () => {
    const store = fresh();
    store.getState().setTestShare(0.5);
    const heldOut = store.getState().heldOut.reduce((n, v) => n + v, 0);
    store.getState().addPoint(0.1, 0.1);
    store.getState().undo();
    expect(store.getState().heldOut.reduce((n, v) => n + v, 0)).toBe(heldOut);
    expect(store.getState().samples.count + store.getState().testSamples.count).toBe(
      store.getState().points.length,
    );
  });
});

describe('undo() of settings', () => {
  it('reshapes the network back when a hidden layer change is taken back', () => {
    const store = fresh();
    const firstLayer = store.getState().trainer.network.weights[0].slice();
    store.getState().setHiddenLayers([6]);
    expect(store.getState().trainer.network.layers).toEqual([2, 6, 2]);
    store.getState().undo();
    expect(store.getState().hiddenLayers).toEqual([4, 4]);
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 4, 2]);
    expect(store.getState().trainer.network.weights[0]).toEqual(firstLayer);
    store.getState().redo();
    expect(store.getState().trainer.network.layers).toEqual([2, 6, 2]);
  });

  it('sets the learning rate back without touching the run', () => {
    const store = fresh();
    store.getState().step();
    store.getState().step();
    store.getState().setLearningRate(0.05);
    const weights = store.getState().trainer.network.weights[1].slice();
    store.getState().undo();
    expect(store.getState().learningRate).toBe(0.2);
    expect(store.getState().trainer.iteration).toBe(2);
    expect(store.getState().trainer.network.weights[1]).toEqual(weights);
  });

  it('gives the run its optimizer back', () => {
    const store = fresh();
    store.getState().setOptimizer({ kind: 'momentum', momentum: 0.5 });
    store.getState().undo();
    expect(store.getState().optimizer).toEqual({ kind: 'gd' });
    expect(store.getState().trainer.session.optimizer.settings).toEqual({ kind: 'gd' });
  });

  it('draws the network again from the seed it brings back', () => {
    const store = fresh();
    const weights = store.getState().trainer.network.weights[0].slice();
    store.getState().setSeed(7);
    expect(store.getState().trainer.network.weights[0]).not.toEqual(weights);
    store.getState().undo();
    expect(store.getState().seed).toBe(1);
    expect(store.getState().trainer.network.weights[0]).toEqual(weights);
  });
});

describe('what is not an entry', () => {
  it('training steps, Play, hover and notices leave nothing to undo', () => {
    const store = fresh();
    const { step, play, pause, hoverPoint, showNotice, dismissNotice, trainer } = store.getState();
    step();
    play();
    trainer.advance(10, 60);
    pause();
    hoverPoint(3);
    showNotice('hello');
    dismissNotice();
    expect(pastCount(store)).toBe(0);
    store.getState().undo();
    expect(store.getState().trainer.iteration).toBe(11);
  });

  it('a refused input leaves nothing to undo', () => {
    const store = fresh();
    store.getState().setLearningRate(1e9);
    expect(store.getState().notice).toMatch(/learning rate/);
    expect(pastCount(store)).toBe(0);
  });

  it('a new edit after an undo drops what could have been redone', () => {
    const store = fresh();
    store.getState().addPoint(0.1, 0.1);
    store.getState().undo();
    store.getState().addPoint(0.2, 0.2);
    expect(store.temporal.getState().futureStates.length).toBe(0);
    store.getState().redo();
    expect(store.getState().points.at(-1)).toMatchObject({ x: 0.2, y: 0.2 });
  });
});

describe('newSession()', () => {
  it('starts over with the initial settings and points, and can be undone', () => {
    const store = fresh();
    const initialPoints = store.getState().points.length;
    store.getState().setHiddenLayers([3]);
    store.getState().loadDataset('empty');
    store.getState().setLearningRate(1);
    store.getState().newSession();
    expect(store.getState().points.length).toBe(initialPoints);
    expect(store.getState().hiddenLayers).toEqual([4, 4]);
    expect(store.getState().learningRate).toBe(0.2);
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 4, 2]);
    store.getState().undo();
    expect(store.getState().points.length).toBe(0);
    expect(store.getState().hiddenLayers).toEqual([3]);
    expect(store.getState().trainer.network.layers).toEqual([2, 3, 2]);
  });
});

describe('snapshotSession() and applySession()', () => {
  it('carries settings, points and weights to another store', () => {
    const source = fresh();
    source.getState().setHiddenLayers([5]);
    source.getState().addPoint(0.3, 0.3, 1);
    for (let i = 0; i < 5; i++) source.getState().step();
    const snapshot = source.getState().snapshotSession(true);
    const target = fresh();
    target.getState().applySession(snapshot);
    const s = target.getState();
    expect(s.points).toEqual(source.getState().points);
    expect(s.hiddenLayers).toEqual([5]);
    expect(s.trainer.network.weights).toEqual(source.getState().trainer.network.weights);
    expect(s.progress.cost).toBeCloseTo(source.getState().progress.cost, 12);
    expect(pastCount(target)).toBe(1);
    target.getState().undo();
    expect(target.getState().hiddenLayers).toEqual([4, 4]);
  });

  it('leaves the weights out unless asked, and refuses weights that do not fit', () => {
    const store = fresh();
    expect(store.getState().snapshotSession(false).model).toBeUndefined();
    const snapshot = store.getState().snapshotSession(true);
    const other = fresh();
    other.getState().applySession({
      ...snapshot,
      settings: { ...snapshot.settings, hiddenLayers: [2] },
    });
    expect(other.getState().trainer.network.layers).toEqual([2, 2, 2]);
    expect(other.getState().notice).toMatch(/do not fit/);
  });
});
