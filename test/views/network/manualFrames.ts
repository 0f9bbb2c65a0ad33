import { expect } from 'vitest';
import type { FrameHost } from '../../../src/views';

/** Animation frames that run only when the test says so. */
export function manualFrames() {
  const pending = new Map<number, (nowMs: number) => void>();
  let nextHandle = 1;
  let nowMs = 0;
  const host: FrameHost = {
    requestFrame(callback) {
      pending.set(nextHandle, callback);
      return nextHandle++;
    },
    cancelFrame: (handle) => void pending.delete(handle),
    now: () => nowMs,
  };
  const runFrame = () => {
    nowMs += 1000 / 60;
    const callbacks = [...pending.values()];
    pending.clear();
    for (const callback of callbacks) callback(nowMs);
  };
  /** Runs frames until none is asked for (a large SVG's repaint is timed for a few frames). */
  const settle = () => {
    for (let frame = 0; frame < 10 && pending.size > 0; frame++) runFrame();
    expect(pending.size).toBe(0);
  };
  return { host, runFrame, settle, hasPendingFrame: () => pending.size > 0 };
}
