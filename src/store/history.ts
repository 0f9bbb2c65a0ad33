import { temporal, type TemporalState, type ZundoOptions } from 'zundo';
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { CONFIG_KEYS } from './sessionSnapshot';
import type { AppState, Config, State } from './types';

/** What undo takes back: the settings and the points. Training, hover and notices are not in it. */
export type HistoryDocument = Config & Pick<State, 'points' | 'dataset' | 'dataSeed'>;
export type HistoryStore = StoreApi<TemporalState<HistoryDocument>>;

const DOCUMENT_KEYS = [...CONFIG_KEYS, 'points', 'dataset', 'dataSeed'] as const;
/** How many edits undo can take back. */
export const HISTORY_LIMIT = 200;
/** Actions that change the document but are not edits: Play extends `stopAfter` by itself. */
const UNTRACKED_ACTIONS = new Set(['play']);
/** Actions that drive the history and so must not run inside an entry. */
const HISTORY_ACTIONS = new Set(['undo', 'redo', 'beginDrag', 'endDrag']);

export function documentOf(state: HistoryDocument): HistoryDocument {
  const document: Record<string, unknown> = {};
  for (const key of DOCUMENT_KEYS) document[key] = state[key];
  return document as unknown as HistoryDocument;
}

const sameDocument = (a: HistoryDocument, b: HistoryDocument) =>
  DOCUMENT_KEYS.every((key) => Object.is(a[key], b[key]));

/** The store's undo history, as its actions use it. */
export interface History {
  /** Runs `edit` so that all it changes is one entry; entries opened inside it join it. */
  entry<T>(edit: () => T): T;
  /** Opens an entry that stays open until `close`, across events (a drag). */
  open(): void;
  close(): void;
  /** Runs `change` without making an entry. */
  untracked<T>(change: () => T): T;
  /** Brings the whole state in line with a document of the past or the future. */
  setApplier(apply: (document: HistoryDocument) => void): void;
  undo(): void;
  redo(): void;
  clear(): void;
}

type AppSet = (changes: Partial<AppState>, replace?: false) => void;
export type HistoryCreator = (
  set: AppSet,
  get: () => AppState,
  api: StoreApi<AppState>,
  history: History,
) => AppState;

/**
 * zundo's temporal middleware around the store, with what the store needs of it: an action is
 * one entry however many updates it makes, a drag is one entry, and going back or forth applies
 * the document through the store's own rules (`setApplier`) instead of setting derived fields.
 */
export function withHistory(
  creator: HistoryCreator,
): StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [['temporal', HistoryStore]]
> {
  return ((
    set: AppSet,
    get: () => AppState,
    api: StoreApi<AppState> & { temporal: HistoryStore },
  ) => {
    let record: ((past: HistoryDocument) => void) | null = null;
    let apply: ((document: HistoryDocument) => void) | null = null;
    let depth = 0;
    let opened = false;
    let start: HistoryDocument | null = null;
    let paused = 0;
    let replayPending = false;

    const begin = () => {
      if (depth++ === 0) start = documentOf(get());
    };
    const end = () => {
      if (--depth > 0 || start === null) return;
      const past = start;
      start = null;
      if (paused === 0 && !sameDocument(past, documentOf(get()))) record?.(past);
    };
    const untracked = <T>(change: () => T): T => {
      paused++;
      try {
        return change();
      } finally {
        paused--;
      }
    };
    /** zundo's undo and redo hand the document to `set` once: that one goes to the applier. */
    const replay = (move: () => void) => {
      if (opened) history.close();
      replayPending = true;
      try {
        untracked(move);
      } finally {
        replayPending = false;
      }
    };
    const routedSet: AppSet = (changes, replace) => {
      if (replayPending && apply !== null) {
        replayPending = false;
        apply(changes as HistoryDocument);
      } else {
        set(changes, replace);
      }
    };

    const history: History = {
      entry(edit) {
        begin();
        try {
          return edit();
        } finally {
          end();
        }
      },
      open() {
        if (opened) return;
        opened = true;
        begin();
      },
      close() {
        if (!opened) return;
        opened = false;
        end();
      },
      untracked,
      setApplier(applier) {
        apply = applier;
      },
      undo: () => replay(() => api.temporal.getState().undo()),
      redo: () => replay(() => api.temporal.getState().redo()),
      clear: () => api.temporal.getState().clear(),
    };

    const tracked = (tset: AppSet, tget: () => AppState, tapi: StoreApi<AppState>) =>
      wrapActions(creator(tset, tget, tapi, history), history);
    const withTemporal = temporal(tracked as unknown as StateCreator<AppState>, {
      partialize: documentOf,
      equality: sameDocument,
      limit: HISTORY_LIMIT,
      handleSet: (handleSet) => {
        const recordEntry = handleSet as unknown as (
          past: HistoryDocument,
          replace: undefined,
          current: HistoryDocument,
        ) => void;
        record = (past) => recordEntry(past, undefined, documentOf(get()));
        // An update outside any action (a test's setState) is an entry of its own.
        return ((past: HistoryDocument, replace: undefined, current: HistoryDocument) => {
          if (depth === 0 && paused === 0) recordEntry(past, replace, current);
        }) as unknown as ReturnType<
          NonNullable<ZundoOptions<AppState, HistoryDocument>['handleSet']>
        >;
      },
    });
    return (withTemporal as unknown as StateCreator<AppState>)(
      routedSet as StoreApi<AppState>['setState'],
      get,
      api,
    );
  }) as unknown as StateCreator<
    AppState,
    [['zustand/subscribeWithSelector', never]],
    [['temporal', HistoryStore]]
  >;
}

/** Every action an entry of its own (nested calls join their caller's), but for the exceptions. */
function wrapActions(state: AppState, history: History): AppState {
  const wrapped: Record<string, unknown> = { ...state };
  for (const [name, value] of Object.entries(state)) {
    if (typeof value !== 'function' || HISTORY_ACTIONS.has(name)) continue;
    const action = value as (...args: unknown[]) => unknown;
    wrapped[name] = UNTRACKED_ACTIONS.has(name)
      ? (...args: unknown[]) => history.untracked(() => action(...args))
      : (...args: unknown[]) => history.entry(() => action(...args));
  }
  return wrapped as unknown as AppState;
}
