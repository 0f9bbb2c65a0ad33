import { describe, expect, it } from 'vitest';
import {
  createRefreshThrottle,
  MIN_REFRESH_MS,
  REFRESH_COST_FACTOR,
  type TimerHost,
} from '../../../src/views/inspect/refreshThrottle';

/** Timers on a clock that moves only when the test says so. */
function fakeTimers() {
  let nowMs = 1000;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const host: TimerHost = {
    setTimeout(callback, delayMs) {
      timers.set(next, { at: nowMs + delayMs, callback });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    now: () => nowMs,
  };
  const advance = (ms: number) => {
    const end = nowMs + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      timers.delete(due[0]);
      nowMs = due[1].at;
      due[1].callback();
    }
    nowMs = end;
  };
  return { host, advance, pending: () => timers.size };
}

function throttled() {
  const timers = fakeTimers();
  const refreshes: boolean[] = [];
  const throttle = createRefreshThrottle((immediate) => refreshes.push(immediate), timers.host);
  return { ...timers, refreshes, throttle };
}

describe('createRefreshThrottle(refresh, host)', () => {
  it('soon() refreshes once for many changes within the interval, then once more for the last', () => {
    const { throttle, refreshes, advance } = throttled();
    for (let frame = 0; frame < 6; frame++) {
      throttle.soon();
      advance(16);
    }
    expect(refreshes).toEqual([false]);
    advance(MIN_REFRESH_MS);
    expect(refreshes).toEqual([false, false]);
    advance(5 * MIN_REFRESH_MS);
    expect(refreshes).toHaveLength(2);
  });

  it('now() refreshes at once and drops the refresh soon() had planned', () => {
    const { throttle, refreshes, advance, pending } = throttled();
    throttle.soon();
    throttle.soon();
    expect(pending()).toBe(1);
    throttle.now();
    expect(refreshes).toEqual([false, true]);
    expect(pending()).toBe(0);
    advance(10 * MIN_REFRESH_MS);
    expect(refreshes).toEqual([false, true]);
  });

  it('waits longer after refreshes that cost more', () => {
    const { throttle, refreshes, advance } = throttled();
    throttle.soon();
    throttle.charge(100);
    throttle.soon();
    advance(REFRESH_COST_FACTOR * 100 - 1);
    expect(refreshes).toHaveLength(1);
    advance(1);
    expect(refreshes).toHaveLength(2);
  });

  it('destroy() cancels a planned refresh', () => {
    const { throttle, refreshes, advance } = throttled();
    throttle.soon();
    throttle.soon();
    throttle.destroy();
    advance(10 * MIN_REFRESH_MS);
    expect(refreshes).toHaveLength(1);
  });
});
