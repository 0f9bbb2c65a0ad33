import type { Typeset } from './loadTypesetter';
import type { EquationSection } from './traceEquations';
import { createVisibility, type Visibility } from './visibility';

export interface EquationListData {
  /** One line of plain text above the equations: which point, which iteration. */
  readonly summary: string;
  /** Shown instead of the equations when the point cannot be traced. */
  readonly problem: string | null;
  readonly sections: readonly EquationSection[];
}

/**
 * Which of the equations whose TeX changed an update typesets at once: all of them, those in view
 * (the others when they come into view), or none (`typesetPending` does, a few at a time).
 */
export type TypesetNow = 'all' | 'in-view' | 'none';

export interface EquationList {
  /** Shows `data`; the equations whose TeX changed are typeset as `now` says, the rest marked. */
  update(data: EquationListData, now?: TypesetNow): void;
  /**
   * Typesets marked equations that are in view, at least one, until `budgetMs` of `now()` has
   * passed. Returns whether marked equations in view are left.
   */
  typesetPending(budgetMs: number, now: () => number): boolean;
  destroy(): void;
}

interface Shown {
  readonly element: HTMLElement;
  /** The TeX typeset in the element. */
  tex: string;
  /** The TeX it should show; differs from `tex` while the equation waits to be typeset. */
  wanted: string;
}

/**
 * The walk through the equations inside `container`: a summary line, then a heading and a list
 * of typeset equations per section. The elements are rebuilt only when the equations' keys change
 * (a new shape of network); otherwise only the equations whose TeX changed are typeset again, and
 * (unless an update typesets all) only those in view: one scrolled out of view waits until it
 * comes back, then `onPendingInView` asks for a repaint.
 */
export function createEquationList(
  container: HTMLElement,
  typeset: Typeset,
  onPendingInView: () => void = () => {},
): EquationList {
  const document = container.ownerDocument;
  const summary = document.createElement('p');
  summary.className = 'inspect-summary';
  const problem = document.createElement('p');
  problem.className = 'inspect-problem';
  const body = document.createElement('div');
  container.replaceChildren(summary, problem, body);
  let layout = '';
  const shown = new Map<string, Shown>();
  const byElement = new Map<Element, Shown>();
  const visibility: Visibility = createVisibility((element) => {
    const entry = byElement.get(element);
    if (entry !== undefined && entry.tex !== entry.wanted) onPendingInView();
  });

  const typesetEntry = (entry: Shown) => {
    entry.tex = entry.wanted;
    typeset(entry.element, entry.wanted);
  };

  const build = (sections: readonly EquationSection[]) => {
    shown.clear();
    byElement.clear();
    visibility.clear();
    body.replaceChildren(
      ...sections.map((section) => {
        const part = document.createElement('section');
        part.className = 'inspect-section';
        const heading = document.createElement('h3');
        heading.textContent = section.title;
        const list = document.createElement('ol');
        list.className = 'inspect-equations';
        for (const equation of section.equations) {
          const item = document.createElement('li');
          item.className = 'inspect-equation';
          item.dataset.equation = equation.key;
          list.append(item);
          const entry = { element: item, tex: '', wanted: '' };
          shown.set(equation.key, entry);
          byElement.set(item, entry);
        }
        part.append(heading, list);
        return part;
      }),
    );
    for (const element of byElement.keys()) visibility.observe(element);
  };

  return {
    update(data, now = 'all') {
      summary.textContent = data.summary;
      problem.textContent = data.problem ?? '';
      problem.hidden = data.problem === null;
      body.hidden = data.problem !== null;
      if (data.problem !== null) return;
      const keys = data.sections.map((s) => s.equations.map((e) => e.key).join(',')).join(';');
      if (keys !== layout) {
        layout = keys;
        build(data.sections);
      }
      for (const section of data.sections) {
        for (const equation of section.equations) {
          const entry = shown.get(equation.key);
          if (entry === undefined) continue;
          entry.wanted = equation.tex;
          if (entry.tex === entry.wanted || now === 'none') continue;
          if (now === 'all' || visibility.isVisible(entry.element)) typesetEntry(entry);
        }
      }
    },
    typesetPending(budgetMs, now) {
      const start = now();
      let typesetOne = false;
      for (const entry of shown.values()) {
        if (entry.tex === entry.wanted || !visibility.isVisible(entry.element)) continue;
        if (typesetOne && now() - start >= budgetMs) return true;
        typesetEntry(entry);
        typesetOne = true;
      }
      return false;
    },
    destroy() {
      visibility.clear();
      container.replaceChildren();
      shown.clear();
      byElement.clear();
    },
  };
}
