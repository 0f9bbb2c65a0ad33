import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/engine';
import { createAppStore, selectShownNetwork, type AppStore } from '../../src/store';

const parametersOf = (net: Network) => [...net.weights, ...net.biases].flatMap((a) => [...a]);
const liveParameters = (store: AppStore) => parametersOf(store.getState().trainer.network);

/** Steps `count` times, returning the live parameters at each iteration from the current one. */
function record(store: AppStore, count: number): number[][] {
  const seen = [liveParameters(store)];
  for (let i = 0; i < count; i++) {
    store.getState().step();
    seen.push(liveParameters(store));
  }
  return seen;
}

describe('timeline actions', () => {
  it('viewIteration(k) shows the parameters the run had at k, bit for bit', () => {
    const store = createAppStore();
    const seen = record(store, 30);
    for (const k of [0, 1, 17, 29, 30]) {
      store.getState().viewIteration(k);
      const { viewing, viewedNetwork } = store.getState();
      expect(viewing).toBe(k);
      expect(parametersOf(viewedNetwork!)).toEqual(seen[k]);
      expect(selectShownNetwork(store.getState())).toBe(viewedNetwork);
    }
    // The run itself is untouched: still at 30 with its own weights.
    expect(store.getState().progress.iteration).toBe(30);
    expect(liveParameters(store)).toEqual(seen[30]);
  });

  it('keeps showing the viewed iteration while training goes on', () => {
    const store = createAppStore();
    const seen = record(store, 10);
    store.getState().viewIteration(4);
    const version = store.getState().viewedVersion;
    record(store, 5);
    expect(store.getState().progress.iteration).toBe(15);
    expect(store.getState().viewing).toBe(4);
    expect(store.getState().viewedVersion).toBe(version);
    expect(parametersOf(store.getState().viewedNetwork!)).toEqual(seen[4]);
  });

  it('shows exact parameters across a learning-rate change and a point added mid-run', () => {
    const store = createAppStore();
    const seen = record(store, 10);
    store.getState().setLearningRate(0.05);
    seen.push(...record(store, 10).slice(1));
    store.getState().addPoint(0.3, -0.2, 1);
    seen.push(...record(store, 10).slice(1));
    for (const k of [5, 10, 11, 19, 20, 21, 30]) {
      store.getState().viewIteration(k);
      expect(parametersOf(store.getState().viewedNetwork!)).toEqual(seen[k]);
    }
  });

  it('refuses an iteration that is not a whole number from 0 to the latest, with a notice', () => {
    const store = createAppStore();
    record(store, 5);
    store.getState().viewIteration(2);
    for (const bad of [-1, 6, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      store.getState().dismissNotice();
      store.getState().viewIteration(bad);
      expect(store.getState().notice).toMatch(/choose a whole number from 0 to 5/);
      expect(store.getState().viewing).toBe(2);
    }
  });

  it('goLive() shows the run again', () => {
    const store = createAppStore();
    record(store, 3);
    store.getState().viewIteration(1);
    store.getState().goLive();
    expect(store.getState().viewing).toBeNull();
    expect(selectShownNetwork(store.getState())).toBe(store.getState().trainer.network);
  });

  it('resumeFromViewed() makes the viewed iteration the present, and the next step is its successor', () => {
    const store = createAppStore();
    const seen = record(store, 40);
    store.getState().play();
    store.getState().viewIteration(12);
    store.getState().resumeFromViewed();
    const state = store.getState();
    expect(state.viewing).toBeNull();
    expect(state.running).toBe(false);
    expect(state.progress.iteration).toBe(12);
    expect(state.trainer.iteration).toBe(12);
    expect(liveParameters(store)).toEqual(seen[12]);
    // The cost history forgets the dropped iterations.
    expect(state.trainer.history.length).toBe(12);
    // Same points and settings: the run takes the very step it took the first time.
    store.getState().step();
    expect(store.getState().progress.iteration).toBe(13);
    expect(liveParameters(store)).toEqual(seen[13]);
  });

  it('resumeFromViewed() while live changes nothing', () => {
    const store = createAppStore();
    record(store, 3);
    const version = store.getState().weightsVersion;
    store.getState().resumeFromViewed();
    expect(store.getState().progress.iteration).toBe(3);
    expect(store.getState().weightsVersion).toBe(version);
  });

  it('a new run (Reset, a new architecture) returns the views to live', () => {
    const store = createAppStore();
    record(store, 5);
    store.getState().viewIteration(2);
    store.getState().reset();
    expect(store.getState().viewing).toBeNull();
    record(store, 5);
    store.getState().viewIteration(3);
    store.getState().setHiddenLayers([3]);
    expect(store.getState().viewing).toBeNull();
    expect(selectShownNetwork(store.getState()).layers).toEqual([2, 3, 2]);
  });
});
