import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeGradients,
  createBatchBuffers,
  loadBatch,
  samplesFromPoints,
} from '../../../src/engine';
import { InspectToggle } from '../../../src/controls';
import { createAppStore, type AppStore } from '../../../src/store';
import type { FrameScheduler } from '../../../src/views';
import { texNumber } from '../../../src/views/inspect/texMatrix';
import { openOn, POINTS, renderInspectPanel, typesetTex } from './inspectPanel';

let scheduler: FrameScheduler | null = null;
afterEach(() => scheduler?.destroy());

function renderPanel(store: AppStore = createAppStore()) {
  const panel = renderInspectPanel(
    <>
      <InspectToggle />
      <label>
        Name <input type="text" />
      </label>
    </>,
    store,
  );
  scheduler = panel.scheduler;
  return panel;
}

/** The TeX KaTeX typeset for equation `key`; throws if it is not typeset. */
function texOf(key: string): string {
  const tex = typesetTex(key);
  if (!tex) throw new Error(`equation ${key} is not typeset`);
  return tex;
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
