/** KaTeX's typesetting entry point, as the tour uses it. */
export interface Typesetter {
  render(tex: string, element: HTMLElement, options?: { displayMode?: boolean }): void;
}

let loading: Promise<Typesetter> | null = null;

/**
 * KaTeX and its style sheet, fetched the first time the tour opens so they stay out of the
 * initial bundle. A failed load may be tried again.
 */
export function loadKatex(): Promise<Typesetter> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => ({
      render: (tex, element, options) =>
        module.default.render(tex, element, {
          displayMode: options?.displayMode ?? true,
          // A TeX slip shows as red source text instead of throwing inside a render.
          throwOnError: false,
        }),
    }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
