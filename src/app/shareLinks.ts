import { encodeSettingsFragment, readLinkFragment, tourParamOf, withTourParam } from '../data';
import { CONFIG_KEYS, configOf, TRANSFER_RULES, type AppStore } from '../store';

/** How long the address bar waits for the settings to settle before it is rewritten. */
export const ADDRESS_DEBOUNCE_MS = 300;

/** What the page lends to share links: its address and its history, for tests to fake. */
export interface AddressHost {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** The fragment (without `#`) that carries the store's settings and dataset. */
export function settingsFragmentOf(store: AppStore): string {
  const state = store.getState();
  return encodeSettingsFragment(configOf(state), state.dataset);
}

/** Reads a fragment and applies it to the store, field by field. */
export async function openLink(store: AppStore, fragment: string): Promise<void> {
  if (fragment === '') return;
  store.getState().applyLink(await readLinkFragment(fragment, TRANSFER_RULES));
}

/**
 * Share links at start-up: the link the page was opened with is read first (before anything
 * rewrites the address), applied once `restored` (the saved session) has settled, so the link
 * wins; from then on the address bar carries the settings, rewritten `ADDRESS_DEBOUNCE_MS` after
 * they change, and a link typed or pasted into the same tab is opened. Returns a stop function
 * and a promise that settles once the opening link is applied.
 */
export function startShareLinks(
  store: AppStore,
  restored: Promise<unknown> = Promise.resolve(),
  host: AddressHost = window,
): { ready: Promise<void>; stop: () => void } {
  const opening = host.location.hash.replace(/^#/, '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe = () => {};
  let stopped = false;

  const writeAddress = () => {
    // The tour's step shares the fragment: it stays.
    const fragment = withTourParam(settingsFragmentOf(store), tourParamOf(host.location.hash));
    if (host.location.hash.replace(/^#/, '') === fragment) return;
    const { pathname, search } = host.location;
    host.history.replaceState(host.history.state, '', `${pathname}${search}#${fragment}`);
  };
  const scheduleWrite = () => {
    clearTimeout(timer);
    timer = setTimeout(writeAddress, ADDRESS_DEBOUNCE_MS);
  };
  const onHashChange = () => {
    void openLink(store, host.location.hash.replace(/^#/, '')).then(scheduleWrite);
  };

  const ready = restored
    .catch(() => undefined)
    .then(() => openLink(store, opening))
    .then(() => {
      if (stopped) return;
      writeAddress();
      // Training publishes every frame; only a change of a setting or the dataset rewrites.
      unsubscribe = store.subscribe((state, previous) => {
        const changed =
          state.dataset !== previous.dataset ||
          CONFIG_KEYS.some((key) => state[key] !== previous[key]);
        if (changed) scheduleWrite();
      });
      host.addEventListener('hashchange', onHashChange);
    });
  return {
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      host.removeEventListener('hashchange', onHashChange);
    },
  };
}
