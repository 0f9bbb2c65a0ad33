import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBatchBuffers,
  createNetwork,
  createRng,
  DEFAULT_FEATURES,
  forward,
  writeFeatures,
  type FeatureName,
  type Network,
  type NeuronRef,
} from '../../../src/engine';
import {
  createBoundaryScene,
  SETTLE_MS,
  type BoundaryData,
  type BoundaryElements,
} from '../../../src/views/boundary/boundaryScene';
import { paintBoundary } from '../../../src/views/boundary/paintBoundary';
import { createPlaneScales } from '../../../src/views/boundary/planeLayout';
import {
  createDecisionGrid,
  GRID_SIZE,
  gridSizeFor,
  SETTLED_GRID_MULTIPLY_ADDS,
} from '../../../src/views/decisionGrid';
import { TEST_POINT_FILL } from '../../../src/views/boundary/pointsLayer';

const GRID = 12;
const scales = createPlaneScales();
const POINTS = [
  { x: -0.6, y: 0.5, label: 0 },
  { x: 0.1, y: -0.2, label: 1 },
];

/** The view's elements, with a canvas whose 2-D context keeps a copy of every image put in it. */
function setUp(
  options: { canPaint?: boolean; gridSize?: number; requestRepaint?: () => void } = {},
) {
  const svgNs = 'http://www.w3.org/2000/svg';
  const canvas = document.createElement('canvas');
  const svg = document.createElementNS(svgNs, 'svg');
  const axes = document.createElementNS(svgNs, 'g');
  const points = document.createElementNS(svgNs, 'g');
  const tooltip = document.createElement('div');
  svg.append(axes, points);
  document.body.append(canvas, svg, tooltip);
  const puts: Uint8ClampedArray[] = [];
  const context = {
    createImageData: (width: number, height: number) => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData: (image: { data: Uint8ClampedArray }) => puts.push(image.data.slice()),
  };
  vi.spyOn(canvas, 'getContext').mockReturnValue(
    options.canPaint === false ? null : (context as never),
  );
  const elements: BoundaryElements = { canvas, axes, points, tooltip };
  const timed: [number, number][] = [];
  const scene = createBoundaryScene(elements, {
    scales,
    gridSize: 'gridSize' in options ? options.gridSize : GRID,
    requestRepaint: options.requestRepaint,
    timing: { record: (startMs, endMs) => timed.push([startMs, endMs]) },
  });
  const circles = () => [...points.querySelectorAll('circle')];
  return { elements, scene, puts, timed, circles };
}

function dataFor(network: Network, changes: Partial<BoundaryData> = {}): BoundaryData {
  return {
    network,
    weightsVersion: 0,
    features: DEFAULT_FEATURES,
    points: POINTS,
    heldOut: new Uint8Array(POINTS.length),
    discretize: false,
    hoveredPoint: null,
    hoveredNeuron: null,
    ...changes,
  };
}

/** What the heatmap of `net` should be, from a grid of the test's own. */
function expectedPixels(
  net: Network,
  neuron: NeuronRef | null = null,
  features: readonly FeatureName[] = DEFAULT_FEATURES,
  discretize = false,
) {
  const grid = createDecisionGrid(net.layers, GRID, features);
  grid.compute(net);
  const pixels = new Uint8ClampedArray(grid.cells * 4);
  paintBoundary(pixels, grid, net, neuron, discretize);
  return [...pixels];
}

function probabilitiesOf(
  net: Network,
  x: number,
  y: number,
  features: readonly FeatureName[] = DEFAULT_FEATURES,
) {
  const batch = createBatchBuffers(net.layers, 1);
  writeFeatures(x, y, features, batch.a[0], 0);
  forward(net, batch, 1);
  return [...batch.a[net.layers.length - 1]];
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('createBoundaryScene(elements, options).update(data)', () => {
  it('paints the heatmap, the axes and one circle a point on the first update', () => {
    const net = createNetwork([2, 4, 2], 'tanh', createRng(1));
    const { elements, scene, puts, circles } = setUp();
    expect([elements.canvas.width, elements.canvas.height]).toEqual([GRID, GRID]);
    scene.update(dataFor(net));
    expect(puts).toHaveLength(1);
    expect([...puts[0]]).toEqual(expectedPixels(net));
    expect(circles().map((c) => Number(c.dataset.label))).toEqual([0, 1]);
    expect(elements.axes.querySelectorAll('.boundary-axis')).toHaveLength(2);
    expect(elements.tooltip.hidden).toBe(true);
  });

  it('repaints the heatmap only when the weights, the network or the hovered neuron change', () => {
    const net = createNetwork([2, 4, 2], 'tanh', createRng(2));
    const { scene, puts } = setUp();
    scene.update(dataFor(net));
    scene.update(dataFor(net));
    scene.update(dataFor(net, { points: [POINTS[0]], hoveredPoint: 0 }));
    scene.update(dataFor(net, { hoveredNeuron: null }));
    expect(puts).toHaveLength(1);

    // Training mutates the network in place; the new version says so.
    net.weights[0][0] += 1;
    scene.update(dataFor(net, { weightsVersion: 1 }));
    expect(puts).toHaveLength(2);
    expect([...puts[1]]).toEqual(expectedPixels(net));

    scene.update(dataFor(net, { weightsVersion: 1, hoveredNeuron: { layer: 1, index: 3 } }));
    expect([...puts[2]]).toEqual(expectedPixels(net, { layer: 1, index: 3 }));
    // An equal neuron in a new object is no change.
    scene.update(dataFor(net, { weightsVersion: 1, hoveredNeuron: { layer: 1, index: 3 } }));
    expect(puts).toHaveLength(3);

    const wider = createNetwork([2, 5, 3], 'relu', createRng(3));
    scene.update(dataFor(wider, { weightsVersion: 1 }));
    expect(puts).toHaveLength(4);
    expect([...puts[3]]).toEqual(expectedPixels(wider));
  });

  it('redraws the circles when the points change, and marks the hovered one', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(4));
    const { scene, circles } = setUp();
    scene.update(dataFor(net));
    const moved = [POINTS[0], { x: 0.9, y: 0.9, label: 1 }, { x: 0, y: 0, label: 0 }];
    scene.update(dataFor(net, { points: moved }));
    expect(circles().map((c) => Number(c.dataset.x))).toEqual([-0.6, 0.9, 0]);
    scene.update(dataFor(net, { points: moved, hoveredPoint: 2 }));
    expect(circles().map((c) => c.classList.contains('is-hovered'))).toEqual([false, false, true]);
    scene.update(dataFor(net, { points: moved }));
    expect(circles().some((c) => c.classList.contains('is-hovered'))).toBe(false);
  });

  it("shows the hovered point's probabilities, following the weights, and hides them after", () => {
    const net = createNetwork([2, 4, 2], 'sigmoid', createRng(5));
    const { elements, scene } = setUp();
    const shown = () =>
      [...elements.tooltip.querySelectorAll('li')].map((li) => Number(li.dataset.probability));
    scene.update(dataFor(net, { hoveredPoint: 1 }));
    expect(elements.tooltip.hidden).toBe(false);
    expect(elements.tooltip.textContent).toMatch(/Point 2, class 1/);
    expect(shown()).toEqual(probabilitiesOf(net, POINTS[1].x, POINTS[1].y));

    net.biases[1][1] += 2;
    scene.update(dataFor(net, { hoveredPoint: 1, weightsVersion: 1 }));
    expect(shown()).toEqual(probabilitiesOf(net, POINTS[1].x, POINTS[1].y));

    scene.update(dataFor(net, { hoveredPoint: null, weightsVersion: 1 }));
    expect(elements.tooltip.hidden).toBe(true);
    // An index past the points (they changed under the hover) shows nothing either.
    scene.update(dataFor(net, { hoveredPoint: 5, weightsVersion: 1 }));
    expect(elements.tooltip.hidden).toBe(true);
  });

  it('times every heatmap repaint and nothing else', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(6));
    const { scene, timed } = setUp();
    scene.update(dataFor(net));
    scene.update(dataFor(net, { hoveredPoint: 0 }));
    scene.update(dataFor(net, { weightsVersion: 1 }));
    expect(timed).toHaveLength(2);
    timed.forEach(([start, end]) => expect(end).toBeGreaterThanOrEqual(start));
  });

  it('still draws the points where the canvas has no 2-D context', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(7));
    const { scene, puts, timed, circles } = setUp({ canPaint: false });
    scene.update(dataFor(net, { hoveredPoint: 0 }));
    expect(puts).toHaveLength(0);
    expect(timed).toHaveLength(0);
    expect(circles()).toHaveLength(2);
  });
});

describe('createBoundaryScene(elements, options).update(data) with the new settings', () => {
  const features: FeatureName[] = ['x', 'x2', 'sinx'];

  it('evaluates the heatmap and the tooltip on the features, rebuilt when they change', () => {
    const net = createNetwork([3, 4, 2], 'tanh', createRng(9));
    const { elements, scene, puts } = setUp();
    scene.update(dataFor(net, { features, hoveredPoint: 0 }));
    expect([...puts[0]]).toEqual(expectedPixels(net, null, features));
    const shown = () =>
      [...elements.tooltip.querySelectorAll('li')].map((li) => Number(li.dataset.probability));
    expect(shown()).toEqual(probabilitiesOf(net, POINTS[0].x, POINTS[0].y, features));

    // The same network given other features of the same count: the grid's inputs follow.
    const others: FeatureName[] = ['y', 'xy', 'siny'];
    scene.update(dataFor(net, { features: others, hoveredPoint: 0 }));
    expect(puts).toHaveLength(2);
    expect([...puts[1]]).toEqual(expectedPixels(net, null, others));
    expect(shown()).toEqual(probabilitiesOf(net, POINTS[0].x, POINTS[0].y, others));
    // Equal features in a new array are no change.
    scene.update(dataFor(net, { features: [...others], hoveredPoint: 0 }));
    expect(puts).toHaveLength(2);
  });

  it("shows a hovered input neuron's feature values", () => {
    const net = createNetwork([3, 4, 2], 'relu', createRng(10));
    const { scene, puts } = setUp();
    scene.update(dataFor(net, { features, hoveredNeuron: { layer: 0, index: 1 } }));
    expect([...puts[0]]).toEqual(expectedPixels(net, { layer: 0, index: 1 }, features));
  });

  it('paints nothing rather than fail for features the network does not take', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(11));
    const { elements, scene, puts, circles } = setUp();
    scene.update(dataFor(net, { features, hoveredPoint: 1 }));
    expect(puts).toHaveLength(0);
    expect(elements.tooltip.hidden).toBe(true);
    expect(circles()).toHaveLength(2);
  });

  it('repaints the discretized heatmap when discretize is turned on and off', () => {
    const net = createNetwork([2, 5, 3], 'tanh', createRng(12));
    const { scene, puts } = setUp();
    scene.update(dataFor(net));
    scene.update(dataFor(net, { discretize: true }));
    expect(puts).toHaveLength(2);
    expect([...puts[1]]).toEqual(expectedPixels(net, null, DEFAULT_FEATURES, true));
    expect([...puts[1]]).not.toEqual([...puts[0]]);
    scene.update(dataFor(net, { discretize: true }));
    expect(puts).toHaveLength(2);
    scene.update(dataFor(net));
    expect([...puts[2]]).toEqual([...puts[0]]);
  });

  it('draws held-out points hollow and names them test points in the tooltip', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(13));
    const { elements, scene, circles } = setUp();
    scene.update(dataFor(net));
    expect(circles().some((c) => c.classList.contains('is-test'))).toBe(false);
    const heldOut = new Uint8Array([0, 1]);
    scene.update(dataFor(net, { heldOut, hoveredPoint: 1 }));
    expect(circles().map((c) => c.classList.contains('is-test'))).toEqual([false, true]);
    expect(circles()[1].getAttribute('fill')).toBe(TEST_POINT_FILL);
    expect(elements.tooltip.textContent).toMatch(/Point 2, class 1, test point/);
    scene.update(dataFor(net, { heldOut, hoveredPoint: 0 }));
    expect(elements.tooltip.textContent).not.toMatch(/test point/);
  });
});

describe('createBoundaryScene(elements, options).destroy()', () => {
  it('empties the elements it drew into', () => {
    const net = createNetwork([2, 3, 2], 'relu', createRng(8));
    const { elements, scene } = setUp();
    scene.update(dataFor(net, { hoveredPoint: 0 }));
    scene.destroy();
    expect(elements.points.childNodes).toHaveLength(0);
    expect(elements.axes.childNodes).toHaveLength(0);
    expect(elements.tooltip.childNodes).toHaveLength(0);
  });
});

describe('createBoundaryScene: the grid follows the network and settles', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('paints a big net coarsely while its weights move, then finer once they settle', () => {
    vi.useFakeTimers();
    const requestRepaint = vi.fn();
    const { scene, puts } = setUp({ gridSize: undefined, requestRepaint });
    const net = createNetwork([2, ...Array<number>(8).fill(32), 8], 'relu', createRng(4));
    const side = () => Math.sqrt(puts[puts.length - 1].length / 4);

    scene.update(dataFor(net, { weightsVersion: 1 }));
    expect(side()).toBe(gridSizeFor(net));
    vi.advanceTimersByTime(SETTLE_MS / 2);
    scene.update(dataFor(net, { weightsVersion: 2 }));
    vi.advanceTimersByTime(SETTLE_MS / 2 + 1);
    // The weights moved half-way through: not settled yet.
    expect(requestRepaint).not.toHaveBeenCalled();
    scene.update(dataFor(net, { weightsVersion: 2 }));
    expect(puts).toHaveLength(2);

    vi.advanceTimersByTime(SETTLE_MS);
    expect(requestRepaint).toHaveBeenCalledTimes(1);
    scene.update(dataFor(net, { weightsVersion: 2 }));
    expect(puts).toHaveLength(3);
    expect(side()).toBe(gridSizeFor(net, SETTLED_GRID_MULTIPLY_ADDS));
    expect(side()).toBeGreaterThan(gridSizeFor(net));
    // Fine now: nothing more to settle.
    vi.advanceTimersByTime(10 * SETTLE_MS);
    scene.update(dataFor(net, { weightsVersion: 2 }));
    expect(requestRepaint).toHaveBeenCalledTimes(1);
    expect(puts).toHaveLength(3);
  });

  it("paints the post's net from the full grid at once, with nothing to settle", () => {
    vi.useFakeTimers();
    const requestRepaint = vi.fn();
    const { scene, puts } = setUp({ gridSize: undefined, requestRepaint });
    scene.update(dataFor(createNetwork([2, 4, 4, 2], 'relu', createRng(1)), { weightsVersion: 1 }));
    expect(puts[0].length / 4).toBe(GRID_SIZE * GRID_SIZE);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(requestRepaint).not.toHaveBeenCalled();
  });
});
