import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeGradients,
  createBatchBuffers,
  loadBatch,
  samplesFromPoints,
} from '../../../src/engine';
import { InspectToggle } from '../../../src/controls';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import { InspectView } from '../../../src/views/inspect';
import { texNumber } from '../../../src/views/inspect/texMatrix';
import { manualFrames } from '../network/manualFrames';

const POINTS = [
  { x: -0.6, y: 0.5, label: 0 },
  { x: 0.1, y: -0.2, label: 1 },
  { x: 0.7, y: 0.6, label: 0 },
];

let scheduler: ReturnType<typeof createFrameScheduler> | null = null;
afterEach(() => scheduler?.destroy());

function renderPanel(store: AppStore = createAppStore()) {
  store.getState().setPoints(POINTS, 'custom');
  const frames = manualFrames();
  scheduler = createFrameScheduler(frames.host);
  render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={scheduler}>
        <InspectToggle />
        <label>
          Name <input type="text" />
        </label>
        <InspectView />
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  return { store, frames };
}

/** The TeX KaTeX typeset for equation `key` (from its MathML annotation). */
function texOf(key: string): string {
  const item = document.querySelector(`[data-equation="${key}"]`);
  const annotation = item?.querySelector('annotation[encoding="application/x-tex"]');
  if (!annotation?.textContent) throw new Error(`equation ${key} is not typeset`);
  return annotation.textContent;
}

async function openOn(store: AppStore, frames: ReturnType<typeof manualFrames>, index: number) {
  act(() => store.getState().inspectPoint(index));
  // KaTeX loads on demand; once it has, the painter is registered and paints in the next frame.
  await waitFor(
    () => {
      act(() => frames.runFrame());
      expect(document.querySelector('[data-equation="z1"] .katex')).not.toBeNull();
    },
    { timeout: 8000 },
  );
  act(() => frames.settle());
}

describe('InspectToggle', () => {
  it('turns Inspect on and off by click and by the i key, but not while typing', () => {
    const { store } = renderPanel();
    const button = screen.getByRole('button', { name: 'Inspect' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(store.getState().inspecting).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'i' });
    expect(store.getState().inspecting).toBe(false);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name' }), { key: 'i' });
    expect(store.getState().inspecting).toBe(false);
    fireEvent.keyDown(document.body, { key: 'i', ctrlKey: true });
    expect(store.getState().inspecting).toBe(false);
    fireEvent.keyDown(document.body, { key: 'i' });
    expect(store.getState().inspecting).toBe(true);
  });
});

describe('InspectView', () => {
  it("typesets the point's equations with the engine's own forward and backward numbers", async () => {
    const { store, frames } = renderPanel();
    await openOn(store, frames, 1);

    const region = screen.getByRole('region', { name: 'Inspect point' });
    await waitFor(() => expect(document.activeElement).toBe(region));
    expect(region.querySelectorAll('.katex').length).toBeGreaterThan(10);

    const { trainer, features } = store.getState();
    const net = trainer.network;
    const buffers = createBatchBuffers(net.layers, 1);
    loadBatch(buffers, samplesFromPoints([POINTS[1]], features), null, 1);
    const cost = computeGradients(net, buffers, 1);
    const last = net.layers.length - 1;
    const written = (values: ArrayLike<number>) => Array.from(values, texNumber);
    for (const value of written(buffers.z[1].subarray(0, net.layers[1]))) {
      expect(texOf('z1')).toContain(value);
    }
    for (const value of written(buffers.a[last].subarray(0, net.layers[last]))) {
      expect(texOf(`a${last}`)).toContain(value);
    }
    for (const value of written(buffers.delta[1].subarray(0, net.layers[1]))) {
      expect(texOf('delta1')).toContain(value);
    }
    const gradW = buffers.gradW[last - 1];
    const lastWeights = texOf(`dW${last}`);
    for (const value of written(gradW)) expect(lastWeights).toContain(value);
    expect(texOf('cost')).toMatch(new RegExp(`= ${texNumber(cost).replace('.', '\\.')}$`));
    expect(region.textContent).not.toMatch(/NaN/);
  });

  it('repaints with the new weights after a Step', async () => {
    const { store, frames } = renderPanel();
    await openOn(store, frames, 0);
    const before = texOf('z1');
    act(() => {
      store.getState().step();
      frames.settle();
    });
    expect(texOf('z1')).not.toBe(before);
    expect(screen.getByRole('region', { name: 'Inspect point' }).textContent).toMatch(
      /iteration 1\./,
    );
  });

  it('closes with Escape and with its Close button, and stays on its point when others go', async () => {
    const { store, frames } = renderPanel();
    await openOn(store, frames, 2);
    act(() => store.getState().removeNearestPoint(POINTS[0].x, POINTS[0].y, 0.01));
    expect(store.getState().inspectedPoint).toBe(1);

    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(store.getState().inspectedPoint).toBeNull();
    expect(screen.queryByRole('region', { name: 'Inspect point' })).toBeNull();

    await openOn(store, frames, 0);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Inspect point' })).toBeNull();
  });

  it('closes when its point is removed', async () => {
    const { store, frames } = renderPanel();
    await openOn(store, frames, 0);
    act(() => store.getState().removeNearestPoint(POINTS[0].x, POINTS[0].y, 0.01));
    expect(store.getState().inspectedPoint).toBeNull();
  });
});
