/**
 * The address's fragment is shared: share links keep the settings there as `name=value` pairs,
 * and the How it works tour keeps its open step (counted from 1) as one more pair, `tour=3`.
 * Share links neither read it as a setting nor drop it when they rewrite the fragment.
 */
export const TOUR_PARAM = 'tour';

/** The tour's value in a fragment (with or without `#`), or null when the tour is not in it. */
export function tourParamOf(fragment: string): string | null {
  return new URLSearchParams(fragment.replace(/^#/, '')).get(TOUR_PARAM);
}

/** `fragment` (with or without `#`) with the tour's value set, or removed when null; no `#`. */
export function withTourParam(fragment: string, value: string | null): string {
  // The other pairs are kept as written: re-encoding them would turn `4,4` into `4%2C4`.
  const pairs = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((pair) => pair !== '' && pair.split('=')[0] !== TOUR_PARAM);
  if (value !== null) pairs.push(`${TOUR_PARAM}=${encodeURIComponent(value)}`);
  return pairs.join('&');
}
