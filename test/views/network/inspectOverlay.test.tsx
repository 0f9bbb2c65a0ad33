import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, StoreProvider } from '../../../src/store';
import { tracePoint } from '../../../src/training';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import { NetworkView } from '../../../src/views/network';
import { MAX_GRADIENT_WIDTH } from '../../../src/views/network/inspectLayer';
import { fakeCanvasContexts } from './fakeCanvas';
import { manualFrames } from './manualFrames';

beforeEach(() => {
  fakeCanvasContexts();
});
afterEach(() => vi.restoreAllMocks());

function renderView() {
  const store = createAppStore();
  const frames = manualFrames();
  render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={createFrameScheduler(frames.host)}>
        <NetworkView />
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  return { store, ...frames };
}

const overlay = () => document.querySelector('.network-inspect')!;
const gradientWidths = () =>
  [...document.querySelectorAll('.network-gradient')].map((line) =>
    Number(line.getAttribute('stroke-width')),
  );

describe('the inspected point on <NetworkView />', () => {
  it("shows the point's activations on the neurons and its gradients on the edges", () => {
    const { store, runFrame } = renderView();
    runFrame();
    expect(overlay().getAttribute('display')).toBe('none');
    act(() => store.getState().inspectPoint(3));
    runFrame();
    expect(overlay().getAttribute('display')).toBeNull();

    const { trainer, features, points } = store.getState();
    const trace = tracePoint(trainer.network, features, points[3]);
    const largest = Math.max(...trace.gradW.flatMap((g) => Array.from(g, Math.abs)));
    // Edges in layout order: layer by layer, row-major like the weights.
    const expected = trace.gradW.flatMap((g) =>
      Array.from(g, (v) => (Math.abs(v) / largest) * MAX_GRADIENT_WIDTH),
    );
    const widths = gradientWidths();
    expect(widths).toHaveLength(expected.length);
    widths.forEach((w, k) => expect(w).toBeCloseTo(expected[k], 2));
    expect(Math.max(...widths)).toBe(MAX_GRADIENT_WIDTH);

    const label = screen
      .getAllByTestId('neuron-activation')
      .find((t) => t.dataset.layer === '2' && t.dataset.index === '1')!;
    expect(label.textContent).toBe(trace.a[2][1].toFixed(2));

    const hit = document.querySelector(
      '.network-edge-hit[data-layer="1"][data-from="0"][data-to="2"]',
    )!;
    fireEvent.pointerOver(hit);
    expect(screen.getByTestId('network-tooltip').textContent).toMatch(/; ∂C\/∂W = /);
  });

  it('follows training and hides when the panel closes', () => {
    const { store, runFrame } = renderView();
    act(() => store.getState().inspectPoint(0));
    runFrame();
    const before = gradientWidths();
    act(() => store.getState().step());
    runFrame();
    expect(gradientWidths()).not.toEqual(before);
    act(() => store.getState().inspectPoint(null));
    runFrame();
    expect(overlay().getAttribute('display')).toBe('none');
  });
});
