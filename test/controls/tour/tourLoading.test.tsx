import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HowItWorks } from '../../../src/controls/tour';
import type { Typesetter } from '../../../src/controls/tour/katexLoader';
import type { TourContentComponent } from '../../../src/controls/tour/loadTourContent';
import { TourContent } from '../../../src/controls/tour/TourContent';
import { renderWithStore } from '../renderWithStore';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const loads = vi.hoisted(() => ({
  content: [] as ReturnType<typeof deferred<TourContentComponent>>[],
  katex: [] as ReturnType<typeof deferred<Typesetter>>[],
}));

// Each call is a new request the test answers; the real loaders would cache a success.
vi.mock('../../../src/controls/tour/loadTourContent', () => ({
  loadTourContent: () => {
    const request = deferred<TourContentComponent>();
    loads.content.push(request);
    return request.promise;
  },
}));
vi.mock('../../../src/controls/tour/katexLoader', () => ({
  loadKatex: () => {
    const request = deferred<Typesetter>();
    loads.katex.push(request);
    return request.promise;
  },
}));

const panel = () => screen.getByRole('region', { name: 'How it works' });
const tourButton = () => screen.getByRole('button', { name: 'How it works' });
const fakeKatex: Typesetter = {
  render: (tex, element) => {
    element.textContent = `typeset ${tex}`;
  },
};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  loads.content.length = 0;
  loads.katex.length = 0;
});

describe('HowItWorks while the tour loads', () => {
  it('opens at once with its heading focused and a loading status, and starts KaTeX beside the steps', async () => {
    const user = userEvent.setup();
    renderWithStore(<HowItWorks />);
    expect(loads.content).toHaveLength(0);
    expect(loads.katex).toHaveLength(0);

    await user.click(tourButton());
    expect(panel().getAttribute('aria-busy')).toBe('true');
    expect(within(panel()).getByRole('status').textContent).toBe('Loading the tour…');
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
    expect(tourButton().getAttribute('aria-controls')).toBe(panel().id);
    // Both requests are out before either has answered.
    expect(loads.content).toHaveLength(1);
    expect(loads.katex.length).toBeGreaterThan(0);

    await act(async () => loads.content[0].resolve(TourContent));
    const heading = within(panel()).getByRole('heading', { level: 3 });
    expect(heading.textContent).toContain('Step 1 of 9');
    expect(panel().getAttribute('aria-busy')).toBe('false');
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
    // Until KaTeX arrives the equations read as TeX source; then they are typeset.
    const equation = panel().querySelector('.tour-equation')!;
    expect(equation.textContent).toMatch(/^\\mathbf\{X\}/);
    await act(async () => loads.katex.forEach((request) => request.resolve(fakeKatex)));
    expect(equation.textContent).toMatch(/^typeset \\mathbf\{X\}/);
  });

  it('closes with Escape before the steps arrive, focus back on the button', async () => {
    const user = userEvent.setup();
    renderWithStore(<HowItWorks />);
    await user.click(tourButton());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'How it works' })).toBeNull();
    expect(document.activeElement).toBe(tourButton());
    expect(window.location.hash).toBe('');
  });

  it('says so when the steps fail to load, and Try again brings them', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#tour=4');
    const { store } = renderWithStore(<HowItWorks />);
    await act(async () => {
      loads.katex.forEach((request) => request.reject(new Error('offline')));
      loads.content[0].reject(new Error('offline'));
    });
    // One notice, about the tour: KaTeX's failure is not told before there is anything to typeset.
    expect(store.getState().notice).toMatch(/The tour could not be loaded/);
    expect(within(panel()).getByText('The tour could not be loaded.')).toBeTruthy();
    expect(panel().getAttribute('aria-busy')).toBe('false');
    expect(window.location.hash).toBe('#tour=4');

    await user.click(within(panel()).getByRole('button', { name: 'Try again' }));
    expect(loads.content).toHaveLength(2);
    expect(within(panel()).getByRole('status').textContent).toBe('Loading the tour…');
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
    await act(async () => loads.content[1].resolve(TourContent));
    expect(within(panel()).getByRole('heading', { level: 3 }).textContent).toContain('Step 4 of 9');
    // KaTeX is asked again and its failure is now told.
    const katexRetry = loads.katex.at(-1)!;
    await act(async () => katexRetry.reject(new Error('offline')));
    expect(store.getState().notice).toMatch(/equations could not be loaded/);
    expect(panel().querySelector('.tour-equation')?.textContent).toMatch(/^\\begin\{bmatrix\} z/);
  });

  it('tries again when the tour is closed and opened after a failed load', async () => {
    const user = userEvent.setup();
    renderWithStore(<HowItWorks />);
    await user.click(tourButton());
    await act(async () => loads.content[0].reject(new Error('offline')));
    expect(within(panel()).getByRole('button', { name: 'Try again' })).toBeTruthy();

    await user.click(tourButton());
    await user.click(tourButton());
    expect(loads.content).toHaveLength(2);
    await act(async () => loads.content[1].resolve(TourContent));
    expect(within(panel()).getByRole('heading', { level: 3 }).textContent).toContain('Step 1 of 9');
  });
});
