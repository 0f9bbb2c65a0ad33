import { format, select } from 'd3';
import { INPUT_NAMES } from '../../data';
import type { Network } from '../../engine';
import type { DiagramTarget } from './diagramTarget';
import type { InspectedPass } from './inspectLayer';
import { CAPTION_Y } from './labelsLayer';
import { edgeIndex, edgeWeightIndex, nodeIndex, type NetworkLayout } from './layoutNetwork';
import { biasLabel, inputName, weightLabel } from './parameterLabels';

/** How far above a neuron's ring, and above an edge's middle, the tooltip's baseline sits. */
const NEURON_GAP = 6;
const EDGE_GAP = 8;

export interface NetworkTooltip {
  /**
   * Shows what `target` carries in `network`, next to where `layout` draws it; an input is named
   * by `inputNames` (by default x and y).
   */
  show(
    target: DiagramTarget,
    layout: NetworkLayout,
    network: Network,
    inputNames?: readonly string[],
  ): void;
  /** Rewrites the shown text from the network's current parameters; nothing if it is hidden. */
  refresh(network: Network, inputNames?: readonly string[]): void;
  /** Adds the inspected point's gradient or activation to the text from now on (null: none). */
  setPass(pass: InspectedPass | null, network: Network, inputNames?: readonly string[]): void;
  hide(): void;
  destroy(): void;
}

/**
 * The text for a target in the post's notation: the weight an edge carries, a neuron's bias, or
 * an input's name (from `inputNames`); empty for a target that `network` does not have.
 */
export function describeTarget(
  target: DiagramTarget,
  network: Network,
  inputNames: readonly string[] = INPUT_NAMES,
): string {
  const { layers } = network;
  if (target.kind === 'edge') {
    const k = edgeWeightIndex(layers, target.layer, target.from, target.to);
    if (k < 0) return '';
    return weightLabel(target.layer, target.to, target.from, network.weights[target.layer - 1][k]);
  }
  if (nodeIndex(layers, target.layer, target.index) < 0) return '';
  return describeNeuronTarget(target, network, inputNames);
}

/**
 * `describeTarget` followed by what the inspected point's pass puts there: dC/dW for an edge, the
 * activation a^l_i for a neuron.
 */
export function describeInspected(
  target: DiagramTarget,
  network: Network,
  pass: InspectedPass | null,
  inputNames: readonly string[] = INPUT_NAMES,
): string {
  const text = describeTarget(target, network, inputNames);
  if (pass === null || text === '') return text;
  const value =
    target.kind === 'edge'
      ? pass.gradW[target.layer - 1]?.[
          edgeWeightIndex(network.layers, target.layer, target.from, target.to)
        ]
      : pass.a[target.layer]?.[target.index];
  if (value === undefined) return text;
  const name = target.kind === 'edge' ? '∂C/∂W' : `a^${target.layer}_${target.index + 1}`;
  return `${text}; ${name} = ${format('.3g')(value)}`;
}

function describeNeuronTarget(
  target: Extract<DiagramTarget, { kind: 'neuron' }>,
  network: Network,
  inputNames: readonly string[],
): string {
  if (target.layer === 0) return `input ${inputName(target.index, inputNames)}`;
  return biasLabel(target.layer, target.index, network.biases[target.layer - 1][target.index]);
}

/** Where the tooltip of a target goes: above the neuron, or above the edge's middle. */
function anchorOf(target: DiagramTarget, layout: NetworkLayout): { x: number; y: number } | null {
  const { layers } = layout;
  if (target.kind === 'neuron') {
    const n = nodeIndex(layers, target.layer, target.index);
    if (n < 0) return null;
    const { x, y } = layout.nodes[n];
    return { x, y: y - layout.radius - NEURON_GAP };
  }
  const k = edgeIndex(layers, target.layer, target.from, target.to);
  if (k < 0) return null;
  const { x1, y1, x2, y2 } = layout.edges[k];
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - EDGE_GAP };
}

/** One line of text over the diagram, appended last to `svgElement` so it is drawn on top. */
export function createNetworkTooltip(svgElement: SVGSVGElement): NetworkTooltip {
  const tooltip = select(svgElement)
    .append('text')
    .attr('class', 'network-tooltip')
    .attr('data-testid', 'network-tooltip')
    .attr('display', 'none');
  // One text node whose data is set in place: cheaper than d3's text(), which replaces it.
  const content = tooltip.node()!.appendChild(svgElement.ownerDocument.createTextNode(''));
  let shown: DiagramTarget | null = null;
  let pass: InspectedPass | null = null;

  const setText = (text: string) => {
    if (content.data !== text) content.data = text;
  };

  const hide = () => {
    shown = null;
    tooltip.attr('display', 'none');
    setText('');
  };

  return {
    show(target, layout, network, inputNames) {
      const anchor = anchorOf(target, layout);
      if (anchor === null) return hide();
      shown = target;
      const { width } = layout.size;
      // Near either side, the text grows inwards so it stays inside the diagram.
      const textAnchor =
        anchor.x < width * 0.2 ? 'start' : anchor.x > width * 0.8 ? 'end' : 'middle';
      tooltip
        .attr('x', anchor.x)
        .attr('y', Math.max(CAPTION_Y, anchor.y))
        .attr('text-anchor', textAnchor)
        .attr('display', null);
      setText(describeInspected(target, network, pass, inputNames));
    },
    refresh(network, inputNames) {
      if (shown !== null) setText(describeInspected(shown, network, pass, inputNames));
    },
    setPass(next, network, inputNames) {
      pass = next;
      if (shown !== null) setText(describeInspected(shown, network, pass, inputNames));
    },
    hide,
    destroy() {
      shown = null;
      tooltip.remove();
    },
  };
}
