import type { AppStore } from '../../store';
import {
  createDecisionGrid,
  GRID_SIZE,
  type DecisionGrid,
  type TrainingSession,
} from '../../training';
import { createBoundaryCanvas } from './boundaryCanvas';
import { createFrameRequest } from '../frameRequest';
import { drawPlaneAxes } from './planeAxes';
import type { PlaneScales } from './planeLayout';
import { createPointPredictor, type PointPredictor } from './pointPredictor';
import { createPointsLayer } from './pointsLayer';
import { recordHeatmapRepaint } from './heatmapTiming';
import { createPaintThrottle } from './paintThrottle';
import { createPointTooltip } from './pointTooltip';

/** The most of the time the heatmap may take, so training keeps most of each frame. */
const HEATMAP_TIME_SHARE = 0.25;

/** The elements React renders for the view, handed over for drawing. */
export interface BoundaryElements {
  readonly canvas: HTMLCanvasElement;
  readonly axes: SVGGElement;
  readonly points: SVGGElement;
  readonly tooltip: HTMLElement;
}

export interface BoundaryScene {
  destroy(): void;
}

/**
 * Draws the decision boundary view into `elements` and keeps it in step with the store: the heatmap
 * when the network or the hovered neuron changes, the circles when the points change, the hover
 * mark and tooltip when the hovered point changes. Repaints at most once an animation frame, and
 * the heatmap less often when computing it takes more than its share of the time.
 */
export function createBoundaryScene(
  elements: BoundaryElements,
  store: AppStore,
  scales: PlaneScales,
): BoundaryScene {
  const heatmap = createBoundaryCanvas(elements.canvas, GRID_SIZE);
  const circles = createPointsLayer(elements.points, scales);
  const tooltip = createPointTooltip(elements.tooltip, scales);
  drawPlaneAxes(elements.axes, scales);

  let session: TrainingSession | null = null;
  let grid: DecisionGrid | null = null;
  let predictor: PointPredictor | null = null;
  const dirty = { heatmap: true, points: true, hover: true };
  const throttle = createPaintThrottle(HEATMAP_TIME_SHARE);

  const render = () => {
    const state = store.getState();
    if (state.session !== session || grid === null || predictor === null) {
      session = state.session;
      grid = createDecisionGrid(session.network.layers, GRID_SIZE);
      predictor = createPointPredictor(session.network.layers);
    }
    const net = session.network;
    if (dirty.heatmap && heatmap.canPaint) {
      const start = performance.now();
      if (throttle.ready(start)) {
        grid.compute(net);
        heatmap.paint(grid, net, state.hoveredNeuron);
        const end = performance.now();
        throttle.record(start, end);
        recordHeatmapRepaint(start, end);
        dirty.heatmap = false;
      } else {
        frame.request();
      }
    }
    if (dirty.points) circles.update(state.points);
    if (dirty.hover || dirty.points) circles.highlight(state.hoveredPoint);
    const index = state.hoveredPoint;
    const hovered = index === null ? undefined : state.points[index];
    if (index === null || hovered === undefined) tooltip.hide();
    else tooltip.show(hovered, index, predictor.predict(net, hovered.x, hovered.y));
    dirty.points = dirty.hover = false;
  };
  const frame = createFrameRequest(render);
  const invalidate = (part: keyof typeof dirty) => () => {
    dirty[part] = true;
    frame.request();
  };

  const unsubscribes = [
    store.subscribe((s) => s.progress, invalidate('heatmap')),
    store.subscribe((s) => s.session, invalidate('heatmap')),
    store.subscribe((s) => s.hoveredNeuron, invalidate('heatmap')),
    store.subscribe((s) => s.points, invalidate('points')),
    store.subscribe((s) => s.hoveredPoint, invalidate('hover')),
  ];
  frame.request();

  return {
    destroy() {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      frame.cancel();
      heatmap.destroy();
      circles.destroy();
      tooltip.destroy();
    },
  };
}
