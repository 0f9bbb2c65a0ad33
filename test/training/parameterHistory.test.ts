import { describe, expect, it } from 'vitest';
import { createRng, samplesFromPoints, type LabelledPoint } from '../../src/engine';
import { bitsOf, postPoints, timelineTrainer } from './timelineHelpers';

const RUN_LENGTH = 50_000;
const FRAME_STEPS = 250;

/** 200 distinct iterations of the run drawn from a seeded stream, in ascending order. */
function sampledIterations(count: number, last: number): number[] {
  const rng = createRng(8);
  const picked = new Set<number>([0, last]);
  while (picked.size < count) picked.add(rng.nextInt(last + 1));
  return [...picked].sort((a, b) => a - b);
}

describe('trainer.networkAt(iteration)', () => {
  it('rebuilds 200 iterations of a 50,000-iteration run bit for bit, across edits and changes', () => {
    const points: LabelledPoint[] = postPoints();
    const { trainer, change } = timelineTrainer(samplesFromPoints(points));
    const targets = sampledIterations(200, RUN_LENGTH);
    const live = new Map<number, bigint[]>();
    // Changes made between frames, at iterations that are not on any checkpoint's stride.
    const edits = new Map<number, () => void>([
      [
        7_777,
        () => change({ samples: samplesFromPoints([...points, { x: 0.3, y: -0.2, label: 1 }]) }),
      ],
      [12_345, () => change({ learningRate: 0.05 })],
      [20_001, () => change({ samples: samplesFromPoints(points.slice(10)) })],
      [
        26_003,
        () => {
          trainer.network.weights[1][3] = 0.75;
          trainer.markChange();
        },
      ],
      [31_111, () => change({ batchSize: 17, l2: 0.001 })],
      [
        38_501,
        () => trainer.setOptimizer({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }),
      ],
      [44_444, () => change({ learningRate: 0.01, samples: samplesFromPoints(points) })],
    ]);
    const stops = [...new Set([...targets, ...edits.keys()])].sort((a, b) => a - b);
    for (const stop of stops) {
      while (trainer.iteration < stop) {
        trainer.advance(Math.min(FRAME_STEPS, stop - trainer.iteration), 0);
      }
      edits.get(stop)?.();
      if (targets.includes(stop)) live.set(stop, bitsOf(trainer.network));
    }
    expect(trainer.iteration).toBe(RUN_LENGTH);

    // Backward, then forward (incremental from the last replay), then in a shuffled order.
    const shuffled = [...targets].sort((a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000));
    let worstMs = 0;
    let checked = 0;
    for (const order of [[...targets].reverse(), targets, shuffled]) {
      for (const iteration of order) {
        const started = performance.now();
        const rebuilt = trainer.networkAt(iteration);
        worstMs = Math.max(worstMs, performance.now() - started);
        expect(bitsOf(rebuilt), `iteration ${iteration}`).toEqual(live.get(iteration));
        checked++;
      }
    }
    expect(checked).toBe(600);
    const { stride, count } = trainer.parameterHistory.checkpoints;
    console.info(
      `timeline, post's net over ${RUN_LENGTH} iterations: ${count} checkpoints, stride ${stride}, ` +
        `${trainer.parameterHistory.changes.records.length} change records, ` +
        `${(trainer.parameterHistory.bytes / 1024).toFixed(0)} KiB, worst networkAt ${worstMs.toFixed(2)} ms`,
    );
  }, 120_000);

  it('refuses an iteration the run does not have, with the range in the message', () => {
    const { trainer } = timelineTrainer();
    trainer.advance(10, 0);
    expect(() => trainer.networkAt(11)).toThrow('iterations 0 to 10');
    expect(() => trainer.networkAt(-1)).toThrow(RangeError);
    expect(() => trainer.networkAt(2.5)).toThrow(RangeError);
    expect(() => trainer.resumeFrom(Number.NaN)).toThrow(RangeError);
    expect(trainer.iteration).toBe(10);
  });
});

describe('trainer.resumeFrom(iteration)', () => {
  it('then n steps gives the original run at iteration + n, with Adam and histories cut back', () => {
    const { trainer } = timelineTrainer();
    trainer.setOptimizer({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    const original = new Map<number, bigint[]>();
    for (let i = 0; i < 60; i++) {
      trainer.advance(50, 0);
      original.set(trainer.iteration, bitsOf(trainer.network));
    }
    expect(trainer.iteration).toBe(3000);

    trainer.resumeFrom(1234);
    expect(trainer.iteration).toBe(1234);
    expect(bitsOf(trainer.network)).toEqual(bitsOf(trainer.networkAt(1234)));
    expect(trainer.history.length).toBe(1234);
    const evaluations = trainer.evaluations;
    expect(evaluations.iterations[evaluations.length - 1]).toBeLessThanOrEqual(1234);
    expect(() => trainer.networkAt(1235)).toThrow(RangeError);

    trainer.advance(16, 0);
    trainer.advance(1000, 0);
    expect(trainer.iteration).toBe(2250);
    expect(bitsOf(trainer.network)).toEqual(original.get(2250));
    // The new timeline is itself exact.
    expect(bitsOf(trainer.networkAt(1500))).not.toEqual(bitsOf(trainer.networkAt(1501)));
  });

  it('resumed where a setting changed, uses the settings in force there and records the new ones', () => {
    const { trainer, change } = timelineTrainer();
    trainer.advance(100, 0);
    change({ learningRate: 0.05 });
    trainer.advance(100, 0);
    const at150 = bitsOf(trainer.networkAt(150));
    expect(trainer.settingsAt(50).settings?.learningRate).toBe(0.2);
    expect(trainer.settingsAt(150).settings?.learningRate).toBe(0.05);

    trainer.resumeFrom(100);
    trainer.advance(50, 0);
    expect(bitsOf(trainer.network)).toEqual(at150);
    change({ learningRate: 0.5 });
    trainer.advance(50, 0);
    const live = bitsOf(trainer.network);
    expect(bitsOf(trainer.networkAt(200))).toEqual(live);
    expect(trainer.settingsAt(170).settings?.learningRate).toBe(0.5);
    expect(bitsOf(trainer.networkAt(150))).toEqual(at150);
  });
});

describe('the history after a divergence', () => {
  it('keeps every iteration exact before and after the rollback', () => {
    const { trainer, change } = timelineTrainer();
    trainer.advance(300, 0);
    const before = bitsOf(trainer.networkAt(299));
    const at300 = bitsOf(trainer.network);
    // The step overflows at once: the run goes back to 300, its random stream one batch further.
    change({ learningRate: 1e200 });
    trainer.advance(50, 0);
    expect(trainer.iteration).toBe(300);
    expect(bitsOf(trainer.network)).toEqual(at300);
    change({ learningRate: 0.1 });
    const live = new Map<number, bigint[]>();
    for (let i = 0; i < 40; i++) {
      trainer.advance(7, 0);
      live.set(trainer.iteration, bitsOf(trainer.network));
    }
    for (const [iteration, bits] of live)
      expect(bitsOf(trainer.networkAt(iteration))).toEqual(bits);
    expect(bitsOf(trainer.networkAt(300))).toEqual(at300);
    expect(bitsOf(trainer.networkAt(299))).toEqual(before);
  });
});

describe('markChange()', () => {
  it('catches a weight edited by hand even without the call, at the next frame', () => {
    const { trainer } = timelineTrainer();
    trainer.advance(33, 0);
    trainer.network.biases[2][1] = -0.25;
    const edited = bitsOf(trainer.network);
    trainer.advance(10, 0);
    const after = bitsOf(trainer.network);
    expect(bitsOf(trainer.networkAt(33))).toEqual(edited);
    expect(bitsOf(trainer.networkAt(43))).toEqual(after);
  });
});
