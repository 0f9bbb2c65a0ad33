import { scaleLinear, select, type Selection } from 'd3';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';
import { createLinesCanvas, type EdgeStrokes, type LinesCanvas } from './linesCanvas';
import type { EdgePosition, NetworkLayout } from './layoutNetwork';

export const MIN_EDGE_WIDTH = 0.5;
export const MAX_EDGE_WIDTH = 6;

// Widths are written in steps of 1/20 px: a weight that barely moves keeps its width attribute.
const WIDTH_STEPS_PER_PX = 20;
const OPACITY_STEPS = 20;
const NO_VALUE = -1;
const MAX_OPACITY = 0.95;
/** With more edges shown than this, the small weights fade almost away so the large ones stand out. */
export const DENSE_EDGE_COUNT = 150;

/**
 * An edge's opacity: |w| relative to the largest |w| shown, from `floor` for a weight of 0 up to
 * MAX_OPACITY for the largest; on a dense diagram the relative size is squared, fading the small
 * weights further.
 */
export function edgeOpacity(magnitude: number, largest: number, dense: boolean): number {
  const floor = dense ? 0.04 : 0.3;
  if (!(largest > 0) || !Number.isFinite(magnitude)) return floor;
  const share = Math.min(1, magnitude / largest);
  return floor + (MAX_OPACITY - floor) * (dense ? share * share : share);
}

const EDGES_CANVAS = 'network-edges-canvas';
/** Indexed by `negative`. */
const PALETTE = [POSITIVE_WEIGHT_COLOR, NEGATIVE_WEIGHT_COLOR];

export interface EdgesLayer {
  /**
   * Draws every edge of `layout` in a viewBox `viewHeight` units high: as SVG lines, reusing the
   * lines whose layer/from/to remain, or, on a dense diagram given a canvas host, on a canvas
   * under the svg. Each edge keeps a transparent SVG line to point at. Forgets what the edges
   * showed, so the next `paint` draws every one. Mutates the layer's elements.
   */
  setLayout(layout: NetworkLayout, viewHeight: number): void;
  /**
   * Shows each weight as its edge's thickness (|w| from 0 to `scaleMax`), opacity (`edgeOpacity`
   * of |w| against the largest shown) and colour (its sign), writing only the SVG attributes
   * whose rounded value changed, or stroking the canvas again when any did. Edges the layout does
   * not show are skipped. `weights` must match the layout.
   */
  paint(weights: readonly Float64Array[], scaleMax: number): void;
  /** The line that stands for an edge (by position in the layout's `edges`) when it is hovered. */
  element(edgeIndex: number): SVGLineElement;
  /** A copy of the canvas the edges are drawn on now, or null when they are SVG lines. */
  snapshot(): HTMLCanvasElement | null;
  /**
   * Runs `during` with every edge drawn as an SVG line (as they are when not on the canvas), so
   * a copy of the svg made then shows them; returns what it returns.
   */
  withLines<T>(during: () => T): T;
  destroy(): void;
}

const edgeKey = (d: EdgePosition) => `${d.layer}:${d.from}:${d.to}`;

/** One line per edge in `group`, keyed by layer/from/to, with its ends and data attributes. */
function joinEdges(
  group: Selection<SVGGElement, unknown, null, undefined>,
  edges: readonly EdgePosition[],
  className: string,
) {
  return group
    .selectAll<SVGLineElement, EdgePosition>('line')
    .data(edges, edgeKey)
    .join('line')
    .attr('class', className)
    .attr('data-layer', (d) => d.layer)
    .attr('data-from', (d) => d.from)
    .attr('data-to', (d) => d.to)
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2)
    .attr('display', (d) => (d.shown ? null : 'none'));
}

/**
 * The diagram's edges: a visible line per weight appended to `svgElement` (or, past
 * DENSE_EDGE_COUNT shown edges and given `canvasHost`, the element the svg sits in, a stroke on a
 * canvas under the svg), and a wide transparent line above each so that a thin edge is easy to
 * point at.
 */
export function createEdgesLayer(svgElement: SVGSVGElement, canvasHost?: HTMLElement): EdgesLayer {
  const svg = select(svgElement);
  const lineGroup = svg.append('g').attr('class', 'network-edges');
  const hitGroup = svg.append('g').attr('class', 'network-edge-hits');
  const widthOf = scaleLinear().range([MIN_EDGE_WIDTH, MAX_EDGE_WIDTH]).clamp(true);

  let positions: readonly EdgePosition[] = [];
  let lines: SVGLineElement[] = [];
  let hitLines: SVGLineElement[] = [];
  let scaleMax = 0;
  // What each edge shows now, in the layout's edge order: widths in 1/WIDTH_STEPS_PER_PX px
  // and opacities in 1/OPACITY_STEPS, so a weight that barely moves writes nothing.
  let widthSteps = new Int32Array(0);
  let opacitySteps = new Int8Array(0);
  let negative = new Int8Array(0);
  // On the canvas: the widths and opacities drawn, 0 for an edge not shown.
  let widths = new Float32Array(0);
  let opacities = new Float32Array(0);
  const strokes = (): EdgeStrokes => ({ widths, opacities, colors: negative, palette: PALETTE });
  let dense = false;
  let edgeCanvas: LinesCanvas | null = null;
  let onCanvas = false;

  const styleLine = (line: SVGLineElement, k: number) => {
    line.setAttribute('stroke-width', String(widthSteps[k] / WIDTH_STEPS_PER_PX));
    line.setAttribute('stroke-opacity', String(opacitySteps[k] / OPACITY_STEPS));
    line.setAttribute('stroke', negative[k] ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR);
  };
  const joinLines = (edges: readonly EdgePosition[]) =>
    joinEdges(lineGroup, edges, 'network-edge').attr('data-testid', 'edge').nodes();

  return {
    setLayout(layout, viewHeight) {
      positions = layout.edges;
      dense = positions.reduce((n, edge) => n + (edge.shown ? 1 : 0), 0) > DENSE_EDGE_COUNT;
      onCanvas = dense && canvasHost !== undefined;
      lines = joinLines(onCanvas ? [] : positions);
      hitLines = joinEdges(hitGroup, positions, 'network-edge-hit').nodes();
      widthSteps = new Int32Array(positions.length).fill(NO_VALUE);
      opacitySteps = new Int8Array(positions.length).fill(NO_VALUE);
      negative = new Int8Array(positions.length).fill(NO_VALUE);
      widths = new Float32Array(onCanvas ? positions.length : 0);
      opacities = new Float32Array(widths.length);
      if (onCanvas) {
        edgeCanvas ??= createLinesCanvas(canvasHost!, svgElement, {
          className: EDGES_CANVAS,
          testId: 'edges-canvas',
        });
      }
      edgeCanvas?.setViewBox(layout.size.width, viewHeight);
      edgeCanvas?.clear();
    },

    paint(weights, max) {
      if (max !== scaleMax) {
        scaleMax = max;
        widthOf.domain([0, max]);
        widthSteps.fill(NO_VALUE);
      }
      let largest = 0;
      for (const { layer, weightIndex, shown } of positions) {
        const magnitude = Math.abs(weights[layer - 1][weightIndex]);
        if (shown && magnitude > largest) largest = magnitude;
      }
      let changed = false;
      for (let k = 0; k < positions.length; k++) {
        const { layer, weightIndex, shown } = positions[k];
        if (!shown) continue;
        const value = weights[layer - 1][weightIndex];
        const magnitude = Math.abs(value);
        const line = onCanvas ? null : lines[k];
        const steps = Math.round(widthOf(magnitude) * WIDTH_STEPS_PER_PX);
        if (steps !== widthSteps[k]) {
          widthSteps[k] = steps;
          if (onCanvas) widths[k] = steps / WIDTH_STEPS_PER_PX;
          line?.setAttribute('stroke-width', String(steps / WIDTH_STEPS_PER_PX));
          changed = true;
        }
        const opacity = Math.round(edgeOpacity(magnitude, largest, dense) * OPACITY_STEPS);
        if (opacity !== opacitySteps[k]) {
          opacitySteps[k] = opacity;
          if (onCanvas) opacities[k] = opacity / OPACITY_STEPS;
          line?.setAttribute('stroke-opacity', String(opacity / OPACITY_STEPS));
          changed = true;
        }
        const sign = value < 0 ? 1 : 0;
        if (sign !== negative[k]) {
          negative[k] = sign;
          line?.setAttribute('stroke', sign ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR);
          changed = true;
        }
      }
      if (onCanvas && changed) edgeCanvas?.draw(positions, strokes());
    },

    element: (edgeIndex) => (onCanvas ? hitLines[edgeIndex] : lines[edgeIndex]),

    snapshot: () => (onCanvas ? (edgeCanvas?.snapshot() ?? null) : null),

    withLines(during) {
      if (!onCanvas) return during();
      const drawn = joinLines(positions);
      drawn.forEach((line, k) => positions[k].shown && styleLine(line, k));
      try {
        return during();
      } finally {
        lineGroup.selectAll('line').remove();
      }
    },

    destroy() {
      lineGroup.remove();
      hitGroup.remove();
      edgeCanvas?.destroy();
      edgeCanvas = null;
      positions = [];
      lines = [];
      hitLines = [];
    },
  };
}
