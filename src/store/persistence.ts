import { persist, subscribeWithSelector } from 'zustand/middleware';
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { documentOf, withHistory, type HistoryCreator, type HistoryStore } from './history';
import {
  createThrottledStorage,
  CorruptSessionError,
  type StorageArea,
} from './persistenceStorage';
import { readSavedSession } from './persistenceValidation';
import { modelOf } from './sessionSnapshot';
import type { AppState } from './types';

export const SAVED_SESSION_KEY = 'backprop-lab.session';
/** The version of the saved session's layout; a newer one is not read. */
export const SAVED_SESSION_VERSION = 1;

export interface StoreOptions {
  /** Where the session is saved between visits; without it nothing is saved (tests). */
  readonly storage?: () => StorageArea;
}

/** What the store offers the page for saving: restore once at start, save before it goes. */
export interface SessionPersistence {
  /** Reads the saved session and applies it, or says why it could not. */
  restore(): Promise<void>;
  /** Writes what is waiting to be saved now. */
  flush(): void;
}

type PersistedApi = StoreApi<AppState> & { persistence?: SessionPersistence };

const NEWER_NOTICE =
  'The saved session is from a newer version of Backprop Lab, so this is a new session.';

function readFailureNotice(error: unknown): string {
  if (error instanceof CorruptSessionError) {
    return `The saved session was damaged (${error.message}), so this is a new session.`;
  }
  if (error instanceof RangeError) return NEWER_NOTICE;
  const why = error instanceof Error ? error.message : String(error);
  return `The saved session could not be read (${why}), so this is a new session.`;
}

/**
 * The store's middleware, outermost first: selector subscriptions, saving in the browser (only
 * when a storage is given) and the undo history. The page reaches saving through
 * `persistenceOf(store)`.
 */
export function withStoreMiddleware(
  options: StoreOptions,
  creator: HistoryCreator,
): StateCreator<
  AppState,
  [],
  [['zustand/subscribeWithSelector', never], ['temporal', HistoryStore]]
> {
  const historied = withHistory(creator) as unknown as StateCreator<AppState>;
  const { storage: area } = options;
  if (area === undefined) {
    return subscribeWithSelector(historied) as unknown as ReturnType<typeof withStoreMiddleware>;
  }
  const saving: StateCreator<AppState> = (set, get, api) => {
    const notify = (notice: string) => set({ notice });
    const storage = createThrottledStorage({ area, weights: () => modelOf(get()), failed: notify });
    let saved: unknown;
    const withPersist = persist(historied, {
      name: SAVED_SESSION_KEY,
      version: SAVED_SESSION_VERSION,
      storage,
      skipHydration: true,
      partialize: (state) => ({ ...documentOf(state), weightsVersion: state.weightsVersion }),
      migrate: (_state, version) => {
        if (version > SAVED_SESSION_VERSION) throw new RangeError(NEWER_NOTICE);
        throw new CorruptSessionError(`unknown version ${String(version)}`);
      },
      // The saved state is applied through the store's own rules once the store exists.
      merge: (persisted, current) => {
        saved = persisted;
        return current;
      },
      onRehydrateStorage: () => (_state, error) => {
        if (error !== undefined) return notify(readFailureNotice(error));
        if (saved !== undefined) applySaved(historyApi, saved);
      },
    }) as unknown as StateCreator<AppState>;
    const state = withPersist(set, get, api);
    const historyApi = api as StoreApi<AppState> & { temporal: HistoryStore };
    const persistApi = api as unknown as PersistedApi & {
      persist: { rehydrate(): Promise<void> };
    };
    persistApi.persistence = {
      restore: () => persistApi.persist.rehydrate(),
      flush: storage.flush,
    };
    return state;
  };
  return subscribeWithSelector(saving) as unknown as ReturnType<typeof withStoreMiddleware>;
}

/** Applies a saved session, checked field by field, as the state the page starts from. */
function applySaved(api: StoreApi<AppState> & { temporal: HistoryStore }, saved: unknown) {
  const { snapshot, dataSeed, dropped } = readSavedSession(saved);
  api.getState().applySession(snapshot);
  if (dataSeed !== null) api.setState({ dataSeed });
  // What was restored is where this visit starts: nothing to undo yet.
  api.temporal.getState().clear();
  if (dropped.length > 0) {
    api
      .getState()
      .showNotice(
        `Parts of the saved session were not valid and were left out: ${dropped.join(', ')}.`,
      );
  }
}

/** Saving of a store made with a storage, or null. */
export function persistenceOf(store: StoreApi<AppState>): SessionPersistence | null {
  return (store as PersistedApi).persistence ?? null;
}
