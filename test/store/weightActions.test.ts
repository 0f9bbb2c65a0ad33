import { describe, expect, it, vi } from 'vitest';
import { createAppStore, MAX_WEIGHT } from '../../src/store';

const weightOf = (
  store: ReturnType<typeof createAppStore>,
  layer: number,
  to: number,
  from: number,
) => {
  const { layers, weights } = store.getState().trainer.network;
  return weights[layer - 1][to * layers[layer - 1] + from];
};

describe('store.setWeight(layer, to, from, value)', () => {
  it('writes W^layer_(to,from), moves weightsVersion and measures the cost with it', () => {
    const store = createAppStore();
    const { weightsVersion, progress } = store.getState();
    expect(store.getState().setWeight(3, 1, 2, 9)).toBe(true);
    expect(weightOf(store, 3, 1, 2)).toBe(9);
    expect(store.getState().weightsVersion).toBeGreaterThan(weightsVersion);
    expect(store.getState().progress.cost).not.toBe(progress.cost);
    expect(store.getState().progress.cost).toBeCloseTo(
      store.getState().trainer.measure(store.getState()).cost,
      12,
    );
  });

  it('lets training continue from the edited weight', () => {
    const edited = createAppStore();
    const reference = createAppStore();
    edited.getState().setWeight(1, 2, 0, -4);
    // The same edit made behind the store's back, before the same step: the same result.
    const { layers, weights } = reference.getState().trainer.network;
    weights[0][2 * layers[0] + 0] = -4;
    edited.getState().step();
    reference.getState().step();
    expect(weightOf(edited, 1, 2, 0)).toBe(weightOf(reference, 1, 2, 0));
    expect(weightOf(edited, 1, 2, 0)).not.toBe(-4);
    expect(edited.getState().progress.iteration).toBe(1);
  });

  it('tells the timeline the weights changed by hand', () => {
    const store = createAppStore();
    const { trainer } = store.getState();
    const markChange = vi.spyOn(trainer, 'markChange');
    store.getState().setWeight(2, 0, 0, 1.5);
    expect(markChange).toHaveBeenCalledTimes(1);
  });

  it.each([
    [Number.NaN, 'not a number'],
    [Number.POSITIVE_INFINITY, 'infinite'],
    [MAX_WEIGHT + 0.001, 'too large'],
    [-MAX_WEIGHT - 1, 'too negative'],
  ])('refuses %s (%s) with a notice and changes nothing', (value) => {
    const store = createAppStore();
    const before = weightOf(store, 1, 0, 0);
    const { weightsVersion } = store.getState();
    expect(store.getState().setWeight(1, 0, 0, value)).toBe(false);
    expect(weightOf(store, 1, 0, 0)).toBe(before);
    expect(store.getState().weightsVersion).toBe(weightsVersion);
    expect(store.getState().notice).toBe(
      `A weight must be a number from -100 to 100; W^1_(1,1) stays ${before}.`,
    );
  });

  it('takes the bounds themselves', () => {
    const store = createAppStore();
    expect(store.getState().setWeight(1, 0, 0, MAX_WEIGHT)).toBe(true);
    expect(store.getState().setWeight(1, 0, 0, -MAX_WEIGHT)).toBe(true);
    expect(weightOf(store, 1, 0, 0)).toBe(-MAX_WEIGHT);
  });

  it.each([
    [0, 0, 0],
    [4, 0, 0],
    [1, 4, 0],
    [1, 0, 2],
    [1.5, 0, 0],
    [1, -1, 0],
  ])('refuses an edge the 2-4-4-2 network lacks: layer %s, to %s, from %s', (layer, to, from) => {
    const store = createAppStore();
    const before = store.getState().trainer.network.weights.map((w) => w.slice());
    expect(store.getState().setWeight(layer, to, from, 1)).toBe(false);
    expect(store.getState().notice).toMatch(/^The network 2-4-4-2 has no weight/);
    expect(store.getState().trainer.network.weights).toEqual(before);
  });
});
