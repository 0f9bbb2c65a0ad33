/**
 * The page's side of a service-worker update: a newer build has installed and waits; the page
 * offers it, and the user's `Reload` lets it take over. Kept free of the service worker itself so
 * the notice can be tested without one.
 */
export interface UpdatePrompt {
  /** What the notice shows: nothing, a waiting build, or a reload under way. */
  state(): UpdateState;
  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** A newer build is waiting; `activate` lets it take over (the page then reloads). */
  offer(activate: () => Promise<void>): void;
  /** Runs the offered `activate`; a failure puts the offer back so the user can try again. */
  reload(): Promise<void>;
}

export type UpdateState = 'none' | 'waiting' | 'reloading';

export function createUpdatePrompt(): UpdatePrompt {
  let state: UpdateState = 'none';
  let activate: (() => Promise<void>) | null = null;
  const listeners = new Set<() => void>();
  const setState = (next: UpdateState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    offer(given) {
      activate = given;
      setState('waiting');
    },
    async reload() {
      if (activate === null || state !== 'waiting') return;
      setState('reloading');
      try {
        await activate();
      } catch {
        setState('waiting');
      }
    },
  };
}

/** The page's one prompt, fed by `serviceWorker.ts` and shown by `UpdateNotice`. */
export const updatePrompt = createUpdatePrompt();
