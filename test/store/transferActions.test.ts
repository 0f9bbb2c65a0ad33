import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPointsCsv, formatSession, readLinkFragment } from '../../src/data';
import { createAppStore, type AppStore } from '../../src/store';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const fixture = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

/** Everything an import must leave alone when it refuses a file. */
function stateOf(store: AppStore) {
  const s = store.getState();
  return {
    snapshot: JSON.stringify(s.snapshotSession(true)),
    iteration: s.trainer.iteration,
    weightsVersion: s.weightsVersion,
  };
}

describe('importFile(text, name)', () => {
  it('refuses each broken file of a sample of the corpus, with a notice, changing nothing', () => {
    for (const name of [
      'points-nan.csv',
      'points-header-only.csv',
      'model-too-wide-for-app.json',
      'session-huge-label.json',
      'session-proto.json',
    ]) {
      const store = createAppStore();
      store.getState().step();
      const before = stateOf(store);
      expect(store.getState().importFile(fixture(name), name)).toBe(false);
      expect(store.getState().notice).toMatch(new RegExp(`^Cannot import ${name}: .+: .+`));
      expect(stateOf(store)).toEqual(before);
    }
  });

  it('takes exported points back as they were', () => {
    const store = createAppStore();
    const points = store.getState().points;
    const text = formatPointsCsv(points);
    store.getState().loadDataset('empty');
    expect(store.getState().importFile(text, 'points.csv')).toBe(true);
    expect(store.getState().points).toEqual(points);
    expect(store.getState().notice).toBeNull();
  });

  it('opens an exported session with its settings, points and exact weights', () => {
    const source = createAppStore();
    source.getState().setLearningRate(0.05);
    source.getState().setHiddenLayers([3]);
    for (let i = 0; i < 5; i++) source.getState().step();
    const snapshot = source.getState().snapshotSession(true);
    const target = createAppStore();
    expect(target.getState().importFile(formatSession(snapshot), 'session.json')).toBe(true);
    expect(target.getState().snapshotSession(true)).toEqual(snapshot);
  });

  it('loads a model file, taking its architecture', () => {
    const store = createAppStore();
    expect(store.getState().importFile(fixture('valid-model.json'), 'model.json')).toBe(true);
    expect(store.getState().trainer.network.layers).toEqual([2, 3, 2]);
    expect(Array.from(store.getState().trainer.network.weights[0])).toEqual([
      0.12, -0.31, 0.05, 0.44, -0.27, 0.09,
    ]);
  });
});

describe('applyLink(reading)', () => {
  it('applies the valid fields and names the dropped ones in one notice', async () => {
    const store = createAppStore();
    const points = store.getState().points;
    store.getState().applyLink(await readLinkFragment('learningRate=0.05&seed=nope&junk=1'));
    expect(store.getState().learningRate).toBe(0.05);
    expect(store.getState().seed).toBe(1);
    expect(store.getState().points).toBe(points);
    expect(store.getState().notice).toBe(
      'Parts of the link were ignored: junk (unknown); seed (expected a whole number from 0 to 4294967295, found "nope").',
    );
  });

  it('keeps the weights when the link only repeats the current settings', async () => {
    const store = createAppStore();
    store.getState().step();
    const { settings, dataset } = store.getState().snapshotSession(false);
    const { encodeSettingsFragment } = await import('../../src/data');
    store.getState().applyLink(await readLinkFragment(encodeSettingsFragment(settings, dataset)));
    expect(store.getState().trainer.iteration).toBe(1);
    expect(store.getState().notice).toBeNull();
  });
});
