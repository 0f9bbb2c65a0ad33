import { describe, expect, it } from 'vitest';
import {
  FRAME_MS,
  MIN_TRAINING_BUDGET_MS,
  PAINTER_SHARE,
  TRAINING_BUDGET_MS,
} from '../../src/views/frameBudget';
import { createFrameScheduler, type FrameHost } from '../../src/views/frameScheduler';

/** Animation frames on a clock that moves only when told to. */
function fakeHost() {
  let time = 0;
  let frameTime = 0;
  let pending: ((nowMs: number) => void) | null = null;
  let requests = 0;
  const host: FrameHost = {
    requestFrame: (callback) => {
      requests++;
      pending = callback;
      return requests;
    },
    cancelFrame: () => {
      pending = null;
    },
    now: () => time,
  };
  /** Runs the pending frame `intervalMs` after the last one (or once the work spent is done). */
  const frame = (intervalMs = FRAME_MS) => {
    frameTime = Math.max(time, frameTime + intervalMs);
    time = frameTime;
    const callback = pending;
    pending = null;
    callback?.(time);
  };
  const spend = (ms: number) => (time += ms);
  return { host, frame, spend, isScheduled: () => pending !== null };
}

/** Training that records the budgets it is given and spends `costMs` of them. */
function fakeTraining(spend: (ms: number) => void, costMs = 0) {
  const budgets: number[] = [];
  return {
    budgets,
    active: true,
    run(budgetMs: number) {
      budgets.push(budgetMs);
      spend(costMs);
    },
  };
}

describe('createFrameScheduler(host)', () => {
  it('paints an invalidated painter once in the frame, after training', () => {
    const { host, frame, spend } = fakeHost();
    const scheduler = createFrameScheduler(host);
    const order: string[] = [];
    const painting = scheduler.register(() => order.push('paint'));
    frame();
    expect(order).toEqual(['paint']);
    const training = {
      active: true,
      run: () => {
        order.push('train');
        spend(1);
        // Training publishes new weights: the view invalidates several times in the frame.
        painting.invalidate();
        painting.invalidate();
      },
    };
    scheduler.setTraining(training);
    order.length = 0;
    frame();
    frame();
    expect(order).toEqual(['train', 'paint', 'train', 'paint']);
  });

  it('never paints a painter twice in one frame, and not at all when nothing changed', () => {
    const { host, frame } = fakeHost();
    const scheduler = createFrameScheduler(host);
    let paints = 0;
    const painting = scheduler.register(() => {
      paints++;
      painting.invalidate();
    });
    frame();
    expect(paints).toBe(1);
    frame();
    expect(paints).toBe(2);
    painting.unregister();
    frame();
    expect(paints).toBe(2);
  });

  it('stops asking for frames when idle, and asks again on invalidate or wake', () => {
    const { host, frame, isScheduled } = fakeHost();
    const scheduler = createFrameScheduler(host);
    const painting = scheduler.register(() => {});
    frame();
    expect(isScheduled()).toBe(false);
    painting.invalidate();
    expect(isScheduled()).toBe(true);
    frame();
    const training = { active: false, run: () => {} };
    scheduler.setTraining(training);
    expect(isScheduled()).toBe(false);
    training.active = true;
    scheduler.wake();
    expect(isScheduled()).toBe(true);
  });

  it('gives training its full budget while frames are on time, and shrinks it after late ones', () => {
    const { host, frame, spend } = fakeHost();
    const scheduler = createFrameScheduler(host);
    const training = fakeTraining(spend);
    scheduler.setTraining(training);
    for (let i = 0; i < 5; i++) frame();
    expect(training.budgets.every((b) => b === TRAINING_BUDGET_MS)).toBe(true);
    frame(3 * FRAME_MS);
    expect(training.budgets.at(-1)).toBeLessThan(TRAINING_BUDGET_MS);
    for (let i = 0; i < 100; i++) frame(3 * FRAME_MS);
    expect(training.budgets.at(-1)).toBe(MIN_TRAINING_BUDGET_MS);
    for (let i = 0; i < 1000; i++) frame();
    expect(training.budgets.at(-1)).toBe(TRAINING_BUDGET_MS);
  });

  it('keeps a slow painter to its share of the time and a cheap one to every frame', () => {
    const { host, frame, spend } = fakeHost();
    const scheduler = createFrameScheduler(host);
    const paints = { slow: 0, cheap: 0 };
    const slowMs = 2 * FRAME_MS * PAINTER_SHARE;
    const slow = scheduler.register(() => {
      paints.slow++;
      spend(slowMs);
      slow.invalidate();
    });
    const cheap = scheduler.register(() => {
      paints.cheap++;
      spend(0.5);
      cheap.invalidate();
    });
    const frames = 600;
    for (let i = 0; i < frames; i++) frame();
    expect(paints.cheap).toBe(frames);
    // Each slow paint costs two frames' worth of its share: it paints about every other frame.
    expect(paints.slow).toBeGreaterThan(frames * 0.4);
    expect(paints.slow).toBeLessThan(frames * 0.6);
  });

  it('charges late frames to a painter that rasters later, not to the others', () => {
    const { host, frame } = fakeHost();
    const scheduler = createFrameScheduler(host);
    const paints = { svg: 0, canvas: 0 };
    const svg = scheduler.register(
      () => {
        paints.svg++;
        svg.invalidate();
      },
      { rastersLater: true },
    );
    const canvas = scheduler.register(() => {
      paints.canvas++;
      canvas.invalidate();
    });
    // Every frame comes 3 frames late, as if rastering the SVG took that long.
    for (let i = 0; i < 120; i++) frame(3 * FRAME_MS);
    expect(paints.canvas).toBe(120);
    expect(paints.svg).toBeLessThan(120 / 3);
    expect(paints.svg).toBeGreaterThan(0);
  });

  it('still repaints a painter that rasters later a few times a second when every frame is late', () => {
    const { host, frame } = fakeHost();
    const scheduler = createFrameScheduler(host);
    let paints = 0;
    const svg = scheduler.register(
      () => {
        paints++;
        svg.invalidate();
      },
      { rastersLater: true },
    );
    // A loaded machine: every frame comes 100 ms after the last, whoever painted.
    for (let i = 0; i < 100; i++) frame(100);
    // Ten seconds at 10 frames a second: a repaint every few frames, never every frame, and
    // never a wait of seconds (unbounded blame gave 9 repaints here).
    expect(paints).toBeGreaterThanOrEqual(15);
    expect(paints).toBeLessThan(50);
  });
});
