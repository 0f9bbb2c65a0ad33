/** While training, the panel's numbers change at most this often: a rate a reader can follow. */
export const MIN_REFRESH_MS = 400;
/**
 * A refresh that cost more script time waits longer: the next one comes no sooner than this many
 * times the time the last one took (with the browser's layout on top, under a tenth of the time).
 */
export const REFRESH_COST_FACTOR = 20;

export interface TimerHost {
  readonly setTimeout: (callback: () => void, delayMs: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
  readonly now: () => number;
}

export interface RefreshThrottle {
  /** A change to show at a human rate: refreshes now if the last refresh is old enough, else later. */
  soon(): void;
  /** A change to show at once (a pause, a timeline move, another point): refreshes now. */
  now(): void;
  /** Records `costMs` spent showing the last refresh; later refreshes wait in proportion. */
  charge(costMs: number): void;
  destroy(): void;
}

const browserTimers: TimerHost = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * Paces `refresh(immediate)`: `now()` calls it at once, `soon()` at most once per interval (the
 * trailing call is kept, so the last change is always shown). The interval is MIN_REFRESH_MS, or
 * longer when the refreshes charged since the last one cost more.
 */
export function createRefreshThrottle(
  refresh: (immediate: boolean) => void,
  host: TimerHost = browserTimers,
): RefreshThrottle {
  let lastRefreshMs = -Infinity;
  let costSinceRefreshMs = 0;
  let timer: unknown = null;

  const cancel = () => {
    if (timer !== null) host.clearTimeout(timer);
    timer = null;
  };
  const fire = (immediate: boolean) => {
    cancel();
    lastRefreshMs = host.now();
    costSinceRefreshMs = 0;
    refresh(immediate);
  };

  return {
    soon() {
      if (timer !== null) return;
      const intervalMs = Math.max(MIN_REFRESH_MS, REFRESH_COST_FACTOR * costSinceRefreshMs);
      const waitMs = lastRefreshMs + intervalMs - host.now();
      if (waitMs <= 0) fire(false);
      else timer = host.setTimeout(() => fire(false), waitMs);
    },
    now: () => fire(true),
    charge(costMs) {
      costSinceRefreshMs += costMs;
    },
    destroy: cancel,
  };
}
