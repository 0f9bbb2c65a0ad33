import { tourParamOf, withTourParam } from '../../data';

export type TourLocation =
  /** The address says nothing about the tour. */
  | { readonly kind: 'none' }
  /** The tour is open at `step` (from 0). */
  | { readonly kind: 'open'; readonly step: number }
  /** The address names a step the tour does not have; it opens at `step` instead. */
  | { readonly kind: 'invalid'; readonly step: number; readonly problem: string };

/**
 * Reads the tour's place from `hash` (as `location.hash` gives it: `#...&tour=3` is the third
 * step) for a tour of `stepCount` steps.
 */
export function parseTourHash(hash: string, stepCount: number): TourLocation {
  const value = tourParamOf(hash);
  if (value === null) return { kind: 'none' };
  const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (number >= 1 && number <= stepCount) return { kind: 'open', step: number - 1 };
  return {
    kind: 'invalid',
    step: 0,
    problem: `The tour has steps 1 to ${stepCount}, not "${value.slice(0, 20)}": it opens at step 1.`,
  };
}

/** `hash` with the tour open at `step` (from 0), or without the tour for null; keeps the rest. */
export function tourHash(hash: string, step: number | null): string {
  const fragment = withTourParam(hash, step === null ? null : String(step + 1));
  return fragment === '' ? '' : `#${fragment}`;
}
