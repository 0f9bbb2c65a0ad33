import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatchBuffers, forward, writeFeatures } from '../../../src/engine';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { BoundaryView } from '../../../src/views/boundary';
import { paintBoundary } from '../../../src/views/boundary/paintBoundary';
import { TEST_POINT_FILL } from '../../../src/views/boundary/pointsLayer';
import { createDecisionGrid, GRID_SIZE } from '../../../src/views/decisionGrid';

// The shell hands the painter the store's features, held-out points and discretize setting.
const POINTS = [
  { x: -0.6, y: 0.5, label: 0 },
  { x: 0.1, y: -0.2, label: 1 },
  { x: 0.7, y: 0.6, label: 0 },
  { x: -0.3, y: -0.8, label: 1 },
];

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

function renderView(store: AppStore = createAppStore()) {
  store.getState().setPoints(POINTS, 'custom');
  render(
    <StoreProvider store={store}>
      <BoundaryView />
    </StoreProvider>,
  );
  const group = screen.getByTestId('boundary-points');
  const circles = () => [...group.querySelectorAll('circle')];
  return { store, group, circles };
}

/** The pixels the store's network should paint, from a grid of the test's own. */
function expectedPixels(store: AppStore) {
  const { trainer, hoveredNeuron, features, discretize } = store.getState();
  const grid = createDecisionGrid(trainer.network.layers, GRID_SIZE, features);
  grid.compute(trainer.network);
  const pixels = new Uint8ClampedArray(grid.cells * 4);
  paintBoundary(pixels, grid, trainer.network, hoveredNeuron, discretize);
  return pixels;
}

const same = (a: Uint8ClampedArray | undefined, b: Uint8ClampedArray) =>
  a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

let puts: Uint8ClampedArray[];
beforeEach(() => {
  puts = fakeContext();
});
afterEach(() => vi.restoreAllMocks());

describe('BoundaryView with a test share', () => {
  it('draws the held-out points hollow, and says so', async () => {
    const { store, group, circles } = renderView();
    await waitFor(() => expect(circles()).toHaveLength(4));
    expect(circles().some((c) => c.classList.contains('is-test'))).toBe(false);
    expect(group.getAttribute('aria-label')).toBe('Training points');

    store.getState().setTestShare(0.5);
    const { heldOut } = store.getState();
    expect(heldOut.some((v) => v === 1)).toBe(true);
    expect(heldOut.some((v) => v === 0)).toBe(true);
    await waitFor(() =>
      expect(circles().map((c) => c.classList.contains('is-test'))).toEqual(
        [...heldOut].map((v) => v === 1),
      ),
    );
    circles().forEach((circle, i) => {
      expect(circle.getAttribute('fill') === TEST_POINT_FILL).toBe(heldOut[i] === 1);
    });
    const tests = heldOut.reduce((n, v) => n + v, 0);
    expect(group.getAttribute('aria-label')).toMatch(new RegExp(`${tests} test points`));
    expect(screen.getByText(/Hollow circles are test points/)).toBeTruthy();

    const held = heldOut.indexOf(1);
    store.getState().hoverPoint(held);
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    await waitFor(() => expect(tooltip.textContent).toMatch(/test point/));

    store.getState().setTestShare(0);
    await waitFor(() => expect(circles().some((c) => c.classList.contains('is-test'))).toBe(false));
  });
});

describe('BoundaryView with features', () => {
  it('paints and predicts on the chosen features, and names an input by its feature', async () => {
    const { store, circles } = renderView();
    await waitFor(() => expect(puts.length).toBeGreaterThan(0));

    store.getState().setFeatures(['x', 'y', 'x2', 'sinx']);
    const { network } = store.getState().trainer;
    expect(network.layers[0]).toBe(4);
    await waitFor(() => expect(same(puts.at(-1), expectedPixels(store))).toBe(true));
    expect(circles()).toHaveLength(4);

    store.getState().hoverPoint(1);
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    await waitFor(() => expect(tooltip.hidden).toBe(false));
    const shown = [...tooltip.querySelectorAll('li')].map((li) => Number(li.dataset.probability));
    const batch = createBatchBuffers(network.layers, 1);
    writeFeatures(POINTS[1].x, POINTS[1].y, store.getState().features, batch.a[0], 0);
    forward(network, batch, 1);
    shown.forEach((p, k) => expect(p).toBeCloseTo(batch.a[network.layers.length - 1][k], 9));

    store.getState().hoverNeuron({ layer: 0, index: 2 });
    await waitFor(() => expect(screen.getByText(/Showing input x²/)).toBeTruthy());
    await waitFor(() => expect(same(puts.at(-1), expectedPixels(store))).toBe(true));
    const canvas = screen.getByTestId('boundary-canvas');
    expect(canvas.getAttribute('aria-label')).toMatch(/input x²/);
  });
});

describe('BoundaryView with discretize', () => {
  it('paints only the most probable class of each cell while it is on', async () => {
    const { store } = renderView();
    store.getState().setClassCount(3);
    await waitFor(() => expect(same(puts.at(-1), expectedPixels(store))).toBe(true));
    const shaded = puts.at(-1)!;

    store.getState().setDiscretize(true);
    await waitFor(() => expect(same(puts.at(-1), shaded)).toBe(false));
    expect(same(puts.at(-1), expectedPixels(store))).toBe(true);
    const colours = new Set<string>();
    const last = puts.at(-1)!;
    for (let o = 0; o < last.length; o += 4)
      colours.add(`${last[o]},${last[o + 1]},${last[o + 2]}`);
    expect(colours.size).toBeLessThanOrEqual(3);
    const canvas = screen.getByTestId('boundary-canvas');
    expect(canvas.getAttribute('aria-label')).toMatch(/discretized/);

    store.getState().setDiscretize(false);
    await waitFor(() => expect(same(puts.at(-1), shaded)).toBe(true));
  });
});
