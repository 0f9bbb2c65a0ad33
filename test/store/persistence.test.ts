import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppStore,
  EDIT_SAVE_DELAY_MS,
  persistenceOf,
  SAVED_SESSION_KEY,
  WEIGHTS_SAVE_INTERVAL_MS,
  type AppStore,
  type StorageArea,
} from '../../src/store';

/** Web Storage in memory; `failWrites` makes every write throw as a full storage does. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  let writes = 0;
  const area = {
    failWrites: false as boolean | ((value: string) => boolean),
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      const fail = typeof area.failWrites === 'function' ? area.failWrites(value) : area.failWrites;
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      writes++;
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    saved: () => items.get(SAVED_SESSION_KEY),
    writes: () => writes,
  };
  return area;
}

async function open(area: StorageArea): Promise<AppStore> {
  const store = createAppStore(undefined, { storage: () => area });
  await persistenceOf(store)!.restore();
  return store;
}

const initialPoints = createAppStore().getState().points;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the saved session', () => {
  it('brings back points, settings and weights, with nothing to undo', async () => {
    const area = memoryStorage();
    const first = await open(area);
    first.getState().addPoint(0.4, 0.4, 1);
    first.getState().setHiddenLayers([5, 3]);
    first.getState().setLearningRate(0.05);
    first.getState().step();
    persistenceOf(first)!.flush();

    const second = await open(area);
    const s = second.getState();
    expect(s.points).toEqual(first.getState().points);
    expect(s.hiddenLayers).toEqual([5, 3]);
    expect(s.learningRate).toBe(0.05);
    expect(s.trainer.network.weights).toEqual(first.getState().trainer.network.weights);
    expect(s.notice).toBeNull();
    expect(second.temporal.getState().pastStates).toHaveLength(0);
  });

  it('is written soon after an edit, but only every few seconds while training', async () => {
    const area = memoryStorage();
    const store = await open(area);
    store.getState().play();
    vi.advanceTimersByTime(EDIT_SAVE_DELAY_MS);
    const writes = area.writes();
    for (let frame = 0; frame < 120; frame++) {
      store.getState().trainer.advance(5, 300);
      vi.advanceTimersByTime(16);
    }
    // Two seconds of frames: no write yet; then one with the weights.
    expect(area.writes()).toBe(writes);
    vi.advanceTimersByTime(WEIGHTS_SAVE_INTERVAL_MS);
    expect(area.writes()).toBe(writes + 1);
    store.getState().addPoint(0.1, 0.2);
    vi.advanceTimersByTime(EDIT_SAVE_DELAY_MS);
    expect(JSON.parse(area.saved()!).state.points.at(-1)).toEqual([0.1, 0.2, 0]);
  });

  it('is saved without the weights when the storage is too small for them', async () => {
    const area = memoryStorage();
    area.failWrites = (value) => value.includes('"model"');
    const store = await open(area);
    store.getState().addPoint(0.3, 0.3);
    persistenceOf(store)!.flush();
    const saved = JSON.parse(area.saved()!);
    expect(saved.state.points).toHaveLength(initialPoints.length + 1);
    expect(saved.state.model).toBeUndefined();
    expect(store.getState().notice).toBeNull();
  });
});

describe('a storage failure', () => {
  const startsClean = (store: AppStore) => {
    expect(store.getState().points).toEqual(initialPoints);
    store.getState().addPoint(0.5, 0.5);
    expect(store.getState().points).toHaveLength(initialPoints.length + 1);
    store.getState().step();
    expect(store.getState().progress.iteration).toBe(1);
  };

  it('storage that cannot be read (private mode): a notice, and a working app', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = createAppStore(undefined, { storage: denied });
    await persistenceOf(store)!.restore();
    expect(store.getState().notice).toMatch(/could not be read .*insecure/);
    startsClean(store);
    expect(() => persistenceOf(store)!.flush()).not.toThrow();
  });

  it('saved junk: a notice that it was damaged, and a clean start', async () => {
    const store = await open(memoryStorage({ [SAVED_SESSION_KEY]: '{"state": [1, 2' }));
    expect(store.getState().notice).toMatch(/damaged/);
    startsClean(store);
  });

  it('a session saved by a newer version: a notice, and a clean start', async () => {
    const newer = JSON.stringify({ state: { points: [[0, 0, 0]] }, version: 99 });
    const store = await open(memoryStorage({ [SAVED_SESSION_KEY]: newer }));
    expect(store.getState().notice).toMatch(/newer version/);
    startsClean(store);
  });

  it('invalid fields are left out by name and the valid ones kept', async () => {
    const saved = {
      state: {
        settings: { learningRate: 1e9, hiddenLayers: [3], activation: '<script>', seed: 5 },
        points: [[0.5, 0.5, 1], [NaN, 0, 0], [0.1, 0.1, 7], 'x', [0.2, -0.2, 0]],
        dataset: 'no-such-data',
        model: { format: 'backprop-lab.model', version: 1, layers: [2, 99, 2] },
      },
      version: 1,
    };
    const store = await open(memoryStorage({ [SAVED_SESSION_KEY]: JSON.stringify(saved) }));
    const s = store.getState();
    expect(s.points).toEqual([
      { x: 0.5, y: 0.5, label: 1 },
      { x: 0.2, y: -0.2, label: 0 },
    ]);
    expect(s.hiddenLayers).toEqual([3]);
    expect(s.seed).toBe(5);
    expect(s.learningRate).toBe(0.2);
    expect(s.activation).toBe('relu');
    expect(s.dataset).toBe('custom');
    expect(s.trainer.network.layers).toEqual([2, 3, 2]);
    expect(s.notice).toMatch(
      /: settings\.activation, settings\.learningRate, 3 points, dataset, weights\.$/,
    );
    expect(Number.isFinite(s.progress.cost)).toBe(true);
  });

  it('a storage that refuses every write: one notice, and the work goes on', async () => {
    const area = memoryStorage();
    area.failWrites = true;
    const store = await open(area);
    store.getState().addPoint(0.3, 0.3);
    vi.advanceTimersByTime(EDIT_SAVE_DELAY_MS);
    expect(store.getState().notice).toMatch(/did not save the session/);
    store.getState().dismissNotice();
    store.getState().addPoint(0.4, 0.4);
    vi.advanceTimersByTime(EDIT_SAVE_DELAY_MS);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().points).toHaveLength(initialPoints.length + 2);
  });
});
