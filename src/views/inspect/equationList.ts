import type { Typeset } from './loadTypesetter';
import type { EquationSection } from './traceEquations';

export interface EquationListData {
  /** One line of plain text above the equations: which point, which iteration. */
  readonly summary: string;
  /** Shown instead of the equations when the point cannot be traced. */
  readonly problem: string | null;
  readonly sections: readonly EquationSection[];
}

export interface EquationList {
  update(data: EquationListData): void;
  destroy(): void;
}

/**
 * The walk through the equations inside `container`: a summary line, then a heading and a list
 * of typeset equations per section. The elements are rebuilt only when the equations' keys change
 * (a new shape of network); otherwise only the equations whose TeX changed are typeset again.
 */
export function createEquationList(container: HTMLElement, typeset: Typeset): EquationList {
  const document = container.ownerDocument;
  const summary = document.createElement('p');
  summary.className = 'inspect-summary';
  const problem = document.createElement('p');
  problem.className = 'inspect-problem';
  const body = document.createElement('div');
  container.replaceChildren(summary, problem, body);
  let layout = '';
  const shown = new Map<string, { element: HTMLElement; tex: string }>();

  const build = (sections: readonly EquationSection[]) => {
    shown.clear();
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
          shown.set(equation.key, { element: item, tex: '' });
        }
        part.append(heading, list);
        return part;
      }),
    );
  };

  return {
    update(data) {
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
          if (entry === undefined || entry.tex === equation.tex) continue;
          entry.tex = equation.tex;
          typeset(entry.element, equation.tex);
        }
      }
    },
    destroy() {
      container.replaceChildren();
      shown.clear();
    },
  };
}
