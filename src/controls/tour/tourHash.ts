/** The tour's place in the address: `#how-it-works/3` is its third step (counted from 1). */
export const TOUR_HASH = '#how-it-works';

export type TourLocation =
  /** The address says nothing about the tour. */
  | { readonly kind: 'none' }
  /** The tour is open at `step` (from 0). */
  | { readonly kind: 'open'; readonly step: number }
  /** The address names a step the tour does not have; it opens at `step` instead. */
  | { readonly kind: 'invalid'; readonly step: number; readonly problem: string };

/** Reads `hash` (as `location.hash` gives it) for a tour of `stepCount` steps. */
export function parseTourHash(hash: string, stepCount: number): TourLocation {
  if (hash !== TOUR_HASH && !hash.startsWith(`${TOUR_HASH}/`)) return { kind: 'none' };
  const rest = hash.slice(TOUR_HASH.length + 1);
  if (rest === '') return { kind: 'open', step: 0 };
  const number = /^\d{1,6}$/.test(rest) ? Number(rest) : NaN;
  if (number >= 1 && number <= stepCount) return { kind: 'open', step: number - 1 };
  return {
    kind: 'invalid',
    step: 0,
    problem: `The tour has steps 1 to ${stepCount}, not "${rest.slice(0, 20)}": it opens at step 1.`,
  };
}

/** The hash that keeps the tour open at `step` (from 0). */
export function tourHash(step: number): string {
  return `${TOUR_HASH}/${step + 1}`;
}

/** Whether `hash` belongs to the tour, so closing it may clear the hash. */
export function isTourHash(hash: string): boolean {
  return parseTourHash(hash, Number.MAX_SAFE_INTEGER).kind !== 'none';
}
