import { format, select } from 'd3';
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
const twoDecimals = format('.2f');

export interface InspectLayer {
  /** One gradient line per edge and one label per neuron of `layout`. Replaces its elements. */
  setLayout(layout: NetworkLayout): void;
  /**
   * Shows `pass`: each edge's |dC/dW| as the width of a line over it (the largest of the point's
   * gradients drawn widest), each neuron's activation under it; hides everything for null.
   */
  paint(pass: InspectedPass | null): void;
  destroy(): void;
}

/** The inspected point drawn over the diagram, appended to `svgElement`. */
export function createInspectLayer(svgElement: SVGSVGElement): InspectLayer {
  const group = select(svgElement)
    .append('g')
    .attr('class', 'network-inspect')
    .attr('display', 'none');
  const lineGroup = group.append('g');
  const labelGroup = group.append('g');
  let layout: NetworkLayout | null = null;
  let lines: SVGLineElement[] = [];
  let labels: SVGTextElement[] = [];

  return {
    setLayout(next) {
      layout = next;
      lines = lineGroup
        .selectAll<SVGLineElement, unknown>('line')
        .data(next.edges)
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
        return;
      }
      group.attr('display', null);
      let largest = 0;
      for (const g of pass.gradW)
        for (let k = 0; k < g.length; k++) largest = Math.max(largest, Math.abs(g[k]));
      layout.edges.forEach(({ layer, weightIndex }, k) => {
        const magnitude = Math.abs(pass.gradW[layer - 1][weightIndex]);
        const width =
          largest > 0 && Number.isFinite(magnitude)
            ? (magnitude / largest) * MAX_GRADIENT_WIDTH
            : 0;
        lines[k].setAttribute('stroke-width', width.toFixed(2));
      });
      const labelled = layout.radius >= MIN_LABELLED_RADIUS ? layout.nodes : [];
      labelled.forEach(({ layer, index }, n) => {
        const value = pass.a[layer][index];
        labels[n].textContent = Number.isFinite(value) ? twoDecimals(value) : '–';
      });
    },

    destroy() {
      group.remove();
      layout = null;
      lines = [];
      labels = [];
    },
  };
}
