import { scaleLinear, select, type Selection } from 'd3';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';
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

export interface EdgesLayer {
  /**
   * Draws one line per edge of `layout`, reusing the lines whose layer/from/to remain. Forgets
   * what the lines showed, so the next `paint` writes every one. Mutates the layer's elements.
   */
  setLayout(layout: NetworkLayout): void;
  /**
   * Shows each weight as its edge's thickness (|w| from 0 to `scaleMax`), opacity (`edgeOpacity`
   * of |w| against the largest shown) and colour (its sign), writing only the attributes whose
   * rounded value changed. Edges the layout does not show are skipped. `weights` must match the
   * layout.
   */
  paint(weights: readonly Float64Array[], scaleMax: number): void;
  /** The line at a position of the layout's `edges`. */
  element(edgeIndex: number): SVGLineElement;
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
 * The diagram's edges, appended to `svgElement`: a visible line per weight, and a wide
 * transparent twin above it so that a thin edge is easy to point at.
 */
export function createEdgesLayer(svgElement: SVGSVGElement): EdgesLayer {
  const svg = select(svgElement);
  const lineGroup = svg.append('g').attr('class', 'network-edges');
  const hitGroup = svg.append('g').attr('class', 'network-edge-hits');
  const widthOf = scaleLinear().range([MIN_EDGE_WIDTH, MAX_EDGE_WIDTH]).clamp(true);

  let positions: readonly EdgePosition[] = [];
  let lines: SVGLineElement[] = [];
  let scaleMax = 0;
  // What each line shows now, in the layout's edge order.
  let widthSteps = new Int32Array(0);
  let opacitySteps = new Int8Array(0);
  let negative = new Int8Array(0);
  let dense = false;

  return {
    setLayout(layout) {
      positions = layout.edges;
      lines = joinEdges(lineGroup, positions, 'network-edge').attr('data-testid', 'edge').nodes();
      joinEdges(hitGroup, positions, 'network-edge-hit');
      widthSteps = new Int32Array(positions.length).fill(NO_VALUE);
      opacitySteps = new Int8Array(positions.length).fill(NO_VALUE);
      negative = new Int8Array(positions.length).fill(NO_VALUE);
      dense = positions.reduce((n, edge) => n + (edge.shown ? 1 : 0), 0) > DENSE_EDGE_COUNT;
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
      for (let k = 0; k < positions.length; k++) {
        const { layer, weightIndex, shown } = positions[k];
        if (!shown) continue;
        const value = weights[layer - 1][weightIndex];
        const magnitude = Math.abs(value);
        const line = lines[k];
        const steps = Math.round(widthOf(magnitude) * WIDTH_STEPS_PER_PX);
        if (steps !== widthSteps[k]) {
          widthSteps[k] = steps;
          line.setAttribute('stroke-width', String(steps / WIDTH_STEPS_PER_PX));
        }
        const opacity = Math.round(edgeOpacity(magnitude, largest, dense) * OPACITY_STEPS);
        if (opacity !== opacitySteps[k]) {
          opacitySteps[k] = opacity;
          line.setAttribute('stroke-opacity', String(opacity / OPACITY_STEPS));
        }
        const sign = value < 0 ? 1 : 0;
        if (sign !== negative[k]) {
          negative[k] = sign;
          line.setAttribute('stroke', sign ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR);
        }
      }
    },

    element: (edgeIndex) => lines[edgeIndex],

    destroy() {
      lineGroup.remove();
      hitGroup.remove();
      positions = [];
      lines = [];
    },
  };
}
