import { describe, expect, it } from 'vitest';
import { createAppStore, createEarlierRunLabeller, type AppStore } from '../../src/store';

function train(store: AppStore, steps: number) {
  for (let i = 0; i < steps; i++) store.getState().step();
}
const labels = (store: AppStore) =>
  createEarlierRunLabeller()(store.getState()).map((run) => run.label);

describe('earlier runs', () => {
  it('keeps the run a Reset ends, labelled by the learning rate it trained with', () => {
    const store = createAppStore();
    train(store, 20);
    store.getState().setLearningRate(0.05);
    expect(store.getState().earlierRuns).toEqual([]);
    store.getState().reset();
    train(store, 10);

    const [run] = store.getState().earlierRuns;
    expect(store.getState().earlierRuns).toHaveLength(1);
    expect(run.curve.iterations).toBe(20);
    expect(run.curve.costs.length).toBe(20);
    expect(labels(store)).toEqual(['lr 0.2']);
  });

  it('keeps a run that a change of shape or activation ends, named by its network', () => {
    const store = createAppStore();
    train(store, 5);
    store.getState().setHiddenLayers([8, 8]);
    train(store, 5);
    store.getState().setActivation('tanh');
    expect(labels(store)).toEqual(['2-4-4-2 relu', '2-8-8-2 relu']);
  });

  it('keeps no run that made no step', () => {
    const store = createAppStore();
    store.getState().reset();
    store.getState().setSeed(4);
    expect(store.getState().earlierRuns).toEqual([]);
  });

  it('keeps the last five of seven runs, oldest first', () => {
    const store = createAppStore();
    for (let seed = 1; seed <= 7; seed++) {
      store.getState().setSeed(seed);
      train(store, 3);
    }
    store.getState().setSeed(99);
    const runs = store.getState().earlierRuns;
    expect(runs).toHaveLength(5);
    expect(labels(store)).toEqual(['seed 3', 'seed 4', 'seed 5', 'seed 6', 'seed 7']);
    expect(runs.every((run) => run.curve.costs.length <= 1000)).toBe(true);
  });

  it('clearEarlierRuns() removes them and leaves the current run as it was', () => {
    const store = createAppStore();
    train(store, 5);
    store.getState().reset();
    train(store, 7);
    store.getState().clearEarlierRuns();
    expect(store.getState().earlierRuns).toEqual([]);
    expect(store.getState().trainer.iteration).toBe(7);
  });

  it('relabels the runs when a setting of the current run changes', () => {
    const store = createAppStore();
    train(store, 5);
    store.getState().reset();
    const labeller = createEarlierRunLabeller();
    const before = labeller(store.getState());
    expect(labeller(store.getState())).toBe(before);
    expect(before[0].label).toBe('same settings');
    store.getState().setBatchSize(10);
    expect(labeller(store.getState())[0].label).toBe('batch 100');
  });
});
