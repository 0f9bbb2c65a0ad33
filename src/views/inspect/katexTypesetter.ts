import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * Typesets `tex` into `element` with KaTeX, replacing what was there. Loaded on demand (see
 * `loadTypesetter`), so KaTeX and its fonts stay out of the initial bundle. Mutates `element`.
 */
export function typeset(element: HTMLElement, tex: string): void {
  katex.render(tex, element, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
}
