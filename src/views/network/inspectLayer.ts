import { format, select } from 'd3';
import { DENSE_EDGE_COUNT } from './edgesLayer';
import { createLinesCanvas, type EdgeStrokes, type LinesCanvas } from './linesCanvas';
import type { NetworkLayout } from './layoutNetwork';

/** What the diagram shows of one inspected point: its pass through the network. */
export interface InspectedPass {
  /** a^l for l = 0..L: the point's features, then each layer's activations. */
  readonly a: readonly Float64Array[];
  /** dC/dW^l for l = 1..L, row-major like the network's weights, for this point alone. */
  readonly gradW: readonly Float64Array[];
}

/** Activations are written under neurons at least this big (viewBox units); smaller ones crowd. */
export const MIN_LABELLED_RADIUS = 8;
export const MAX_GRADIENT_WIDTH = 5;
/** As `.network-gradient` in network.css. */
const GRADIENT_OPACITY = 0.75;
const twoDecimals = format('.2f');

export interface InspectLayer {
  /**
   * One gradient line per edge (on a canvas under the svg for a dense diagram given a canvas
   * host) and one label per neuron of `layout`, in a viewBox `viewHeight` units high. Replaces its
   * elements.
   */
  setLayout(layout: NetworkLayout, viewHeight: number): void;
  /**
   * Shows `pass`: each edge's |dC/dW| as the width of a line over it (the largest of the point's
   * gradients drawn widest), each neuron's activation under it; hides everything for null.
   */
  paint(pass: InspectedPass | null): void;
  destroy(): void;
}

/**
 * The inspected point drawn over the diagram, appended to `svgElement`; past DENSE_EDGE_COUNT
 * shown edges, given `canvasHost` (the element the svg sits in), its gradients go on a canvas.
 */
export function createInspectLayer(
  svgElement: SVGSVGElement,
  canvasHost?: HTMLElement,
): InspectLayer {
  const group = select(svgElement)
    .append('g')
    .attr('class', 'network-inspect')
    .attr('display', 'none');
  const lineGroup = group.append('g');
  const labelGroup = group.append('g');
  let layout: NetworkLayout | null = null;
  let lines: SVGLineElement[] = [];
  let labels: SVGTextElement[] = [];
  let gradients: LinesCanvas | null = null;
  let onCanvas = false;
  let strokes: EdgeStrokes = {
    widths: new Float32Array(0),
    opacities: new Float32Array(0),
    colors: new Int8Array(0),
    palette: [],
  };

  return {
    setLayout(next, viewHeight) {
      layout = next;
      const shownEdges = next.edges.reduce((n, edge) => n + (edge.shown ? 1 : 0), 0);
      onCanvas = shownEdges > DENSE_EDGE_COUNT && canvasHost !== undefined;
      if (onCanvas) {
        gradients ??= createLinesCanvas(canvasHost!, svgElement, {
          className: 'network-gradients-canvas',
          testId: 'gradients-canvas',
          lineCap: 'round',
        });
      }
      gradients?.setViewBox(next.size.width, viewHeight);
      gradients?.clear();
      const count = next.edges.length;
      strokes = {
        widths: new Float32Array(count),
        opacities: new Float32Array(count).fill(GRADIENT_OPACITY),
        colors: new Int8Array(count),
        palette: [],
      };
      lines = lineGroup
        .selectAll<SVGLineElement, unknown>('line')
        .data(onCanvas ? [] : next.edges)
        .join('line')
        .attr('class', 'network-gradient')
        .attr('x1', (d) => d.x1)
        .attr('y1', (d) => d.y1)
        .attr('x2', (d) => d.x2)
        .attr('y2', (d) => d.y2)
        .attr('display', (d) => (d.shown ? null : 'none'))
        .nodes();
      const labelled = next.radius >= MIN_LABELLED_RADIUS ? next.nodes : [];
      labels = labelGroup
        .selectAll<SVGTextElement, unknown>('text')
        .data(labelled)
        .join('text')
        .attr('class', 'network-activation')
        .attr('data-testid', 'neuron-activation')
        .attr('data-layer', (d) => d.layer)
        .attr('data-index', (d) => d.index)
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y + next.radius + 9)
        .attr('text-anchor', 'middle')
        .attr('display', (d) => (d.shown ? null : 'none'))
        .nodes();
    },

    paint(pass) {
      const fits =
        pass !== null &&
        layout !== null &&
        pass.a.length === layout.layers.length &&
        pass.gradW.length === layout.layers.length - 1;
      if (!fits || layout === null) {
        group.attr('display', 'none');
        gradients?.clear();
        return;
      }
      group.attr('display', null);
      let largest = 0;
      for (const g of pass.gradW)
        for (let k = 0; k < g.length; k++) largest = Math.max(largest, Math.abs(g[k]));
      layout.edges.forEach(({ layer, weightIndex, shown }, k) => {
        const magnitude = Math.abs(pass.gradW[layer - 1][weightIndex]);
        const width =
          shown && largest > 0 && Number.isFinite(magnitude)
            ? (magnitude / largest) * MAX_GRADIENT_WIDTH
            : 0;
        strokes.widths[k] = width;
        lines[k]?.setAttribute('stroke-width', width.toFixed(2));
      });
      if (onCanvas && gradients !== null) {
        // The theme's highlight, as the SVG lines of a small diagram take it from the stylesheet.
        const highlight = getComputedStyle(gradients.element).getPropertyValue('--highlight');
        gradients.draw(layout.edges, { ...strokes, palette: [highlight || 'orange'] });
      }
      const labelled = layout.radius >= MIN_LABELLED_RADIUS ? layout.nodes : [];
      labelled.forEach(({ layer, index }, n) => {
        const value = pass.a[layer][index];
        labels[n].textContent = Number.isFinite(value) ? twoDecimals(value) : '–';
      });
    },

    destroy() {
      group.remove();
      gradients?.destroy();
      gradients = null;
      layout = null;
      lines = [];
      labels = [];
    },
  };
}
