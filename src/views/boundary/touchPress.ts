/** How long a finger must rest, without moving, for a press to become a long press. */
export const LONG_PRESS_MS = 500;
/** How far (screen pixels) a finger may wander and still be tapping or holding, not moving. */
export const TOUCH_SLOP_PIXELS = 10;

/** Timers for the long press; the window's by default, a fake clock's in tests. */
export interface PressTimers {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export const WINDOW_TIMERS: PressTimers = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** One finger on the plane, from touchdown: a tap, a long press or a move. */
export interface TouchPress {
  readonly pointerId: number;
  /** The finger went farther than the slop: the press is a move. */
  readonly moved: boolean;
  /** The long press fired. */
  readonly held: boolean;
  /** Lifted now, the press would be a tap: no move, no long press, not cancelled. */
  isTap(): boolean;
  /** Follows the finger; leaving the slop stops the long press. */
  move(clientX: number, clientY: number): void;
  /** Stops the long press, and the press is no longer a tap (e.g. a second finger came down). */
  cancel(): void;
}

/** Starts tracking a finger that touched down at (clientX, clientY); `onHold` is the long press. */
export function startTouchPress(
  pointerId: number,
  clientX: number,
  clientY: number,
  onHold: () => void,
  timers: PressTimers = WINDOW_TIMERS,
): TouchPress {
  let moved = false;
  let held = false;
  let cancelled = false;
  let timer: unknown = timers.set(() => {
    timer = null;
    held = true;
    onHold();
  }, LONG_PRESS_MS);

  const stopTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  return {
    pointerId,
    get moved() {
      return moved;
    },
    get held() {
      return held;
    },
    isTap: () => !moved && !held && !cancelled,
    move(x, y) {
      if (moved || Math.hypot(x - clientX, y - clientY) <= TOUCH_SLOP_PIXELS) return;
      moved = true;
      stopTimer();
    },
    cancel() {
      cancelled = true;
      stopTimer();
    },
  };
}
