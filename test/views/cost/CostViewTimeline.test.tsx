import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { CostView } from '../../../src/views/cost';
import {
  COST_MARGIN,
  COST_PLOT_WIDTH,
  COST_VIEW_WIDTH,
} from '../../../src/views/cost/costChartLayout';
import { pathPoints } from './pathPoints';

async function renderTrained(count: number) {
  const store: AppStore = createAppStore();
  const view = render(
    <StoreProvider store={store}>
      <CostView />
    </StoreProvider>,
  );
  act(() => {
    for (let i = 0; i < count; i++) store.getState().step();
  });
  const svg = view.container.querySelector('svg')!;
  const line = () => svg.querySelector('[data-testid="cost-line"]')!;
  await waitFor(() => expect(pathPoints(line().getAttribute('d'))).toHaveLength(count));
  // Laid out at its logical width, from the left of the page.
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: COST_VIEW_WIDTH, height: 240 }),
  );
  const clientXOf = (iteration: number) => COST_MARGIN.left + (iteration / count) * COST_PLOT_WIDTH;
  return { store, svg, clientXOf };
}

const marker = () => screen.getByTestId('cost-viewing-marker');

describe('<CostView />: the timeline', () => {
  it('hovering the chart shows the hovered iteration everywhere, leaving returns to live', async () => {
    const { store, svg, clientXOf } = await renderTrained(20);
    fireEvent.pointerMove(svg, { clientX: clientXOf(8), clientY: 50 });
    expect(store.getState().viewing).toBe(8);
    await waitFor(() => expect(marker().getAttribute('display')).toBeNull());
    expect(screen.getByTestId('cost-viewing-label').textContent).toBe('Viewing 8');
    fireEvent.pointerLeave(svg);
    expect(store.getState().viewing).toBeNull();
    await waitFor(() => expect(marker().getAttribute('display')).toBe('none'));
  });

  it('a click keeps the clicked iteration once the pointer leaves', async () => {
    const { store, svg, clientXOf } = await renderTrained(20);
    fireEvent.pointerMove(svg, { clientX: clientXOf(12), clientY: 50 });
    fireEvent.click(svg, { clientX: clientXOf(12), clientY: 50 });
    fireEvent.pointerMove(svg, { clientX: clientXOf(3), clientY: 50 });
    expect(store.getState().viewing).toBe(3);
    fireEvent.pointerLeave(svg);
    expect(store.getState().viewing).toBe(12);
  });

  it('moves the marker when the timeline moves elsewhere', async () => {
    const { store } = await renderTrained(20);
    act(() => store.getState().viewIteration(5));
    await waitFor(() =>
      expect(screen.getByTestId('cost-viewing-label').textContent).toBe('Viewing 5'),
    );
    act(() => store.getState().goLive());
    await waitFor(() => expect(marker().getAttribute('display')).toBe('none'));
  });
});
