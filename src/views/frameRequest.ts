export interface FrameRequest {
  /** Asks for `callback` on the next animation frame; several requests in a frame run it once. */
  request(): void;
  cancel(): void;
}

/**
 * Coalesces repaint requests into at most one `callback` call an animation frame, with the
 * frame's timestamp.
 */
export function createFrameRequest(callback: (nowMs: number) => void): FrameRequest {
  let handle: number | null = null;
  const run = (nowMs: number) => {
    handle = null;
    callback(nowMs);
  };
  return {
    request() {
      if (handle === null) handle = requestAnimationFrame(run);
    },
    cancel() {
      if (handle !== null) cancelAnimationFrame(handle);
      handle = null;
    },
  };
}
