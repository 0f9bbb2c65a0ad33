import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ModelJson } from '../engine';
import type { HistoryDocument } from './history';
import { configOf } from './sessionSnapshot';

/** What the persist middleware hands over at each update: the document and the weights' version. */
export type PersistedState = HistoryDocument & { readonly weightsVersion: number };

/** After an edit of points or settings, the session is saved this much later. */
export const EDIT_SAVE_DELAY_MS = 500;
/** While only the weights change (training), they are saved at most this often. */
export const WEIGHTS_SAVE_INTERVAL_MS = 5000;

/** The browser's Web Storage, as far as saving needs it. */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionStorageHooks {
  /** The storage, asked for at each use: in some private modes merely reading it throws. */
  readonly area: () => StorageArea;
  /** The current weights, read only when a save happens. */
  readonly weights: () => ModelJson | undefined;
  /** Told once when saving fails, and again only after a save succeeded. */
  readonly failed: (message: string) => void;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface ThrottledStorage extends PersistStorage<PersistedState> {
  /** Saves now what is waiting (when the page is hidden or closed). */
  flush(): void;
}

/** A saved session that is not JSON, or not an object with a state: treated as corrupt. */
export class CorruptSessionError extends Error {
  override name = 'CorruptSessionError';
}

const serialize = (state: PersistedState, model: ModelJson | undefined, version: number) =>
  JSON.stringify({
    state: {
      settings: configOf(state),
      points: state.points.map((p) => [p.x, p.y, p.label]),
      dataset: state.dataset,
      dataSeed: state.dataSeed,
      ...(model === undefined ? {} : { model }),
    },
    version,
  });

const sameEdits = (a: PersistedState, b: PersistedState) =>
  (Object.keys(a) as (keyof PersistedState)[]).every(
    (key) => key === 'weightsVersion' || Object.is(a[key], b[key]),
  );

/**
 * The persist middleware's storage: it keeps the newest state and writes it a little later, soon
 * after an edit but at most every few seconds while training only moves the weights. A write the
 * storage refuses (quota) is tried again without the weights before it is given up.
 */
export function createThrottledStorage(hooks: SessionStorageHooks): ThrottledStorage {
  const setTimer = hooks.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = hooks.clearTimer ?? ((timer) => clearTimeout(timer as number));
  let pending: { name: string; value: StorageValue<PersistedState> } | null = null;
  let saved: PersistedState | null = null;
  let timer: unknown = null;
  let dueAt = Infinity;
  let failing = false;

  const write = (name: string, value: StorageValue<PersistedState>) => {
    const area = hooks.area();
    try {
      area.setItem(name, serialize(value.state, hooks.weights(), value.version ?? 0));
    } catch {
      // Too large with the weights, perhaps: the points and settings matter most.
      area.setItem(name, serialize(value.state, undefined, value.version ?? 0));
    }
  };

  const flush = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    dueAt = Infinity;
    if (pending === null) return;
    const { name, value } = pending;
    pending = null;
    try {
      write(name, value);
      saved = value.state;
      failing = false;
    } catch (error) {
      if (!failing) {
        const why = error instanceof Error ? error.message : String(error);
        hooks.failed(
          `This browser did not save the session (${why}): your work stays while the page is open.`,
        );
      }
      failing = true;
    }
  };

  return {
    getItem(name) {
      const text = hooks.area().getItem(name);
      if (text === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new CorruptSessionError('the saved session is not valid JSON');
      }
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
        throw new CorruptSessionError('the saved session holds no state');
      }
      const { state, version } = parsed as { state: unknown; version?: unknown };
      return { state: state as PersistedState, version: version as number };
    },
    setItem(name, value) {
      const edited = saved === null || !sameEdits(saved, value.state);
      pending = { name, value };
      const delay = edited ? EDIT_SAVE_DELAY_MS : WEIGHTS_SAVE_INTERVAL_MS;
      const now = Date.now();
      if (now + delay >= dueAt) return;
      if (timer !== null) clearTimer(timer);
      dueAt = now + delay;
      timer = setTimer(flush, delay);
    },
    removeItem(name) {
      pending = null;
      hooks.area().removeItem(name);
    },
    flush,
  };
}
