import { useCallback, useEffect, useState } from 'react';
import type { AppStore } from '../../store';
import { loadKatex, type Typesetter } from './katexLoader';
import { loadTourContent, type TourContentComponent } from './loadTourContent';

/** Where the panel's content stands: on its way, failed to arrive, or ready to render. */
export type TourContentState =
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'loaded'; readonly Content: TourContentComponent };

const PENDING: TourContentState = { kind: 'pending' };

const CONTENT_FAILED =
  'The tour could not be loaded. Check the connection, then press Try again in the tour.';
const KATEX_FAILED =
  'The equations could not be loaded, so they show as TeX source. Reload the page to try again.';

/**
 * The tour's content and KaTeX, both fetched the first time the tour opens, side by side. A failed
 * content load says so in the store's notice; `retry` starts it again (and does nothing otherwise).
 */
export function useTourLoads(open: boolean, store: AppStore) {
  const [content, setContent] = useState<TourContentState>(PENDING);
  const [katex, setKatex] = useState<Typesetter | null>(null);

  useEffect(() => {
    if (!open || content.kind !== 'pending') return;
    let current = true;
    // KaTeX downloads beside the content; the effect below picks up the same request (or, if
    // this one failed, tries once more) and reports its outcome.
    loadKatex().catch(() => undefined);
    loadTourContent().then(
      (Content) => {
        if (current) setContent({ kind: 'loaded', Content });
      },
      () => {
        if (!current) return;
        setContent({ kind: 'failed' });
        store.getState().showNotice(CONTENT_FAILED);
      },
    );
    return () => {
      current = false;
    };
  }, [open, content, store]);

  // Told only once the content is there to typeset, so a failed content load is the one notice.
  useEffect(() => {
    if (!open || katex !== null || content.kind !== 'loaded') return;
    let current = true;
    loadKatex().then(
      (loaded) => {
        if (current) setKatex(() => loaded);
      },
      () => store.getState().showNotice(KATEX_FAILED),
    );
    return () => {
      current = false;
    };
  }, [open, katex, content.kind, store]);

  const retry = useCallback(
    () => setContent((state) => (state.kind === 'failed' ? PENDING : state)),
    [],
  );
  return { content, katex, retry };
}
