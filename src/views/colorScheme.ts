import type { ColorScheme } from './classColors';

/** The theme the page shows now, from its root element's `data-theme` (light when unset). */
export function currentColorScheme(doc: Document = document): ColorScheme {
  return doc.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/**
 * Calls `listener` with the new scheme whenever the page's theme changes, so that a view can
 * repaint what it drew in colours of the old one. Returns the unsubscribe.
 */
export function onColorSchemeChange(
  listener: (scheme: ColorScheme) => void,
  doc: Document = document,
): () => void {
  let last = currentColorScheme(doc);
  const observer = new MutationObserver(() => {
    const next = currentColorScheme(doc);
    if (next === last) return;
    last = next;
    listener(next);
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
