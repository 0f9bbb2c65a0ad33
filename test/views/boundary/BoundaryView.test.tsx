import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatchBuffers, forward } from '../../../src/engine';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { BoundaryView } from '../../../src/views/boundary';
import { paintBoundary } from '../../../src/views/boundary/paintBoundary';
import { createPlaneScales, VIEW_SIZE } from '../../../src/views/boundary/planeLayout';
import { createDecisionGrid, GRID_SIZE } from '../../../src/views/decisionGrid';
import { createFrameScheduler, type FrameHost } from '../../../src/views/frameScheduler';
import { FrameSchedulerProvider } from '../../../src/views/frameSchedulerContext';

const POINTS = [
  { x: -0.6, y: 0.5, label: 0 },
  { x: 0.1, y: -0.2, label: 1 },
  { x: 0.7, y: 0.6, label: 0 },
];

// Where the svg sits on screen: 600 px square, so one view unit is 1.5 px.
const BOX = { left: 30, top: 40, width: 600, height: 600 };
const scales = createPlaneScales();

/** The client coordinates of plane point (x, y), shifted by (dx, dy) screen pixels. */
const client = (x: number, y: number, dx = 0, dy = 0) => ({
  clientX: BOX.left + (scales.x(x) / VIEW_SIZE) * BOX.width + dx,
  clientY: BOX.top + (scales.y(y) / VIEW_SIZE) * BOX.height + dy,
});

function renderView(store: AppStore = createAppStore(), wrap = (view: ReactNode) => view) {
  store.getState().setPoints(POINTS, 'custom');
  render(<StoreProvider store={store}>{wrap(<BoundaryView />)}</StoreProvider>);
  const group = screen.getByTestId('boundary-points');
  const svg = (group as unknown as SVGGElement).ownerSVGElement!;
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
    ...BOX,
    x: BOX.left,
    y: BOX.top,
    right: BOX.left + BOX.width,
    bottom: BOX.top + BOX.height,
    toJSON: () => BOX,
  });
  const circles = () => [...group.querySelectorAll('circle')];
  return { store, svg, circles };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

beforeEach(() => {
  // jsdom has no 2-D context; say so quietly, as a browser without one would.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

describe('BoundaryView pointer gestures', () => {
  it('adds a point of the selected class where the plane is clicked', async () => {
    const { store, svg, circles } = renderView();
    store.getState().selectClass(1);
    fireEvent.click(svg, client(0.42, -0.61));
    const { points } = store.getState();
    expect(points).toHaveLength(4);
    expect(points[3].label).toBe(1);
    expect(points[3].x).toBeCloseTo(0.42, 9);
    expect(points[3].y).toBeCloseTo(-0.61, 9);
    await waitFor(() => expect(circles()).toHaveLength(4));
    expect(Number(circles()[3].dataset.x)).toBeCloseTo(0.42, 9);
    expect(circles()[3].dataset.label).toBe('1');
  });

  it('adds nothing for a click on the axes outside the plane', () => {
    const { store, svg } = renderView();
    fireEvent.click(svg, { clientX: BOX.left + 5, clientY: BOX.top + BOX.height - 5 });
    expect(store.getState().points).toEqual(POINTS);
  });

  it('removes the point nearest a right-click, without opening the menu', () => {
    const { store, svg } = renderView();
    const shown = fireEvent.contextMenu(svg, client(POINTS[1].x, POINTS[1].y, 4, -3));
    expect(shown).toBe(false);
    expect(store.getState().points).toEqual([POINTS[0], POINTS[2]]);
    fireEvent.contextMenu(svg, client(-1, -1));
    expect(store.getState().points).toHaveLength(2);
  });

  it('removes the nearest point on Shift-click or Alt-click instead of adding one', () => {
    const { store, svg } = renderView();
    fireEvent.click(svg, { ...client(POINTS[2].x, POINTS[2].y, -2, 2), shiftKey: true });
    expect(store.getState().points).toEqual([POINTS[0], POINTS[1]]);
    fireEvent.click(svg, { ...client(POINTS[0].x, POINTS[0].y), altKey: true });
    expect(store.getState().points).toEqual([POINTS[1]]);
  });

  it('moves a dragged point and adds none', async () => {
    const { store, svg, circles } = renderView();
    fireEvent.pointerDown(svg, { ...client(POINTS[1].x, POINTS[1].y, 3, 2), pointerId: 1 });
    fireEvent.pointerMove(svg, { ...client(0.2, 0.3), pointerId: 1 });
    expect(store.getState().hoveredPoint).toBe(1);
    fireEvent.pointerMove(svg, { ...client(0.25, 0.35), pointerId: 1 });
    fireEvent.pointerUp(svg, { ...client(0.25, 0.35), pointerId: 1 });
    fireEvent.click(svg, client(0.25, 0.35));
    const { points } = store.getState();
    expect(points).toHaveLength(3);
    expect(points[1].x).toBeCloseTo(0.25, 9);
    expect(points[1].y).toBeCloseTo(0.35, 9);
    expect(points[1].label).toBe(POINTS[1].label);
    expect([points[0], points[2]]).toEqual([POINTS[0], POINTS[2]]);
    await waitFor(() => expect(Number(circles()[1].dataset.y)).toBeCloseTo(0.35, 9));
    // After the drag, a click elsewhere adds a point again.
    fireEvent.click(svg, client(-0.9, -0.9));
    expect(store.getState().points).toHaveLength(4);
  });
});

describe('BoundaryView drawing', () => {
  it("draws one circle a point, following the store's points", async () => {
    const { store, circles } = renderView();
    const drawn = () =>
      circles().map((c) => ({
        x: Number(c.dataset.x),
        y: Number(c.dataset.y),
        label: Number(c.dataset.label),
      }));
    await waitFor(() => expect(drawn()).toEqual(POINTS));
    store.getState().addPoint(0.3, 0.3, 1);
    await waitFor(() => expect(drawn()).toEqual(store.getState().points));
    store.getState().removeNearestPoint(POINTS[0].x, POINTS[0].y, 0.01);
    await waitFor(() => expect(drawn()).toEqual(store.getState().points));
    expect(circles()).toHaveLength(3);
  });

  it("shows a hovered point's class probabilities, which sum to 1", async () => {
    const { store, svg, circles } = renderView();
    fireEvent.pointerMove(svg, { ...client(POINTS[2].x, POINTS[2].y, 2, 2), pointerId: 1 });
    expect(store.getState().hoveredPoint).toBe(2);
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    await waitFor(() => expect(tooltip.hidden).toBe(false));
    expect(circles()[2].classList.contains('is-hovered')).toBe(true);
    expect(tooltip.textContent).toMatch(/class 0/);

    const shown = [...tooltip.querySelectorAll('li')].map((li) => Number(li.dataset.probability));
    expect(shown).toHaveLength(2);
    expect(shown.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const { network } = store.getState().trainer;
    const batch = createBatchBuffers(network.layers, 1);
    batch.a[0].set([POINTS[2].x, POINTS[2].y]);
    forward(network, batch, 1);
    shown.forEach((p, k) => expect(p).toBeCloseTo(batch.a[network.layers.length - 1][k], 9));

    fireEvent.pointerLeave(svg);
    expect(store.getState().hoveredPoint).toBeNull();
    await waitFor(() => expect(tooltip.hidden).toBe(true));
  });

  it('highlights the point another view hovers', async () => {
    const { store, circles } = renderView();
    store.getState().hoverPoint(0);
    await waitFor(() => expect(circles()[0].classList.contains('is-hovered')).toBe(true));
    store.getState().hoverPoint(null);
    await waitFor(() => expect(circles()[0].classList.contains('is-hovered')).toBe(false));
  });

  it('says which neuron the heatmap shows while one is hovered', () => {
    const { store } = renderView();
    const canvas = screen.getByTestId('boundary-canvas');
    expect(canvas.getAttribute('aria-label')).toMatch(/probability of class 1/);
    store.getState().hoverNeuron({ layer: 1, index: 2 });
    return waitFor(() => {
      expect(screen.getByText(/neuron 3 of hidden layer 1/)).toBeTruthy();
      expect(canvas.getAttribute('aria-label')).toMatch(/neuron 3 of hidden layer 1/);
    });
  });
});

describe('BoundaryView heatmap', () => {
  /** A 2-D context that keeps a copy of every image put into it. */
  function fakeContext() {
    const puts: Uint8ClampedArray[] = [];
    const context = {
      createImageData: (width: number, height: number) => ({
        width,
        height,
        data: new Uint8ClampedArray(width * height * 4),
      }),
      putImageData: (image: { data: Uint8ClampedArray }) => puts.push(image.data.slice()),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    return puts;
  }

  /** The pixels the current network of `store` should paint, from a grid of its own. */
  function expectedPixels(store: AppStore) {
    const { trainer, hoveredNeuron } = store.getState();
    const grid = createDecisionGrid(trainer.network.layers, GRID_SIZE);
    grid.compute(trainer.network);
    const pixels = new Uint8ClampedArray(grid.cells * 4);
    paintBoundary(pixels, grid, trainer.network, hoveredNeuron);
    return pixels;
  }

  /** The first byte where two images differ, or -1: cheap to compare and to report. */
  const firstDifference = (a: Uint8ClampedArray | undefined, b: Uint8ClampedArray) => {
    if (a === undefined || a.length !== b.length) return 0;
    return a.findIndex((v, i) => v !== b[i]);
  };

  it('paints the current network, at most once a frame, on a grid sized to the canvas', async () => {
    const puts = fakeContext();
    const { store } = renderView();
    const canvas = screen.getByTestId('boundary-canvas') as HTMLCanvasElement;
    expect([canvas.width, canvas.height]).toEqual([GRID_SIZE, GRID_SIZE]);
    await waitFor(() => expect(puts.length).toBeGreaterThan(0));
    expect(firstDifference(puts.at(-1), expectedPixels(store))).toBe(-1);

    const before = puts.length;
    for (let i = 0; i < 5; i++) store.getState().step();
    await waitFor(() => expect(puts.length).toBeGreaterThan(before));
    await nextFrame();
    await nextFrame();
    expect(puts.length).toBe(before + 1);
    expect(firstDifference(puts.at(-1), expectedPixels(store))).toBe(-1);
  });

  it('repaints in the same frame as the training that changed the weights', () => {
    const puts = fakeContext();
    let pending: ((nowMs: number) => void) | null = null;
    let timeMs = 0;
    const host: FrameHost = {
      requestFrame: (callback) => {
        pending = callback;
        return 1;
      },
      cancelFrame: () => (pending = null),
      now: () => timeMs,
    };
    const frame = () => {
      const callback = pending;
      pending = null;
      timeMs += 1000 / 60;
      callback?.(timeMs);
    };
    const scheduler = createFrameScheduler(host);
    const { store } = renderView(createAppStore(), (view) => (
      <FrameSchedulerProvider scheduler={scheduler}>{view}</FrameSchedulerProvider>
    ));
    frame();
    expect(puts).toHaveLength(1);
    scheduler.setTraining({ active: true, run: () => store.getState().trainer.advance(3, 0) });
    frame();
    expect(store.getState().trainer.iteration).toBe(3);
    expect(puts).toHaveLength(2);
    expect(firstDifference(puts.at(-1), expectedPixels(store))).toBe(-1);
    scheduler.destroy();
  });

  it('repaints for a new architecture and for a hovered neuron', async () => {
    const puts = fakeContext();
    const { store } = renderView();
    await waitFor(() => expect(puts.length).toBeGreaterThan(0));

    store.getState().setHiddenLayers([3]);
    store.getState().setClassCount(3);
    await waitFor(() => expect(firstDifference(puts.at(-1), expectedPixels(store))).toBe(-1));

    store.getState().hoverNeuron({ layer: 1, index: 1 });
    await waitFor(() => expect(firstDifference(puts.at(-1), expectedPixels(store))).toBe(-1));
    const neuronPixels = puts.at(-1)!;
    store.getState().hoverNeuron(null);
    await waitFor(() => expect(firstDifference(puts.at(-1), neuronPixels)).not.toBe(-1));
    expect(firstDifference(puts.at(-1), expectedPixels(store))).toBe(-1);
  });
});
