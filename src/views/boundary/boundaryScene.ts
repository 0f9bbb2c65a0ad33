import { sameNeuron, type LabelledPoint, type Network, type NeuronRef } from '../../engine';
import { createDecisionGrid, GRID_SIZE, type DecisionGrid } from '../decisionGrid';
import { createBoundaryCanvas } from './boundaryCanvas';
import { heatmapTiming, type HeatmapTiming } from '../heatmapTiming';
import { drawPlaneAxes } from './planeAxes';
import type { PlaneScales } from './planeLayout';
import { createPointPredictor, type PointPredictor } from './pointPredictor';
import { createPointsLayer } from './pointsLayer';
import { createPointTooltip } from './pointTooltip';

/** The elements the view's shell renders, handed over for drawing. */
export interface BoundaryElements {
  readonly canvas: HTMLCanvasElement;
  readonly axes: SVGGElement;
  readonly points: SVGGElement;
  readonly tooltip: HTMLElement;
}

/** Everything the view shows. */
export interface BoundaryData {
  /** May be mutated in place between updates: `weightsVersion` says when it was. */
  readonly network: Network;
  /** Changes exactly when the network's weights change. */
  readonly weightsVersion: number;
  /** Replaced, never mutated, when the points change. */
  readonly points: readonly LabelledPoint[];
  readonly hoveredPoint: number | null;
  /** The neuron whose activation the heatmap shows instead of the class probabilities. */
  readonly hoveredNeuron: NeuronRef | null;
}

export interface BoundarySceneOptions {
  readonly scales: PlaneScales;
  /** Cells along each side of the heatmap; GRID_SIZE by default. */
  readonly gridSize?: number;
  /** Where heatmap repaints are timed; the page's `?profile` timing by default. */
  readonly timing?: HeatmapTiming;
}

export interface BoundaryScene {
  /** Shows `data`, redrawing only the parts that differ from the last update. */
  update(data: BoundaryData): void;
  destroy(): void;
}

/**
 * Draws the decision boundary view into `elements`: the heatmap of the network, the points as
 * circles, the hovered point's mark and tooltip. Each `update` repaints the heatmap when the
 * weights, the network or the hovered neuron changed, the circles when the points did, and the
 * mark and tooltip when the hover did (or the weights, which the tooltip's probabilities follow).
 */
export function createBoundaryScene(
  elements: BoundaryElements,
  options: BoundarySceneOptions,
): BoundaryScene {
  const { scales, gridSize = GRID_SIZE, timing = heatmapTiming } = options;
  const heatmap = createBoundaryCanvas(elements.canvas, gridSize);
  const circles = createPointsLayer(elements.points, scales);
  const tooltip = createPointTooltip(elements.tooltip, scales);
  drawPlaneAxes(elements.axes, scales);

  let shown: BoundaryData | null = null;
  // The grid and predictor hold buffers sized to one network's layers.
  let evaluators: { network: Network; grid: DecisionGrid; predictor: PointPredictor } | null = null;
  const evaluatorsFor = (network: Network) => {
    if (evaluators?.network !== network) {
      const grid = createDecisionGrid(network.layers, gridSize);
      evaluators = { network, grid, predictor: createPointPredictor(network.layers) };
    }
    return evaluators;
  };

  const paintHeatmap = ({ network, hoveredNeuron }: BoundaryData) => {
    if (!heatmap.canPaint) return;
    const { grid } = evaluatorsFor(network);
    const start = performance.now();
    grid.compute(network);
    heatmap.paint(grid, network, hoveredNeuron);
    timing.record(start, performance.now());
  };

  const showTooltip = ({ network, points, hoveredPoint }: BoundaryData) => {
    const point = hoveredPoint === null ? undefined : points[hoveredPoint];
    if (hoveredPoint === null || point === undefined) return tooltip.hide();
    const probabilities = evaluatorsFor(network).predictor.predict(network, point.x, point.y);
    tooltip.show(point, hoveredPoint, probabilities);
  };

  return {
    update(data) {
      const last = shown;
      shown = data;
      const weightsChanged =
        last === null ||
        last.network !== data.network ||
        last.weightsVersion !== data.weightsVersion;
      const neuronChanged = last === null || !sameNeuron(last.hoveredNeuron, data.hoveredNeuron);
      const pointsChanged = last === null || last.points !== data.points;
      const hoverChanged = last === null || last.hoveredPoint !== data.hoveredPoint;

      if (weightsChanged || neuronChanged) paintHeatmap(data);
      if (pointsChanged) circles.update(data.points);
      if (pointsChanged || hoverChanged) circles.highlight(data.hoveredPoint);
      if (weightsChanged || pointsChanged || hoverChanged) showTooltip(data);
    },
    destroy() {
      elements.axes.replaceChildren();
      heatmap.destroy();
      circles.destroy();
      tooltip.destroy();
    },
  };
}
