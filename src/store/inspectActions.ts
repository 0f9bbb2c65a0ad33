import type { StoreKit } from './storeKit';
import type { Actions, InspectState, Point } from './types';

type InspectActions = Pick<Actions, 'toggleInspect' | 'inspectPoint'>;

export const initialInspectState: InspectState = { inspecting: false, inspectedPoint: null };

/**
 * The index the inspected point has in `next` after the points changed from `previous`: the same
 * point object wherever it went, or the same index when only that point was replaced (moved);
 * null when it is gone.
 */
export function followInspectedPoint(
  previous: readonly Point[],
  next: readonly Point[],
  index: number,
): number | null {
  const point = previous[index];
  if (point === undefined) return null;
  const kept = next.indexOf(point);
  if (kept >= 0) return kept;
  const movedInPlace =
    next.length === previous.length &&
    next[index]?.label === point.label &&
    next.every((p, i) => i === index || p === previous[i]);
  return movedInPlace ? index : null;
}

/** Inspect's actions; `set` writes the inspect state, which the settings' kit does not type. */
export function createInspectActions(
  kit: StoreKit,
  set: (changes: Partial<InspectState>) => void,
): InspectActions {
  const { get, refuse } = kit;
  return {
    toggleInspect() {
      const inspecting = !get().inspecting;
      set(inspecting ? { inspecting } : { inspecting, inspectedPoint: null });
    },
    inspectPoint(index) {
      if (index === null) return set({ inspectedPoint: null });
      const count = get().points.length;
      if (!Number.isInteger(index) || index < 0 || index >= count) {
        return refuse(
          count === 0
            ? 'There is no point to inspect: place one on the plane first.'
            : `Only the ${count} points on the plane can be inspected.`,
        );
      }
      set({ inspectedPoint: index });
    },
  };
}
