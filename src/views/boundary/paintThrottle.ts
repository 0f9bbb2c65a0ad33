/**
 * Keeps an expensive repaint to a share of the time: after a paint that took `c` ms, the next may
 * start only once `c * (1 / share - 1)` ms more have passed. A cheap paint runs every frame; the
 * heatmap of a large network runs less often, and training keeps the rest of each frame.
 */
export interface PaintThrottle {
  /** Whether a paint may start at time `nowMs`. */
  ready(nowMs: number): boolean;
  /** Records a paint that ran from `startMs` to `endMs`. Mutates the throttle. */
  record(startMs: number, endMs: number): void;
}

export function createPaintThrottle(share: number): PaintThrottle {
  let nextMs = -Infinity;
  return {
    ready: (nowMs) => nowMs >= nextMs,
    record(startMs, endMs) {
      const cost = Math.max(0, endMs - startMs);
      nextMs = endMs + cost * (1 / share - 1);
    },
  };
}
