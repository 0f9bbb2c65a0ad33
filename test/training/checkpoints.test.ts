import { describe, expect, it } from 'vitest';
import { parameterCount } from '../../src/engine';
import { createCheckpointStore } from '../../src/training/checkpoints';
import { HISTORY_BYTES_LIMIT, MAX_CHECKPOINTS } from '../../src/training/parameterHistory';
import { createReplaySession } from '../../src/training/replaySession';
import { runStateBytes, type RunState } from '../../src/training/runState';
import { timelineTrainer } from './timelineHelpers';

/** A state of the given sizes; the arrays are shared, the store counts their lengths. */
function fakeState(
  iteration: number,
  parameters: Float64Array,
  optimizerState: Float64Array,
): RunState {
  return {
    iteration,
    parameters,
    optimizerState,
    optimizerSettings: { kind: 'gd' },
    rngState: [iteration],
  };
}

describe('createCheckpointStore(budget)', () => {
  it('doubles its stride and drops the checkpoints off it when over its count', () => {
    const store = createCheckpointStore({ maxBytes: Infinity, maxCount: 4 });
    const empty = new Float64Array(0);
    for (let i = 0; i <= 9; i++) if (store.isDue(i)) store.add(fakeState(i, empty, empty));
    expect(store.stride).toBe(4);
    expect([0, 1, 3, 4, 7, 8, 9].map((i) => store.latestAtOrBefore(i)?.iteration)).toEqual([
      0, 0, 0, 4, 4, 8, 8,
    ]);
    store.truncateAfter(5);
    expect(store.latestAtOrBefore(9)?.iteration).toBe(4);
    expect(() => store.add(fakeState(3, empty, empty))).toThrow(RangeError);
    store.add(fakeState(5, empty, empty));
    store.add(fakeState(5, new Float64Array(10), empty));
    expect(store.count).toBe(3);
    expect(store.latestAtOrBefore(5)?.parameters.length).toBe(10);
  });

  it('holds the largest network over 1,000,000 iterations within the history limit', () => {
    // 7 features, 8 hidden layers of 32, 8 classes, with Adam's state (2P + 1 numbers).
    const layers = [7, 32, 32, 32, 32, 32, 32, 32, 32, 8];
    const count = parameterCount(layers);
    expect(count).toBe(7912);
    const parameters = new Float64Array(count);
    const adam = new Float64Array(2 * count + 1);
    const store = createCheckpointStore({
      maxBytes: HISTORY_BYTES_LIMIT,
      maxCount: MAX_CHECKPOINTS,
    });
    let peakBytes = 0;
    for (let i = 0; i <= 1_000_000; i++) {
      if (!store.isDue(i)) continue;
      store.add(fakeState(i, parameters, adam));
      peakBytes = Math.max(peakBytes, store.bytes);
    }
    const one = runStateBytes(fakeState(0, parameters, adam));
    expect(one).toBe(190_296);
    // Thinning runs inside add: one checkpoint more than the limit is the most ever held.
    expect(peakBytes).toBeLessThanOrEqual(HISTORY_BYTES_LIMIT);
    expect(peakBytes + one).toBeLessThan(64 * 1024 * 1024);
    expect(store.stride).toBe(4096);
    expect(store.count).toBe(245);
    console.info(
      `timeline memory, largest net over 1e6 iterations: ${store.count} checkpoints of ${one} B, ` +
        `stride ${store.stride}, ${(store.bytes / 2 ** 20).toFixed(1)} MiB (peak ${(peakBytes / 2 ** 20).toFixed(1)} MiB)`,
    );
  });

  it('the post network over 20,000 real iterations holds a few MiB, and its worst replay is timed', () => {
    const { trainer } = timelineTrainer();
    for (let i = 0; i < 80; i++) trainer.advance(250, 0);
    const history = trainer.parameterHistory;
    expect(history.bytes).toBeLessThan(8 * 2 ** 20);
    expect(history.checkpoints.count).toBeLessThanOrEqual(MAX_CHECKPOINTS);
    // The longest replay: the iteration just before a checkpoint, from the one before it.
    const stride = history.checkpoints.stride;
    const times: number[] = [];
    for (let c = stride; c < 20_000; c += stride * 37) {
      trainer.networkAt(0);
      const started = performance.now();
      trainer.networkAt(c + stride - 1);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    // The stride the post's net reaches by 1,000,000 iterations is 64: time 63 steps of replay.
    const replay = createReplaySession(trainer.network);
    const long: number[] = [];
    for (let r = 0; r < 30; r++) {
      replay.load(history.stateAt(r * 500, trainer.session));
      const started = performance.now();
      replay.train(history.settingsAt(r * 500, trainer.session).settings!, 63);
      long.push(performance.now() - started);
    }
    long.sort((a, b) => a - b);
    console.info(
      `replay of 63 steps (the post's net, batch 100): median ${long[15].toFixed(3)} ms, ` +
        `worst ${long[29].toFixed(3)} ms`,
    );
    console.info(
      `timeline, post's net at 20,000 iterations: ${history.checkpoints.count} checkpoints, ` +
        `stride ${stride}, ${(history.bytes / 1024).toFixed(0)} KiB; replay of ${stride - 1} steps: ` +
        `median ${times[times.length >> 1].toFixed(3)} ms, worst ${times[times.length - 1].toFixed(3)} ms`,
    );
  }, 60_000);
});
