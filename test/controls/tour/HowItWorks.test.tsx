import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HowItWorks } from '../../../src/controls/tour';
import { formatNumber } from '../../../src/controls/tour/formatNumber';
import type { AppStore } from '../../../src/store';
import { renderWithStore } from '../renderWithStore';

/** An element's text as it reads, whitespace collapsed. */
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const panel = () => screen.getByRole('region', { name: 'How it works' });
const stepHeading = () => within(panel()).getByRole('heading', { level: 3 });
/** The step's heading once the tour's content, loaded on demand, is there. */
const loadedStepHeading = () => within(panel()).findByRole('heading', { level: 3 });

/** z^2_1 for point `index`, straight from the network's weights with plain loops. */
function directSum(store: AppStore, index: number) {
  const { trainer, points } = store.getState();
  const { weights, biases } = trainer.network;
  const { x, y } = points[index];
  const a1 = [0, 1, 2, 3].map((i) =>
    Math.max(0, weights[0][i * 2] * x + weights[0][i * 2 + 1] * y + biases[0][i]),
  );
  const w = [0, 1, 2, 3].map((j) => weights[1][j]);
  const z = w.reduce((sum, wj, j) => sum + wj * a1[j], biases[1][0]);
  return { a1, w, b: biases[1][0], z };
}

const expectedText = (sum: ReturnType<typeof directSum>) =>
  `z = ${sum.w.map((w, j) => `${formatNumber(w)} × ${formatNumber(sum.a1[j])}`).join(' + ')}` +
  ` + ${formatNumber(sum.b)} = ${formatNumber(sum.z)}`;

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('HowItWorks', () => {
  it('opens a panel named How it works, moves focus into it and keeps the step in the hash', async () => {
    const user = userEvent.setup();
    renderWithStore(<HowItWorks />);
    expect(screen.queryByRole('region', { name: 'How it works' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'How it works' }));
    expect(panel().contains(document.activeElement)).toBe(true);
    expect(textOf(await loadedStepHeading())).toContain('Step 1 of 9 The data');
    expect(panel().contains(document.activeElement)).toBe(true);
    expect(window.location.hash).toBe('#tour=1');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(textOf(stepHeading())).toContain('Step 3 of 9 ReLU');
    expect(window.location.hash).toBe('#tour=3');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(textOf(stepHeading())).toContain('Step 2 of 9 A neuron and its weighted sum');
    expect(window.location.hash).toBe('#tour=2');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(textOf(stepHeading())).toContain('Step 1 of 9');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'How it works' })).toBeNull();
    expect(window.location.hash).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'How it works' }));
  });

  it('reopens at the step in the hash, and at step 1 with a notice for a step it does not have', async () => {
    window.history.replaceState(null, '', '/#tour=6');
    const { unmount } = renderWithStore(<HowItWorks />);
    expect(textOf(await loadedStepHeading())).toContain('Step 6 of 9 The cost');
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
    unmount();

    window.history.replaceState(null, '', '/#tour=42');
    const { store } = renderWithStore(<HowItWorks />);
    expect(textOf(await loadedStepHeading())).toContain('Step 1 of 9');
    expect(store.getState().notice).toMatch(/steps 1 to 9/);
    expect(window.location.hash).toBe('#tour=1');
  });

  it('follows a hash edited by hand', async () => {
    renderWithStore(<HowItWorks />);
    act(() => {
      window.location.hash = '#tour=8';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(textOf(stepHeading())).toContain('Step 8 of 9 Backpropagation'));
  });

  it('typesets the equations with KaTeX', async () => {
    window.history.replaceState(null, '', '/#tour=3');
    renderWithStore(<HowItWorks />);
    await waitFor(() => expect(panel().querySelectorAll('.katex').length).toBeGreaterThan(0));
    expect(panel().querySelector('.katex annotation')?.textContent).toContain('\\max(0, z)');
  });

  it('Show me on the neuron step rings a neuron and sums the live weights for the example point', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#tour=2');
    const { store } = renderWithStore(<HowItWorks />);
    const example = await within(panel()).findByRole('spinbutton', { name: /Example point/ });
    await user.clear(example);
    await user.type(example, '3{Enter}');
    await user.click(within(panel()).getByRole('button', { name: 'Show me' }));

    expect(store.getState().hoveredNeuron).toEqual({ layer: 2, index: 0 });
    expect(store.getState().hoveredPoint).toBe(2);
    const live = () => within(panel()).getByTestId('tour-live-text');
    const before = directSum(store, 2);
    expect(textOf(live())).toContain(expectedText(before));
    expect(textOf(within(panel()).getByRole('status'))).toContain(
      'Ringed neuron 1 of hidden layer 2 in the Network view',
    );

    // Training changes the weights: the sum on screen follows them.
    for (let i = 0; i < 20; i++) act(() => store.getState().step());
    const after = directSum(store, 2);
    expect(after.z).not.toBe(before.z);
    await waitFor(() => expect(textOf(live())).toContain(expectedText(after)));
    expect(live().textContent).not.toMatch(/NaN/);
  });

  it('refuses an example point that is not one of the points, keeping the one chosen', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#tour=2');
    const { store } = renderWithStore(<HowItWorks />);
    const example = await within(panel()).findByRole('spinbutton', { name: /Example point/ });
    await user.clear(example);
    await user.type(example, '9999{Enter}');
    expect(store.getState().notice).toMatch(/from 1 to 207; it stays 1/);
    expect((example as HTMLInputElement).value).toBe('1');
  });

  it('says there are no points instead of showing numbers when the plane is empty', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#tour=6');
    const { store } = renderWithStore(<HowItWorks />);
    act(() => store.getState().loadDataset('empty'));
    await user.click(await within(panel()).findByRole('button', { name: 'Show me' }));
    expect(store.getState().notice).toMatch(/no points on the plane/);
    expect(within(panel()).queryByTestId('tour-live-text')).toBeNull();
  });

  it('Show me on gradient descent takes one step at the post’s learning rate and batch', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#tour=7');
    const { store } = renderWithStore(<HowItWorks />);
    act(() => {
      store.getState().setLearningRate(0.05);
      store.getState().setBatchSize(10);
    });
    await user.click(await within(panel()).findByRole('button', { name: 'Show me' }));
    const state = store.getState();
    expect([state.learningRate, state.batchSize, state.trainer.iteration]).toEqual([0.2, 100, 1]);
    expect(textOf(within(panel()).getByRole('status'))).toMatch(/iteration 1, cost/);
  });

  it('Show me on backpropagation inspects the example point', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#tour=8');
    const { store } = renderWithStore(<HowItWorks />);
    await user.click(await within(panel()).findByRole('button', { name: 'Show me' }));
    expect(store.getState().inspecting).toBe(true);
    expect(store.getState().inspectedPoint).toBe(0);
  });
});
