/** Writes TeX into an element as typeset mathematics. Mutates the element. */
export type Typeset = (element: HTMLElement, tex: string) => void;

let loading: Promise<Typeset> | null = null;

/** KaTeX, imported the first time it is asked for; a failed import is tried again next time. */
export function loadTypesetter(): Promise<Typeset> {
  loading ??= import('./katexTypesetter').then(
    (module) => module.typeset,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
