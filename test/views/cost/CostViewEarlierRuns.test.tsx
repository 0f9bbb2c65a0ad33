import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { CostView } from '../../../src/views/cost';
import { COST_MARGIN } from '../../../src/views/cost/costChartLayout';
import { pathPoints } from './pathPoints';

function renderCostView(store: AppStore = createAppStore()) {
  const view = render(
    <StoreProvider store={store}>
      <CostView />
    </StoreProvider>,
  );
  const svg = view.container.querySelector('svg')!;
  const earlierRuns = () => Array.from(svg.querySelectorAll('[data-testid="cost-earlier-run"]'));
  return { store, svg, earlierRuns };
}

function steps(store: AppStore, count: number) {
  act(() => {
    for (let i = 0; i < count; i++) store.getState().step();
  });
}

const clearButton = () => screen.getByRole('button', { name: 'Clear earlier runs' });

describe('CostView(): earlier runs', () => {
  it('two runs leave one faded curve named by the learning rate that differed', async () => {
    const { store, earlierRuns } = renderCostView();
    expect(clearButton()).toHaveProperty('disabled', true);
    steps(store, 20);
    act(() => {
      store.getState().setLearningRate(0.05);
      store.getState().reset();
    });
    steps(store, 5);

    await waitFor(() => expect(earlierRuns()).toHaveLength(1));
    const [run] = earlierRuns();
    expect(run.getAttribute('data-label')).toBe('lr 0.2');
    expect(run.querySelector('title')!.textContent).toBe('Earlier run: lr 0.2');
    expect(pathPoints(run.getAttribute('d'))).toHaveLength(20);
    expect(clearButton()).toHaveProperty('disabled', false);
    expect(screen.getByText('earlier runs')).toBeTruthy();
  });

  it('hovering the faded curve names the run and its cost', async () => {
    const { store, svg, earlierRuns } = renderCostView();
    steps(store, 20);
    act(() => store.getState().setHiddenLayers([8, 8]));
    steps(store, 3);
    await waitFor(() => expect(earlierRuns()).toHaveLength(1));
    // The curve's 15th point, in viewBox units (jsdom's empty box maps the pointer 1:1).
    const [x, y] = pathPoints(earlierRuns()[0].getAttribute('d'))[15];
    fireEvent.pointerMove(svg, { clientX: COST_MARGIN.left + x, clientY: COST_MARGIN.top + y });

    const label = svg.querySelector('[data-testid="cost-earlier-label"]')!;
    expect(label.getAttribute('display')).toBeNull();
    expect(label.textContent).toMatch(/^Earlier run \(2-4-4-2 relu\): cost \d/);
    expect(earlierRuns()[0].classList.contains('is-hovered')).toBe(true);

    fireEvent.pointerMove(svg, {
      clientX: COST_MARGIN.left + x,
      clientY: COST_MARGIN.top + y + 60,
    });
    expect(label.getAttribute('display')).toBe('none');
    expect(earlierRuns()[0].classList.contains('is-hovered')).toBe(false);
  });

  it('keeps five curves after seven runs, and Clear earlier runs removes them', async () => {
    const user = userEvent.setup();
    const { store, earlierRuns } = renderCostView();
    for (let seed = 2; seed <= 8; seed++) {
      steps(store, 4);
      act(() => store.getState().setSeed(seed));
    }
    await waitFor(() => expect(earlierRuns()).toHaveLength(5));
    expect(earlierRuns().map((run) => run.getAttribute('data-label'))).toEqual([
      'seed 3',
      'seed 4',
      'seed 5',
      'seed 6',
      'seed 7',
    ]);
    expect(earlierRuns()[4].classList.contains('cost-earlier-age-0')).toBe(true);
    expect(earlierRuns()[0].classList.contains('cost-earlier-age-4')).toBe(true);

    await user.click(clearButton());
    await waitFor(() => expect(earlierRuns()).toHaveLength(0));
    expect(store.getState().earlierRuns).toEqual([]);
    expect(clearButton()).toHaveProperty('disabled', true);
  });
});
