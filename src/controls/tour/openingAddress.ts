import { isTourHash } from './tourHash';

/**
 * The tour's part of the address the page was opened with. Share links read the whole hash as
 * settings when the page starts (and call anything else in it a damaged link), so the tour takes
 * its hash out as soon as this module loads, before they read it, and keeps it here for the
 * tour's first render; the tour writes it back once it is open.
 */
let opening: string | null = null;

if (typeof window !== 'undefined' && isTourHash(window.location.hash)) {
  const { hash, pathname, search } = window.location;
  opening = hash;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** The hash that tells the tour where to open: the address's own, or the one it opened with. */
export function tourHashToOpen(): string {
  const hash = window.location.hash;
  return isTourHash(hash) ? hash : (opening ?? hash);
}

/** The tour has written its place into the address: the opening one is spent. */
export function forgetOpeningAddress(): void {
  opening = null;
}
