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

const thumbnailsCanvas = () => screen.getByTestId('neuron-thumbnails') as HTMLCanvasElement;
const shownImage = () => contexts.get(thumbnailsCanvas())?.last ?? null;
const neuronCircle = (layer: number, index: number) =>
  document.querySelector(`[data-testid="neuron"][data-layer="${layer}"][data-index="${index}"]`)!;

/** The RGBA of the canvas pixel at viewBox point (x, y) (jsdom: one pixel a unit). */
function pixelAt(image: ImageData, x: number, y: number): number[] {
  const o = (Math.floor(y) * image.width + Math.floor(x)) * 4;
  return [...image.data.slice(o, o + 4)];
}

/**
 * The samples of neuron (layer, index)'s thumbnail as shown in its disc: the canvas pixel under
 * the centre of each of the middle 8 x 8 of its THUMBNAIL_SIZE² cells (all well inside the disc).
 */
function shownSamples(layer: number, index: number): number[][] {
  const image = shownImage()!;
  const circle = neuronCircle(layer, index);
  const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(circle.getAttribute(name)));
  const radius = r - 1;
  const cell = (2 * radius) / THUMBNAIL_SIZE;
  const shown: number[][] = [];
  for (let row = 6; row < 14; row++) {
    for (let col = 6; col < 14; col++) {
      shown.push(
        pixelAt(image, cx - radius + (col + 0.5) * cell, cy - radius + (row + 0.5) * cell),
      );
    }
  }
  return shown;
}

/** The same middle samples of the thumbnail's expected pixels. */
function middleOf(pixels: Uint8ClampedArray): number[][] {
  const middle: number[][] = [];
  for (let row = 6; row < 14; row++) {
    for (let col = 6; col < 14; col++) {
      const o = (row * THUMBNAIL_SIZE + col) * 4;
      middle.push([...pixels.slice(o, o + 4)]);
    }
  }
  return middle;
}

/** How many neurons show a picture: an opaque pixel at their centre. */
function thumbnailCount(): number {
  const image = shownImage();
  if (image === null) return 0;
  return [...document.querySelectorAll('[data-testid="neuron"]')].filter((circle) => {
    if (circle.getAttribute('display') === 'none') return false;
    const [cx, cy] = ['cx', 'cy'].map((name) => Number(circle.getAttribute(name)));
    return pixelAt(image, cx, cy)[3] === 255;
  }).length;
}

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
    expect(thumbnailCount()).toBe(4 + 4 + 2);
    // The thumbnails show through the neurons they paint, under the svg's outlines and tooltip.
    const svg = screen.getByRole('img', { name: /^Network/ });
    expect(svg.classList.contains('has-thumbnails')).toBe(true);
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
      expect(shownSamples(layer, index)).toEqual(middleOf(expectedPixels(store, layer, index)));
    }
    // Pictures of the plane, not flat fills (a dead ReLU neuron may be flat).
    const neurons = [1, 2, 3].flatMap((layer) =>
      [0, 1, 2, 3].slice(0, layer === 3 ? 2 : 4).map((index) => [layer, index]),
    );
    const shades = ([layer, index]: number[]) =>
      new Set(shownSamples(layer, index).map(([red]) => red)).size;
    expect(neurons.filter((neuron) => shades(neuron) > 5).length).toBeGreaterThanOrEqual(5);
    // One canvas for all of them, one image put a paint.
    expect(screen.getAllByTestId('neuron-thumbnails')).toHaveLength(1);
  });

  it('runs the grid pass itself, once a version, when the boundary is not shown', () => {
    const { store, runFrame, settle } = renderBoth(createAppStore(), ['network']);
    settle();
    forward.mockClear();
    act(() => store.getState().step());
    runFrame();
    runFrame();
    expect(gridPasses()).toBe(1);
    expect(shownSamples(2, 0)).toEqual(middleOf(expectedPixels(store, 2, 0)));
  });

  it('skips the thumbnails when neurons are drawn too small for them', () => {
    const { store, runFrame } = renderBoth(createAppStore(), ['network']);
    act(() => store.getState().setHiddenLayers([16, 16]));
    runFrame();
    expect(thumbnailCount()).toBe(16 + 16 + 2);
    act(() => store.getState().setHiddenLayers([32, 4]));
    runFrame();
    expect(screen.getAllByTestId('neuron')).toHaveLength(2 + 32 + 4 + 2);
    // Folded, the wide layer shows 3 + 3 neurons, large enough for pictures; unfolded, none.
    expect(thumbnailCount()).toBe(6 + 4 + 2);
    act(() =>
      screen
        .getByRole('button', { name: 'Show all 32 neurons of layer 1' })
        .dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    runFrame();
    expect(thumbnailCount()).toBe(0);
    // With no pictures under them, the neurons are filled again (by their bias).
    const svg = screen.getByRole('img', { name: /^Network/ });
    expect(svg.classList.contains('has-thumbnails')).toBe(false);
    forward.mockClear();
    act(() => store.getState().step());
    runFrame();
    // Nothing to paint: no grid pass for the thumbnails.
    expect(gridPasses()).toBe(0);
  });
});
