export interface FrameRequest {
  /** Asks for `callback` on the next animation frame; several requests in a frame run it once. */
  request(): void;
  cancel(): void;
}

/** Coalesces repaint requests into at most one `callback` call an animation frame. */
export function createFrameRequest(callback: () => void): FrameRequest {
  let handle: number | null = null;
  const run = () => {
    handle = null;
    callback();
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
