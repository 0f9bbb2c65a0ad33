import { interpolateRgb, scaleLinear, select } from 'd3';
import type { NeuronRef } from '../../engine';
import { CLASS_COLORS, NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';
import { nodeIndex, type NetworkLayout, type NodePosition } from './layoutNetwork';

// Bias fills come in 1/16 steps of the scale, so a bias that barely moves keeps its fill.
const BIAS_STEPS = 16;
const INPUT_FILL = '#edf2f7';
const NO_VALUE = -1;
/** The radius a small neuron grows to under the pointer (viewBox units). */
const GROWN_RADIUS = 9;

export interface NeuronsLayer {
  /**
   * Draws one circle per neuron of `layout`, reusing the circles whose layer/index remain, and
   * rings the ringed neuron again. Mutates the layer's elements.
   */
  setLayout(layout: NetworkLayout): void;
  /**
   * Fills each hidden neuron by its bias: the colour of its sign, stronger up to |b| =
   * `scaleMax`. Inputs and outputs keep their own fills. `biases` must match the layout.
   */
  paint(biases: readonly Float64Array[], scaleMax: number): void;
  /** Rings one neuron, or none; a neuron outside the layout rings none. */
  ring(neuron: NeuronRef | null): void;
  /** The circle of a neuron, or null outside the layout. */
  element(layer: number, index: number): SVGCircleElement | null;
  destroy(): void;
}

/** Per sign (0 positive, 1 negative), the fill of a hidden neuron for each bias step. */
const biasFills: readonly (readonly string[])[] = [
  POSITIVE_WEIGHT_COLOR,
  NEGATIVE_WEIGHT_COLOR,
].map((color) => {
  const mix = interpolateRgb('#ffffff', color);
  return Array.from({ length: BIAS_STEPS + 1 }, (_, step) => mix((0.6 * step) / BIAS_STEPS));
});

const nodeKey = (d: NodePosition) => `${d.layer}:${d.index}`;

/** The diagram's neurons, appended to `svgElement` as one group of circles. */
export function createNeuronsLayer(svgElement: SVGSVGElement): NeuronsLayer {
  const group = select(svgElement).append('g').attr('class', 'network-neurons');
  const biasStepOf = scaleLinear().range([0, BIAS_STEPS]).clamp(true);

  let layers: readonly number[] = [];
  let circles: SVGCircleElement[] = [];
  /** The fill each circle shows now, as sign * (BIAS_STEPS + 1) + step. */
  let fillKeys = new Int32Array(0);
  let ringed: NeuronRef | null = null;
  let ringedElement: Element | null = null;

  const element = (layer: number, index: number) => {
    const n = nodeIndex(layers, layer, index);
    return n < 0 ? null : circles[n];
  };

  const ring = (neuron: NeuronRef | null) => {
    ringed = neuron;
    const next = neuron && element(neuron.layer, neuron.index);
    if (next === ringedElement) return;
    ringedElement?.classList.remove('is-highlighted');
    next?.classList.add('is-highlighted');
    ringedElement = next;
  };

  return {
    setLayout(layout) {
      layers = layout.layers;
      const last = layers.length - 1;
      const role = (d: NodePosition) =>
        d.layer === 0 ? 'input' : d.layer === last ? 'output' : 'hidden';
      circles = group
        .selectAll<SVGCircleElement, NodePosition>('circle')
        .data(layout.nodes, nodeKey)
        .join('circle')
        .attr('class', (d) => `network-neuron network-neuron-${role(d)}`)
        .attr('data-testid', 'neuron')
        .attr('data-layer', (d) => d.layer)
        .attr('data-index', (d) => d.index)
        .attr('cx', (d) => d.x)
        .attr('cy', (d) => d.y)
        .attr('r', layout.radius)
        .attr('display', (d) => (d.shown ? null : 'none'))
        .attr('fill', (d) =>
          d.layer === 0
            ? INPUT_FILL
            : d.layer === last
              ? CLASS_COLORS[d.index % CLASS_COLORS.length]
              : biasFills[0][0],
        )
        .nodes();
      // A hovered or ringed neuron grows (see network.css): small ones the most, to about 9 units.
      group.style('--neuron-grow', String(Math.max(1.3, GROWN_RADIUS / layout.radius)));
      fillKeys = new Int32Array(circles.length).fill(NO_VALUE);
      // The join rewrote every class attribute, ring included.
      ringedElement = null;
      ring(ringed);
    },

    paint(biases, scaleMax) {
      biasStepOf.domain([0, scaleMax]);
      // Hidden layers only: the input has no bias and an output shows its class colour.
      for (let l = 1; l < layers.length - 1; l++) {
        const b = biases[l - 1];
        const start = nodeIndex(layers, l, 0);
        for (let i = 0; i < b.length; i++) {
          const sign = b[i] < 0 ? 1 : 0;
          const step = Math.round(biasStepOf(Math.abs(b[i])));
          const key = sign * (BIAS_STEPS + 1) + step;
          if (key !== fillKeys[start + i]) {
            fillKeys[start + i] = key;
            circles[start + i].setAttribute('fill', biasFills[sign][step]);
          }
        }
      }
    },

    ring,
    element,

    destroy() {
      group.remove();
      layers = [];
      circles = [];
      ringedElement = null;
    },
  };
}
