import type { TourContent } from './TourContent';

/** The panel's content component, as the lazily loaded chunk exports it. */
export type TourContentComponent = typeof TourContent;

type TourContentModule = { readonly TourContent: TourContentComponent };

let loading: Promise<TourContentComponent> | null = null;
/** The chunk's address, once a failed load has named it; later tries fetch it afresh. */
let failedUrl: string | null = null;
let retries = 0;

/**
 * The tour's steps and everything only they use (the live numbers, Show me), fetched the first
 * time the tour opens so they stay out of the initial bundle. A failed load may be tried again.
 */
export function loadTourContent(): Promise<TourContentComponent> {
  loading ??= importContent().then(
    (module) => module.TourContent,
    (error: unknown) => {
      loading = null;
      failedUrl ??= scriptUrlIn(error);
      throw error;
    },
  );
  return loading;
}

function importContent(): Promise<TourContentModule> {
  if (failedUrl === null) return import('./TourContent');
  // A browser remembers a module script that failed to fetch and fails every later import of the
  // same address at once, so a retry asks for the chunk under a fresh query string.
  retries += 1;
  return import(/* @vite-ignore */ `${failedUrl}?retry=${retries}`) as Promise<TourContentModule>;
}

/** The script address in a failed dynamic import's message (Chromium and Firefox give it). */
function scriptUrlIn(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"?#]+\.m?js\b/.exec(message)?.[0] ?? null;
}
