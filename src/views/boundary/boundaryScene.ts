import {
  sameFeatures,
  sameNeuron,
  type FeatureName,
  type LabelledPoint,
  type Network,
  type NeuronRef,
} from '../../engine';
import { GRID_SIZE, gridSizeFor, SETTLED_GRID_MULTIPLY_ADDS } from '../decisionGrid';
import { sharedGridPass, type GridPass } from '../sharedGrid';
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
  /** The network's inputs, one a neuron of its first layer. */
  readonly features: readonly FeatureName[];
  /** Replaced, never mutated, when the points change. */
  readonly points: readonly LabelledPoint[];
  /** 1 for a held-out test point (drawn hollow), by index of `points`; replaced, never mutated. */
  readonly heldOut: Uint8Array;
  /** The heatmap shows only the most probable class of each cell. */
  readonly discretize: boolean;
  readonly hoveredPoint: number | null;
  /** The neuron whose activation the heatmap shows instead of the class probabilities. */
  readonly hoveredNeuron: NeuronRef | null;
  /** Inspect is on: the points are focusable buttons. Off when missing. */
  readonly inspecting?: boolean;
}

export interface BoundarySceneOptions {
  readonly scales: PlaneScales;
  /**
   * Cells along each side of the heatmap. By default the finest the network's size allows: a
   * coarser grid while the weights move, a finer one once they have been still for SETTLE_MS.
   */
  readonly gridSize?: number;
  /** Asks for an `update` soon; the scene calls it when the weights have settled. */
  readonly requestRepaint?: () => void;
  /** Where heatmap repaints are timed; the page's `?profile` timing by default. */
  readonly timing?: HeatmapTiming;
  /** Where the grid is computed, shared with the other views; the page's pass by default. */
  readonly gridPass?: GridPass;
}

/** How long the weights stay unchanged before the heatmap is painted from the finer grid. */
export const SETTLE_MS = 250;

export interface BoundaryScene {
  /** Shows `data`, redrawing only the parts that differ from the last update. */
  update(data: BoundaryData): void;
  destroy(): void;
}

/**
 * Draws the decision boundary view into `elements`: the heatmap of the network, the points as
 * circles (test points hollow), the hovered point's mark and tooltip. Each `update` repaints the
 * heatmap when the weights, the network, its features, the hovered neuron or `discretize`
 * changed, the circles when the points or the held-out ones did, and the mark and tooltip when the
 * hover did (or the weights, which the tooltip's probabilities follow).
 */
export function createBoundaryScene(
  elements: BoundaryElements,
  options: BoundarySceneOptions,
): BoundaryScene {
  const {
    scales,
    gridSize,
    requestRepaint,
    timing = heatmapTiming,
    gridPass = sharedGridPass,
  } = options;
  const heatmap = createBoundaryCanvas(elements.canvas, gridSize ?? GRID_SIZE);
  const circles = createPointsLayer(elements.points, scales);
  const tooltip = createPointTooltip(elements.tooltip, scales);
  drawPlaneAxes(elements.axes, scales);

  let shown: BoundaryData | null = null;
  // The predictor holds buffers sized to one network's layers and its features' inputs.
  interface Evaluators {
    readonly network: Network;
    readonly features: readonly FeatureName[];
    readonly predictor: PointPredictor;
  }
  let evaluators: Evaluators | null = null;
  /** The evaluators for the data's network, or null when it does not take the data's features. */
  const evaluatorsFor = ({ network, features }: BoundaryData): Evaluators | null => {
    if (network.layers[0] !== features.length) return null;
    if (evaluators?.network !== network || !sameFeatures(evaluators.features, features)) {
      evaluators = {
        network,
        features,
        predictor: createPointPredictor(network.layers, features),
      };
    }
    return evaluators;
  };

  // When the heatmap last showed a grid coarser than the settled one; null once it is fine.
  let coarseSince: number | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const settleLater = (delayMs: number) => {
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      if (coarseSince === null) return;
      const left = coarseSince + SETTLE_MS - performance.now();
      if (left > 0) settleLater(left);
      else requestRepaint?.();
    }, delayMs);
  };
  const settled = () => coarseSince !== null && performance.now() - coarseSince >= SETTLE_MS;

  const paintHeatmap = (data: BoundaryData, fine: boolean) => {
    if (!heatmap.canPaint) return;
    const start = performance.now();
    const size =
      gridSize ?? gridSizeFor(data.network, fine ? SETTLED_GRID_MULTIPLY_ADDS : undefined);
    // Computed at most once per weights version and size, whichever view asks first.
    const grid = gridPass.gridFor(data.network, data.weightsVersion, data.features, size);
    if (grid === null) return;
    heatmap.paint(grid, data.network, data.hoveredNeuron, data.discretize);
    timing.record(start, performance.now());
    const coarse =
      gridSize === undefined &&
      requestRepaint !== undefined &&
      size < gridSizeFor(data.network, SETTLED_GRID_MULTIPLY_ADDS);
    coarseSince = coarse ? start : null;
    if (coarse && settleTimer === undefined) settleLater(SETTLE_MS);
  };

  const showTooltip = (data: BoundaryData) => {
    const { network, points, hoveredPoint, heldOut } = data;
    const point = hoveredPoint === null ? undefined : points[hoveredPoint];
    const predictor = evaluatorsFor(data)?.predictor;
    if (hoveredPoint === null || point === undefined || predictor === undefined) {
      return tooltip.hide();
    }
    const probabilities = predictor.predict(network, point.x, point.y);
    tooltip.show(point, hoveredPoint, probabilities, heldOut[hoveredPoint] === 1);
  };

  return {
    update(data) {
      const last = shown;
      shown = data;
      const weightsChanged =
        last === null ||
        last.network !== data.network ||
        last.weightsVersion !== data.weightsVersion ||
        !sameFeatures(last.features, data.features);
      const neuronChanged = last === null || !sameNeuron(last.hoveredNeuron, data.hoveredNeuron);
      const styleChanged = last === null || last.discretize !== data.discretize;
      const pointsChanged =
        last === null || last.points !== data.points || last.heldOut !== data.heldOut;
      const hoverChanged = last === null || last.hoveredPoint !== data.hoveredPoint;

      if (weightsChanged || neuronChanged || styleChanged || heatmap.themeChanged) {
        paintHeatmap(data, false);
      } else if (settled()) {
        paintHeatmap(data, true);
      }
      if (pointsChanged) circles.update(data.points, data.heldOut);
      const inspecting = data.inspecting ?? false;
      if ((last?.inspecting ?? false) !== inspecting || (pointsChanged && inspecting)) {
        circles.setFocusable(inspecting);
      }
      if (pointsChanged || hoverChanged) circles.highlight(data.hoveredPoint);
      if (weightsChanged || pointsChanged || hoverChanged) showTooltip(data);
    },
    destroy() {
      clearTimeout(settleTimer);
      coarseSince = null;
      elements.axes.replaceChildren();
      heatmap.destroy();
      circles.destroy();
      tooltip.destroy();
    },
  };
}
