/** A display frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/** A frame this much longer than usual missed its vsync: something overran it. */
const LATE_FRAME_MS = 1.5 * FRAME_MS;
/** The browser rasters a repaint while the next frames run: its cost shows up to this many later. */
const FRAMES_TO_BLAME = 3;

export interface RepaintPacer {
  /** Whether the view may repaint in the current frame. */
  readonly isDue: boolean;
  /** Whether frames should still be reported to time the last repaint. */
  readonly isTiming: boolean;
  /** Records a repaint in the current frame. Mutates the pacer. */
  painted(): void;
  /** Records the start of a frame, `now` being the animation-frame timestamp. Mutates the pacer. */
  frameStarted(now: number): void;
}

/**
 * Keeps a view whose repaints are slow for the browser (thousands of SVG edges) from slowing every
 * frame. The view earns `share` of the time that passes and is charged for the frames that come
 * late just after its repaints; it may repaint while it is not in debt. Cheap repaints make no
 * frame late, so they go on every frame.
 */
export function createRepaintPacer(share = 0.25): RepaintPacer {
  let credit = 0;
  let lastFrameAt: number | null = null;
  let framesSincePaint = Infinity;
  return {
    get isDue() {
      return credit >= 0;
    },
    get isTiming() {
      return framesSincePaint < FRAMES_TO_BLAME;
    },
    painted() {
      framesSincePaint = 0;
    },
    frameStarted(now) {
      if (lastFrameAt !== null && now > lastFrameAt) {
        const interval = now - lastFrameAt;
        // At most one frame of credit saved up, so idle time buys no burst of slow repaints.
        credit = Math.min(FRAME_MS * share, credit + interval * share);
        framesSincePaint++;
        if (framesSincePaint <= FRAMES_TO_BLAME && interval > LATE_FRAME_MS) {
          credit -= interval - FRAME_MS;
        }
      }
      lastFrameAt = now;
    },
  };
}
