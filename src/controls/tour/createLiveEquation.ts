import type { Typesetter } from './katexLoader';
import type { LiveView } from './liveView';

export interface LiveEquation {
  update(view: LiveView): void;
  destroy(): void;
}

/**
 * Paints a live equation into `element`: KaTeX's typesetting (hidden from screen readers) above
 * the same numbers in words. Repaints only what changed. Imports no store and no React.
 */
export function createLiveEquation(element: HTMLElement, katex: Typesetter | null): LiveEquation {
  const typeset = document.createElement('div');
  typeset.className = 'tour-equation tour-live-equation';
  typeset.setAttribute('aria-hidden', 'true');
  const words = document.createElement('p');
  words.className = 'tour-live-text';
  words.dataset.testid = 'tour-live-text';
  element.replaceChildren(typeset, words);
  let lastTex: string | null = null;

  return {
    update(view) {
      words.textContent = view.text;
      const tex = view.kind === 'equation' ? view.tex : '';
      if (tex === lastTex) return;
      lastTex = tex;
      if (tex === '' || katex === null) typeset.replaceChildren();
      else katex.render(tex, typeset);
    },
    destroy() {
      element.replaceChildren();
    },
  };
}
