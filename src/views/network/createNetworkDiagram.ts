import { interpolateRgb, scaleLinear, select, type Selection } from 'd3';
import type { Network } from '../../engine';
import type { NeuronRef } from '../../store';
import { CLASS_COLORS, NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';
import type { DiagramTarget } from './diagramTarget';
import {
  sameLayers,
  type EdgePosition,
  type NetworkLayout,
  type NodePosition,
} from './layoutNetwork';
import { createNetworkLegend, LEGEND_HEIGHT } from './networkLegend';
import { biasLabel, className, inputName, weightLabel } from './parameterLabels';
import { largestAbsoluteWeight, weightScaleMax } from './weightScaleMax';

export const MIN_EDGE_WIDTH = 0.5;
export const MAX_EDGE_WIDTH = 6;

// Widths are written rounded to 1/20 px and bias fills to 1/16 of the scale, so a frame in which
// the weights barely move rewrites few attributes.
const WIDTH_STEPS_PER_PX = 20;
const BIAS_STEPS = 16;
const INPUT_FILL = '#edf2f7';
const CAPTION_Y = 12;
const LABEL_GAP = 5;

export interface NetworkDiagram {
  /**
   * Lays the diagram out for an architecture: elements are keyed by layer and neuron indices, so
   * they are created once and reused across architectures where the keys match. Clears the hover.
   * Mutates the svg's children.
   */
  setLayout(layout: NetworkLayout): void;
  /**
   * Repaints edge thickness and colour from the weights, hidden neurons' fill from the biases,
   * and the hovered element's tooltip. Writes attributes only; ignored until `setLayout` got a
   * layout for the network's architecture.
   */
  update(network: Network): void;
  /** Shows the tooltip of an edge or neuron, or hides it. Mutates the svg's children. */
  setHover(target: DiagramTarget | null): void;
  /** Rings one neuron (post numbering, 0 the input layer), or none. */
  highlightNeuron(neuron: NeuronRef | null): void;
  destroy(): void;
}

interface Label {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly kind: 'caption' | 'input' | 'class';
}

const edgeKey = (d: EdgePosition) => `${d.layer}:${d.from}:${d.to}`;
const nodeKey = (d: NodePosition) => `${d.layer}:${d.index}`;

/** Per sign (0 positive, 1 negative), the fill of a hidden neuron for each bias step. */
const biasFills: readonly (readonly string[])[] = [
  POSITIVE_WEIGHT_COLOR,
  NEGATIVE_WEIGHT_COLOR,
].map((color) => {
  const mix = interpolateRgb('#ffffff', color);
  return Array.from({ length: BIAS_STEPS + 1 }, (_, step) => mix((0.6 * step) / BIAS_STEPS));
});

function labelsOf(layout: NetworkLayout): Label[] {
  const { layers, columns, nodes, radius } = layout;
  const last = layers.length - 1;
  const labels: Label[] = columns.map((x, l) => ({
    key: `caption:${l}`,
    x,
    y: CAPTION_Y,
    text: l === 0 ? 'input' : `layer ${l}`,
    anchor: 'middle',
    kind: 'caption',
  }));
  for (const node of nodes) {
    if (node.layer === 0) {
      labels.push({
        key: `input:${node.index}`,
        x: node.x - radius - LABEL_GAP,
        y: node.y,
        text: inputName(node.index),
        anchor: 'end',
        kind: 'input',
      });
    } else if (node.layer === last) {
      labels.push({
        key: `class:${node.index}`,
        x: node.x + radius + LABEL_GAP,
        y: node.y,
        text: className(node.index),
        anchor: 'start',
        kind: 'class',
      });
    }
  }
  return labels;
}

/** One line a weight in `group`, keyed by layer/from/to, with its ends and data attributes. */
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
    .attr('y2', (d) => d.y2);
}

/**
 * The network drawn into `svgElement` with D3: one line per weight, thickness |w| and colour its
 * sign; one circle per neuron; a legend; a tooltip for the hovered edge or neuron. Per frame,
 * `update` only writes attributes of elements created by `setLayout`.
 */
export function createNetworkDiagram(svgElement: SVGSVGElement): NetworkDiagram {
  const svg = select(svgElement);
  const edgeGroup = svg.append('g').attr('class', 'network-edges');
  // Wide transparent twins of the edges, so a thin edge is easy to point at.
  const hitGroup = svg.append('g').attr('class', 'network-edge-hits');
  const neuronGroup = svg.append('g').attr('class', 'network-neurons');
  const labelGroup = svg.append('g').attr('class', 'network-labels');
  const legendGroup = svg.append('g');
  const legend = createNetworkLegend(legendGroup.node()!);
  const tooltip = svg
    .append('text')
    .attr('class', 'network-tooltip')
    .attr('data-testid', 'network-tooltip')
    .attr('display', 'none');
  const tooltipText = tooltip.node()!.appendChild(svgElement.ownerDocument.createTextNode(''));

  const widthOf = scaleLinear().range([MIN_EDGE_WIDTH, MAX_EDGE_WIDTH]).clamp(true);
  const opacityOf = scaleLinear().range([0.35, 0.95]).clamp(true);
  const biasStepOf = scaleLinear().range([0, BIAS_STEPS]).clamp(true);
  let scaleMax = 0;

  let layout: NetworkLayout | null = null;
  let edges: SVGLineElement[] = [];
  let neurons: SVGCircleElement[] = [];
  /** The index in `neurons` of each layer's first neuron. */
  let layerStart: number[] = [];
  /** What each edge and hidden neuron shows now, to skip writes that change nothing. */
  let edgeWidthSteps = new Int32Array(0);
  let edgeSigns = new Int8Array(0);
  let neuronFillKeys = new Int32Array(0);

  let network: Network | null = null;
  let hover: DiagramTarget | null = null;
  let hoveredElement: Element | null = null;
  let highlight: NeuronRef | null = null;
  let highlighted: Element | null = null;

  const neuronElement = (layer: number, index: number): SVGCircleElement | null => {
    if (layout === null || layer < 0 || layer >= layout.layers.length) return null;
    if (index < 0 || index >= layout.layers[layer]) return null;
    return neurons[layerStart[layer] + index];
  };

  const edgeIndex = (layer: number, from: number, to: number): number => {
    if (layout === null || layer < 1 || layer >= layout.layers.length) return -1;
    const n = layout.layers[layer];
    const nPrevious = layout.layers[layer - 1];
    if (from < 0 || from >= nPrevious || to < 0 || to >= n) return -1;
    let k = 0;
    for (let l = 1; l < layer; l++) k += layout.layers[l] * layout.layers[l - 1];
    return k + to * nPrevious + from;
  };

  /** The text for a target that `setHover` checked against the layout. */
  const tooltipLabel = (target: DiagramTarget): string => {
    if (target.kind === 'neuron' && target.layer === 0) return `input ${inputName(target.index)}`;
    if (network === null || layout === null || !sameLayers(layout.layers, network.layers)) {
      return '';
    }
    if (target.kind === 'neuron') {
      const bias = network.biases[target.layer - 1][target.index];
      return biasLabel(target.layer, target.index, bias);
    }
    const nPrevious = layout.layers[target.layer - 1];
    const weight = network.weights[target.layer - 1][target.to * nPrevious + target.from];
    return weightLabel(target.layer, target.to, target.from, weight);
  };

  const refreshTooltip = () => {
    if (hover === null) return;
    const label = tooltipLabel(hover);
    if (tooltipText.data !== label) tooltipText.data = label;
  };

  const placeTooltip = (x: number, y: number) => {
    const width = layout?.size.width ?? 0;
    const anchor = x < width * 0.2 ? 'start' : x > width * 0.8 ? 'end' : 'middle';
    tooltip
      .attr('x', x)
      .attr('y', Math.max(CAPTION_Y, y))
      .attr('text-anchor', anchor)
      .attr('display', null);
  };

  const applyHighlight = () => {
    const element = highlight && neuronElement(highlight.layer, highlight.index);
    if (element === highlighted) return;
    highlighted?.classList.remove('is-highlighted');
    element?.classList.add('is-highlighted');
    highlighted = element;
  };

  const diagram: NetworkDiagram = {
    setLayout(next) {
      diagram.setHover(null);
      layout = next;
      const { width, height } = next.size;
      svg.attr('viewBox', `0 0 ${width} ${height + LEGEND_HEIGHT}`);
      legend.place(height);

      edges = joinEdges(edgeGroup, next.edges, 'network-edge').attr('data-testid', 'edge').nodes();
      joinEdges(hitGroup, next.edges, 'network-edge-hit');

      const last = next.layers.length - 1;
      const role = (d: NodePosition) =>
        d.layer === 0 ? 'input' : d.layer === last ? 'output' : 'hidden';
      neurons = neuronGroup
        .selectAll<SVGCircleElement, NodePosition>('circle')
        .data(next.nodes, nodeKey)
        .join('circle')
        .attr('class', (d) => `network-neuron network-neuron-${role(d)}`)
        .attr('data-testid', 'neuron')
        .attr('data-layer', (d) => d.layer)
        .attr('data-index', (d) => d.index)
        .attr('cx', (d) => d.x)
        .attr('cy', (d) => d.y)
        .attr('r', next.radius)
        .attr('fill', (d) =>
          d.layer === 0
            ? INPUT_FILL
            : d.layer === last
              ? CLASS_COLORS[d.index % CLASS_COLORS.length]
              : biasFills[0][0],
        )
        .nodes();
      layerStart = [];
      let start = 0;
      for (const n of next.layers) {
        layerStart.push(start);
        start += n;
      }

      labelGroup
        .selectAll<SVGTextElement, Label>('text')
        .data(labelsOf(next), (d) => d.key)
        .join('text')
        .attr('class', (d) => `network-label network-label-${d.kind}`)
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y)
        .attr('dy', '0.35em')
        .attr('text-anchor', (d) => d.anchor)
        .text((d) => d.text);

      edgeWidthSteps = new Int32Array(next.edges.length).fill(-1);
      edgeSigns = new Int8Array(next.edges.length).fill(-1);
      neuronFillKeys = new Int32Array(next.nodes.length).fill(-1);
      // The class attribute was rewritten: ring the highlighted neuron afresh.
      highlighted = null;
      applyHighlight();
      if (network !== null) diagram.update(network);
    },

    update(next) {
      network = next;
      if (layout === null || !sameLayers(layout.layers, next.layers)) return;
      const max = weightScaleMax(largestAbsoluteWeight(next));
      if (max !== scaleMax) {
        scaleMax = max;
        widthOf.domain([0, max]);
        opacityOf.domain([0, max]);
        biasStepOf.domain([0, max]);
        legend.showScale(max, MIN_EDGE_WIDTH, MAX_EDGE_WIDTH);
        edgeWidthSteps.fill(-1);
      }

      let k = 0;
      for (const w of next.weights) {
        for (let j = 0; j < w.length; j++, k++) {
          const value = w[j];
          const magnitude = Math.abs(value);
          const widthSteps = Math.round(widthOf(magnitude) * WIDTH_STEPS_PER_PX);
          const edge = edges[k];
          if (widthSteps !== edgeWidthSteps[k]) {
            edgeWidthSteps[k] = widthSteps;
            edge.setAttribute('stroke-width', String(widthSteps / WIDTH_STEPS_PER_PX));
            edge.setAttribute('stroke-opacity', opacityOf(magnitude).toFixed(2));
          }
          const sign = value < 0 ? 1 : 0;
          if (sign !== edgeSigns[k]) {
            edgeSigns[k] = sign;
            edge.setAttribute('stroke', sign ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR);
          }
        }
      }

      // Hidden neurons only: the input has no bias and the output shows its class colour.
      for (let l = 1; l < next.layers.length - 1; l++) {
        const b = next.biases[l - 1];
        for (let i = 0; i < b.length; i++) {
          const sign = b[i] < 0 ? 1 : 0;
          const step = Math.round(biasStepOf(Math.abs(b[i])));
          const key = sign * (BIAS_STEPS + 1) + step;
          const n = layerStart[l] + i;
          if (key !== neuronFillKeys[n]) {
            neuronFillKeys[n] = key;
            neurons[n].setAttribute('fill', biasFills[sign][step]);
          }
        }
      }
      refreshTooltip();
    },

    setHover(target) {
      hoveredElement?.classList.remove('is-hovered');
      hoveredElement = null;
      hover = null;
      if (target !== null && target.kind === 'neuron') {
        const element = neuronElement(target.layer, target.index);
        if (element !== null) {
          const { x, y } = layout!.nodes[layerStart[target.layer] + target.index];
          hover = target;
          hoveredElement = element;
          placeTooltip(x, y - layout!.radius - 6);
        }
      } else if (target !== null) {
        const k = edgeIndex(target.layer, target.from, target.to);
        if (k >= 0) {
          const { x1, y1, x2, y2 } = layout!.edges[k];
          hover = target;
          hoveredElement = edges[k];
          placeTooltip((x1 + x2) / 2, (y1 + y2) / 2 - 8);
        }
      }
      if (hover === null) {
        tooltip.attr('display', 'none');
        tooltipText.data = '';
        return;
      }
      hoveredElement?.classList.add('is-hovered');
      refreshTooltip();
    },

    highlightNeuron(neuron) {
      highlight = neuron;
      applyHighlight();
    },

    destroy() {
      for (const group of [edgeGroup, hitGroup, neuronGroup, labelGroup, legendGroup]) {
        group.remove();
      }
      tooltip.remove();
      layout = null;
      network = null;
    },
  };
  return diagram;
}
