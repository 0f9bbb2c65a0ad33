import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { CostView } from '../../../src/views/cost';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import {
  COST_MARGIN,
  COST_PLOT_WIDTH,
  COST_VIEW_WIDTH,
} from '../../../src/views/cost/costChartLayout';
import { pathPoints } from './pathPoints';

function renderCostView(store: AppStore = createAppStore()) {
  const view = render(
    <StoreProvider store={store}>
      <CostView />
    </StoreProvider>,
  );
  const svg = view.container.querySelector('svg')!;
  const line = () => svg.querySelector('[data-testid="cost-line"]')!;
  const yTicks = () =>
    Array.from(svg.querySelectorAll('.cost-axis-y .tick text'), (t) => t.textContent).join(' ');
  return { store, svg, line, yTicks };
}

function steps(store: AppStore, count: number) {
  act(() => {
    for (let i = 0; i < count; i++) store.getState().step();
  });
}

describe('CostView()', () => {
  it('shows an unpressed Log scale toggle and the empty state at iteration 0', () => {
    const { line } = renderCostView();
    const toggle = screen.getByRole('button', { name: 'Log scale' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('No iterations yet')).toBeTruthy();
    expect(line().getAttribute('d')).toBe('');
  });

  it('draws one point per step() after the next frame, and drops the empty state', async () => {
    const { store, line } = renderCostView();
    steps(store, 4);
    await waitFor(() => expect(pathPoints(line().getAttribute('d'))).toHaveLength(4));
    expect(screen.queryByText('No iterations yet')).toBeNull();
    expect(store.getState().trainer.history.length).toBe(4);
  });

  it('Log scale toggles aria-pressed and the y scale', async () => {
    const user = userEvent.setup();
    const { store, line, yTicks } = renderCostView();
    steps(store, 20);
    await waitFor(() => expect(pathPoints(line().getAttribute('d'))).toHaveLength(20));
    const linearTicks = yTicks();
    const linearLine = line().getAttribute('d');
    const toggle = screen.getByRole('button', { name: 'Log scale' });

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(yTicks()).not.toBe(linearTicks));
    expect(line().getAttribute('d')).not.toBe(linearLine);

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(yTicks()).toBe(linearTicks));
  });

  it('hovering shows the iteration and the cost of the nearest step', async () => {
    const { store, svg, line } = renderCostView();
    steps(store, 10);
    await waitFor(() => expect(pathPoints(line().getAttribute('d'))).toHaveLength(10));
    // The svg drawn at twice its logical width, 100 px from the left of the page.
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 0, width: 2 * COST_VIEW_WIDTH, height: 480 }),
    );
    const viewX = COST_MARGIN.left + (6 / 10) * COST_PLOT_WIDTH;
    fireEvent.pointerMove(svg, { clientX: 100 + 2 * viewX, clientY: 100 });

    const cost = store.getState().trainer.history.values[6];
    const label = screen.getByTestId('cost-hover-label');
    expect(label.textContent).toBe(`Iteration 6, cost ${Number(cost.toPrecision(4))}`);
    expect(label.textContent).not.toContain('NaN');

    fireEvent.pointerLeave(svg);
    expect(svg.querySelector('.cost-hover')!.getAttribute('display')).toBe('none');
  });

  it('clears the chart when reset() starts a new session', async () => {
    const { store, line } = renderCostView();
    steps(store, 5);
    await waitFor(() => expect(pathPoints(line().getAttribute('d'))).toHaveLength(5));
    act(() => store.getState().reset());
    await waitFor(() => expect(line().getAttribute('d')).toBe(''));
    expect(screen.getByText('No iterations yet')).toBeTruthy();
    steps(store, 2);
    await waitFor(() => expect(pathPoints(line().getAttribute('d'))).toHaveLength(2));
  });

  it('draws the cost over all training points, and the test cost once points are held out', async () => {
    const { store, svg } = renderCostView();
    const points = (id: string) =>
      pathPoints(svg.querySelector(`[data-testid="${id}"]`)!.getAttribute('d'));
    steps(store, 6);
    await waitFor(() => expect(points('cost-training-line').length).toBeGreaterThan(0));
    expect(points('cost-test-line')).toEqual([]);
    act(() => store.getState().setTestShare(0.3));
    steps(store, 6);
    await waitFor(() => expect(points('cost-test-line').length).toBeGreaterThan(0));
    const legend = Array.from(svg.querySelectorAll('.cost-legend-row'))
      .filter((row) => row.getAttribute('display') !== 'none')
      .map((row) => row.textContent);
    expect(legend).toEqual(['mini-batch', 'all training points', 'test points']);
  });

  it('coalesces the steps of one frame into one repaint, and stops repainting once unmounted', () => {
    const store = createAppStore();
    let pending: ((nowMs: number) => void) | null = null;
    const requestFrame = vi.fn((callback: (nowMs: number) => void) => {
      pending = callback;
      return 1;
    });
    const runFrame = () => {
      const callback = pending;
      pending = null;
      callback?.(0);
    };
    const scheduler = createFrameScheduler({ requestFrame, cancelFrame: () => {}, now: () => 0 });
    const view = render(
      <StoreProvider store={store}>
        <FrameSchedulerProvider scheduler={scheduler}>
          <CostView />
        </FrameSchedulerProvider>
      </StoreProvider>,
    );
    runFrame();
    requestFrame.mockClear();
    steps(store, 3);
    expect(requestFrame).toHaveBeenCalledTimes(1);
    runFrame();
    expect(
      pathPoints(view.container.querySelector('[data-testid="cost-line"]')!.getAttribute('d')),
    ).toHaveLength(3);
    view.unmount();
    requestFrame.mockClear();
    steps(store, 1);
    expect(requestFrame).not.toHaveBeenCalled();
  });
});
