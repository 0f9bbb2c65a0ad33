import { describe, expect, it } from 'vitest';
import { createAppStore, selectShownNetwork, type AppStore } from '../../src/store';
import { createReplayLoop, HISTORY_BYTES_LIMIT, REPLAY_SLICE_MS } from '../../src/training';
import { bitsOf } from '../training/timelineHelpers';

const liveBits = (store: AppStore) => bitsOf(store.getState().trainer.network);
const shownBits = (store: AppStore) => bitsOf(selectShownNetwork(store.getState()));

/** Trains `count` iterations a frame at a time, returning the live bits at each iteration. */
function train(store: AppStore, count: number, seen: bigint[][] = [liveBits(store)]) {
  for (let i = 0; i < count; i++) {
    store.getState().trainer.advance(1, 0, true);
    seen.push(liveBits(store));
  }
  return seen;
}

/**
 * Thins the history to its checkpoint at 0, as a long run's stride would leave it: any iteration
 * is then a replay of that many steps.
 */
function onlyFirstCheckpoint(store: AppStore) {
  const { checkpoints } = store.getState().trainer.parameterHistory;
  checkpoints.add(checkpoints.latestAtOrBefore(Number.MAX_SAFE_INTEGER)!, HISTORY_BYTES_LIMIT);
  expect(checkpoints.count).toBe(1);
}

function longRun(length = 600) {
  const store = createAppStore();
  const seen = train(store, length);
  onlyFirstCheckpoint(store);
  return { store, seen };
}

describe('the timeline catching up a slice at a time', () => {
  it('shows the nearest exact iteration at once, then every slice exactly, ending bit for bit at k', () => {
    const { store, seen } = longRun();
    store.getState().viewIteration(500);
    expect(store.getState().viewing).toBe(0);
    expect(store.getState().viewTarget).toBe(500);
    expect(shownBits(store)).toEqual(seen[0]);
    const shown: number[] = [];
    while (store.getState().viewTarget !== null) {
      const before = store.getState().viewing!;
      const steps = store.getState().continueReplay(37);
      const { viewing } = store.getState();
      expect(steps).toBe(viewing! - before);
      expect(steps).toBeLessThanOrEqual(37);
      expect(shownBits(store), `iteration ${viewing}`).toEqual(seen[viewing!]);
      shown.push(viewing!);
    }
    expect(shown.at(-1)).toBe(500);
    expect(shown.length).toBe(Math.ceil(500 / 37));
    expect(store.getState().continueReplay(37)).toBe(0);
    // The same as a replay done at once.
    expect(shownBits(store)).toEqual(bitsOf(store.getState().trainer.networkAt(500)));
  });

  it('a move while replaying retargets: forward it goes on from where it stands, back it restarts', () => {
    const { store, seen } = longRun();
    store.getState().viewIteration(500);
    store.getState().continueReplay(200);
    expect(store.getState().viewing).toBe(200);
    store.getState().viewIteration(350);
    expect(store.getState().viewing).toBe(200);
    expect(store.getState().viewTarget).toBe(350);
    // The same target again changes nothing.
    const version = store.getState().viewedVersion;
    store.getState().viewIteration(350);
    expect(store.getState().viewedVersion).toBe(version);
    expect(store.getState().continueReplay(1_000)).toBe(150);
    expect(store.getState().viewing).toBe(350);
    expect(store.getState().viewTarget).toBeNull();
    expect(shownBits(store)).toEqual(seen[350]);

    store.getState().viewIteration(120);
    expect(store.getState().viewing).toBe(0);
    store.getState().continueReplay(1_000);
    expect(store.getState().viewing).toBe(120);
    expect(shownBits(store)).toEqual(seen[120]);
  });

  it('Live cancels the replay', () => {
    const { store } = longRun();
    store.getState().viewIteration(500);
    store.getState().continueReplay(50);
    store.getState().goLive();
    expect(store.getState().viewing).toBeNull();
    expect(store.getState().viewTarget).toBeNull();
    expect(store.getState().continueReplay(50)).toBe(0);
    expect(store.getState().viewing).toBeNull();
  });

  it('Resume from here while catching up resumes from the exact iteration on screen', () => {
    const { store, seen } = longRun();
    store.getState().viewIteration(500);
    store.getState().continueReplay(230);
    expect(store.getState().viewTarget).toBe(500);
    store.getState().resumeFromViewed();
    const state = store.getState();
    expect(state.viewing).toBeNull();
    expect(state.viewTarget).toBeNull();
    expect(state.progress.iteration).toBe(230);
    expect(state.trainer.iteration).toBe(230);
    expect(liveBits(store)).toEqual(seen[230]);
    // The same settings: the run takes the very step it took the first time.
    store.getState().step();
    expect(liveBits(store)).toEqual(seen[231]);
  });

  it('training goes on while the views catch up, and the live run is the one a viewer never touched', () => {
    const { store, seen } = longRun();
    const twin = createAppStore();
    train(twin, 700);
    store.getState().viewIteration(450);
    while (store.getState().viewTarget !== null) {
      store.getState().continueReplay(60);
      train(store, 10, seen);
      expect(shownBits(store)).toEqual(seen[store.getState().viewing!]);
    }
    expect(store.getState().viewing).toBe(450);
    train(store, 700 - store.getState().trainer.iteration, seen);
    expect(store.getState().viewing).toBe(450);
    expect(liveBits(store)).toEqual(liveBits(twin));
  });

  it('paced by the replay loop, each frame keeps within its budget and shows an exact iteration', () => {
    const { store, seen } = longRun(3_000);
    // A fake clock on which a replayed step takes 0.09 ms.
    let clockMs = 0;
    const frameMs: number[] = [];
    const loop = createReplayLoop(
      {
        pending: () => store.getState().viewTarget !== null,
        advance: (maxSteps) => {
          const steps = store.getState().continueReplay(maxSteps);
          clockMs += steps * 0.09;
          frameMs.push(steps * 0.09);
          return steps;
        },
      },
      () => clockMs,
    );
    store.getState().viewIteration(2_900);
    let frames = 0;
    while (loop.active) {
      loop.run();
      frames++;
      expect(shownBits(store)).toEqual(seen[store.getState().viewing!]);
    }
    expect(store.getState().viewing).toBe(2_900);
    expect(frames).toBeGreaterThan(2_900 / (REPLAY_SLICE_MS / 0.09));
    expect(frames).toBeLessThan(100);
    for (const ms of frameMs) expect(ms).toBeLessThanOrEqual(REPLAY_SLICE_MS);
  });
});
