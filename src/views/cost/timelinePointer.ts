/** What the chart's pointer may do with the timeline; the shell wires it to the store. */
export interface Timeline {
  /** The iteration the views show, or null while live. */
  viewing(): number | null;
  /** The run's latest iteration. */
  latest(): number;
  view(iteration: number): void;
  goLive(): void;
}

export interface TimelinePointer {
  /** The pointer is over `iteration` (null or undefined: over no iteration): show it for now. */
  preview(iteration: number | null | undefined): void;
  /** The pointer left: show again what was shown before the preview. */
  restore(): void;
  /** A click on `iteration`: it stays shown once the pointer leaves. */
  choose(iteration: number | null | undefined): void;
}

/**
 * Hovering the cost chart moves the timeline for as long as the pointer stays on the plot, and a
 * click keeps the iteration under it. On leaving, the timeline goes back to where it was put,
 * or to the present if that iteration no longer exists (a new run started meanwhile).
 */
export function createTimelinePointer(timeline: Timeline): TimelinePointer {
  /** What the timeline showed before the preview began; undefined while none runs. */
  let before: number | null | undefined = undefined;
  const restore = () => {
    if (before === undefined) return;
    const back = before;
    before = undefined;
    if (back === null || back > timeline.latest()) timeline.goLive();
    else if (back !== timeline.viewing()) timeline.view(back);
  };
  return {
    preview(iteration) {
      if (iteration === null || iteration === undefined) return restore();
      if (before === undefined) before = timeline.viewing();
      if (iteration !== timeline.viewing()) timeline.view(iteration);
    },
    restore,
    choose(iteration) {
      if (iteration === null || iteration === undefined) return;
      before = undefined;
      if (iteration !== timeline.viewing()) timeline.view(iteration);
    },
  };
}
