import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/engine';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import {
  BoundaryView,
  createFrameScheduler,
  FrameSchedulerProvider,
  NetworkView,
} from '../../../src/views';
import { createDecisionGrid, GRID_SIZE } from '../../../src/views/decisionGrid';
import { paintThumbnail, THUMBNAIL_SIZE } from '../../../src/views/network/paintThumbnail';
import { fakeCanvasContexts, type FakeContext } from './fakeCanvas';
import { manualFrames } from './manualFrames';

// Every forward pass of the app, counted: a pass over the whole grid has GRID_SIZE² cells.
vi.mock('../../../src/engine', async (importOriginal) => {
  const original = await importOriginal<typeof engine>();
  return { ...original, forward: vi.fn(original.forward) };
});
const forward = vi.mocked(engine.forward);
const gridPasses = () =>
  forward.mock.calls.filter(([, , cells]) => cells === GRID_SIZE * GRID_SIZE).length;

let contexts: Map<HTMLCanvasElement, FakeContext>;
beforeEach(() => {
  contexts = fakeCanvasContexts();
});
afterEach(() => {
  vi.restoreAllMocks();
  forward.mockClear();
});

function renderBoth(store: AppStore = createAppStore(), views = ['boundary', 'network']) {
  const frames = manualFrames();
  render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={createFrameScheduler(frames.host)}>
        {views.includes('boundary') && <BoundaryView />}
        {views.includes('network') && <NetworkView />}
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  return { store, ...frames };
}

const thumbnails = () => screen.queryAllByTestId('neuron-thumbnail') as HTMLCanvasElement[];
const thumbnail = (layer: number, index: number) =>
  thumbnails().find((c) => c.dataset.layer === String(layer) && c.dataset.index === String(index))!;

/** The pixels a thumbnail of `store`'s live network should show, from a grid of its own. */
function expectedPixels(store: AppStore, layer: number, index: number): Uint8ClampedArray {
  const { network } = store.getState().trainer;
  const grid = createDecisionGrid(network.layers, GRID_SIZE, store.getState().features);
  grid.compute(network);
  const pixels = new Uint8ClampedArray(THUMBNAIL_SIZE * THUMBNAIL_SIZE * 4);
  const scratch = new Float64Array(THUMBNAIL_SIZE * THUMBNAIL_SIZE);
  paintThumbnail(pixels, grid, network, layer, index, THUMBNAIL_SIZE, scratch);
  return pixels;
}

describe('neuron thumbnails in <NetworkView />', () => {
  it('paints each hidden and output neuron from the grid the boundary computed: one pass a frame', () => {
    const { store, runFrame, settle } = renderBoth();
    settle();
    expect(thumbnails()).toHaveLength(4 + 4 + 2);
    forward.mockClear();

    for (let frame = 1; frame <= 3; frame++) {
      act(() => store.getState().step());
      runFrame();
      // Boundary and thumbnails both showed the new weights, from a single pass over the grid.
      expect(gridPasses()).toBe(frame);
    }
    for (const [layer, index] of [
      [1, 0],
      [2, 3],
      [3, 1],
    ]) {
      const shown = contexts.get(thumbnail(layer, index))!.last!;
      expect(shown.data).toEqual(expectedPixels(store, layer, index));
    }
    // Pictures of the plane, not flat fills (a dead ReLU neuron may be flat).
    const shades = (canvas: HTMLCanvasElement) =>
      new Set(contexts.get(canvas)!.last!.data.filter((_, i) => i % 4 === 0)).size;
    expect(thumbnails().filter((canvas) => shades(canvas) > 5).length).toBeGreaterThanOrEqual(5);
  });

  it('runs the grid pass itself, once a version, when the boundary is not shown', () => {
    const { store, runFrame, settle } = renderBoth(createAppStore(), ['network']);
    settle();
    forward.mockClear();
    act(() => store.getState().step());
    runFrame();
    runFrame();
    expect(gridPasses()).toBe(1);
    const shown = contexts.get(thumbnail(2, 0))!.last!;
    expect(shown.data).toEqual(expectedPixels(store, 2, 0));
  });

  it('skips the thumbnails when neurons are drawn too small for them', () => {
    const { store, runFrame } = renderBoth(createAppStore(), ['network']);
    act(() => store.getState().setHiddenLayers([16, 16]));
    runFrame();
    expect(thumbnails()).toHaveLength(16 + 16 + 2);
    act(() => store.getState().setHiddenLayers([32, 4]));
    runFrame();
    expect(screen.getAllByTestId('neuron')).toHaveLength(2 + 32 + 4 + 2);
    // Folded, the wide layer shows 3 + 3 neurons, large enough for pictures; unfolded, none.
    expect(thumbnails()).toHaveLength(6 + 4 + 2);
    act(() =>
      screen
        .getByRole('button', { name: 'Show all 32 neurons of layer 1' })
        .dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    runFrame();
    expect(thumbnails()).toHaveLength(0);
    forward.mockClear();
    act(() => store.getState().step());
    runFrame();
    // Nothing to paint: no grid pass for the thumbnails.
    expect(gridPasses()).toBe(0);
  });
});
