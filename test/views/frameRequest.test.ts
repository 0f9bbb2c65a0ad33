import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameRequest } from '../../src/views/frameRequest';

/** A hand-cranked requestAnimationFrame: `flush` runs the callbacks of one frame. */
function stubFrames() {
  let queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => queue.delete(handle));
  return {
    flush() {
      const frame = queue;
      queue = new Map();
      frame.forEach((callback) => callback(0));
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('createFrameRequest(callback)', () => {
  it('runs the callback once a frame however many requests came in', () => {
    const frames = stubFrames();
    const callback = vi.fn();
    const frame = createFrameRequest(callback);
    frame.request();
    frame.request();
    frame.request();
    expect(callback).not.toHaveBeenCalled();
    frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
    frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
    frame.request();
    frames.flush();
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('runs nothing after cancel', () => {
    const frames = stubFrames();
    const callback = vi.fn();
    const frame = createFrameRequest(callback);
    frame.request();
    frame.cancel();
    frames.flush();
    expect(callback).not.toHaveBeenCalled();
  });
});
