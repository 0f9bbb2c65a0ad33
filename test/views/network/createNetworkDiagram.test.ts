import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Network, NeuronRef } from '../../../src/engine';
import {
  CLASS_COLORS,
  NEGATIVE_WEIGHT_COLOR,
  POSITIVE_WEIGHT_COLOR,
} from '../../../src/views/classColors';
import {
  createNetworkDiagram,
  type NetworkDiagram,
} from '../../../src/views/network/createNetworkDiagram';
import { biasLabel, weightLabel } from '../../../src/views/network/parameterLabels';
import { handNetwork, seededNetwork, weightOf } from './handNetwork';

let svg: SVGSVGElement;
let diagram: NetworkDiagram;

beforeEach(() => {
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  diagram = createNetworkDiagram(svg);
});

afterEach(() => {
  diagram.destroy();
  svg.remove();
});

const show = (network: Network, weightsVersion = 1, hoveredNeuron: NeuronRef | null = null) =>
  diagram.update({ network, weightsVersion, hoveredNeuron });

const edgeElements = () => [...svg.querySelectorAll<SVGLineElement>('[data-testid="edge"]')];
const neuronElements = () => [...svg.querySelectorAll<SVGCircleElement>('[data-testid="neuron"]')];
const edgeElement = (layer: number, from: number, to: number) =>
  svg.querySelector(
    `[data-testid="edge"][data-layer="${layer}"][data-from="${from}"][data-to="${to}"]`,
  );
const attribute = (element: Element, name: string) => Number(element.getAttribute(name));
const tooltip = () => svg.querySelector('[data-testid="network-tooltip"]')!;
const ringed = () =>
  [...svg.querySelectorAll('.is-highlighted')].map((e) => [
    e.getAttribute('data-layer'),
    e.getAttribute('data-index'),
  ]);

/** Each edge element with the weight it stands for in `network`. */
function edgesWithWeights(network: Network) {
  return edgeElements().map((element) => ({
    element,
    weight: weightOf(
      network,
      attribute(element, 'data-layer'),
      attribute(element, 'data-from'),
      attribute(element, 'data-to'),
    ),
  }));
}

describe('createNetworkDiagram(svg).update(data)', () => {
  it('draws one edge per weight, thicker for a larger |weight|, coloured by its sign', () => {
    const network = handNetwork();
    show(network);

    const edges = edgesWithWeights(network);
    expect(edges).toHaveLength(2 * 3 + 3 * 2);
    const keys = new Set(
      edges.map(
        ({ element }) => `${element.dataset.layer}${element.dataset.from}${element.dataset.to}`,
      ),
    );
    expect(keys.size).toBe(edges.length);

    edges.sort((a, b) => Math.abs(a.weight) - Math.abs(b.weight));
    for (let k = 1; k < edges.length; k++) {
      expect(attribute(edges[k].element, 'stroke-width')).toBeGreaterThan(
        attribute(edges[k - 1].element, 'stroke-width'),
      );
    }
    for (const { element, weight } of edges) {
      const expected = weight < 0 ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR;
      expect(element.getAttribute('stroke')).toBe(expected);
      expect(attribute(element, 'stroke-width')).toBeGreaterThanOrEqual(0.5);
      expect(attribute(element, 'stroke-width')).toBeLessThanOrEqual(6);
    }
  });

  it('draws one circle per neuron, the outputs in their class colours, labelled', () => {
    show(handNetwork());
    const neurons = neuronElements();
    expect(neurons).toHaveLength(2 + 3 + 2);
    const outputs = neurons.filter((n) => n.dataset.layer === '2');
    expect(outputs.map((n) => n.getAttribute('fill'))).toEqual(CLASS_COLORS.slice(0, 2));
    const labels = [...svg.querySelectorAll('.network-label')].map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(['input', 'layer 1', 'layer 2', 'x', 'y', 'class 0', 'class 1']),
    );
  });

  it('fills hidden neurons by the sign of their bias, stronger for a larger bias', () => {
    show(handNetwork());
    const fill = (index: number) =>
      svg
        .querySelector(`[data-testid="neuron"][data-layer="1"][data-index="${index}"]`)!
        .getAttribute('fill');
    // Biases 0.2, -0.7 and 0: three different fills, the zero bias white.
    expect(new Set([fill(0), fill(1), fill(2)]).size).toBe(3);
    expect(fill(2)).toBe('rgb(255, 255, 255)');
  });

  it('has a legend naming the colour of a positive and a negative weight and the thickness', () => {
    show(handNetwork());
    const legend = svg.querySelector('.network-legend')!;
    expect(legend.textContent).toContain('positive weight');
    expect(legend.textContent).toContain('negative weight');
    expect(legend.textContent).toContain('thickness: |weight| (0 to 1)');
    const strokes = [...legend.querySelectorAll('line')].map((l) => l.getAttribute('stroke'));
    expect(strokes).toEqual(expect.arrayContaining([POSITIVE_WEIGHT_COLOR, NEGATIVE_WEIGHT_COLOR]));
  });

  it('repaints the same elements when the weights version changes', () => {
    const network = handNetwork();
    show(network, 1);
    const edgesBefore = edgeElements();
    const neuronsBefore = neuronElements();
    const before = edgesBefore.map((e) => [
      e.getAttribute('stroke'),
      e.getAttribute('stroke-width'),
    ]);

    for (const w of network.weights) for (let k = 0; k < w.length; k++) w[k] = -w[k];
    network.weights[0][0] = -2.7;
    show(network, 2);

    const edgesAfter = edgeElements();
    expect(edgesAfter).toEqual(edgesBefore);
    expect(neuronElements()).toEqual(neuronsBefore);
    for (const { element, weight } of edgesWithWeights(network)) {
      const k = edgesBefore.indexOf(element);
      expect(element.getAttribute('stroke')).not.toBe(before[k][0]);
      expect(element.getAttribute('stroke')).toBe(
        weight < 0 ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR,
      );
    }
    // |w| up to 2.7 now: the thickness scale widened to 3, so the former thickest edge thinned.
    const widthsBefore = before.map(([, width]) => Number(width));
    const thickest = widthsBefore.indexOf(Math.max(...widthsBefore));
    expect(attribute(edgesAfter[thickest], 'stroke-width')).toBeLessThan(widthsBefore[thickest]);
    expect(svg.querySelector('.network-legend')!.textContent).toContain('0 to 3');
  });

  it('reads no weight again while the version and the network stay the same', () => {
    const network = handNetwork();
    show(network, 1);
    const stroke = () => edgeElement(1, 0, 0)!.getAttribute('stroke');
    expect(stroke()).toBe(POSITIVE_WEIGHT_COLOR);
    network.weights[0][0] = -0.1;
    show(network, 1);
    expect(stroke()).toBe(POSITIVE_WEIGHT_COLOR);
    // Another network object of the same architecture is new weights, whatever its version.
    const restarted = handNetwork();
    restarted.weights[0][0] = -0.1;
    show(restarted, 1);
    expect(stroke()).toBe(NEGATIVE_WEIGHT_COLOR);
  });

  it('writes no attribute when no weight changed visibly', async () => {
    const network = handNetwork();
    show(network, 1);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(svg, { subtree: true, attributes: true, childList: true });
    show(network, 2);
    network.weights[0][2] += 1e-6;
    network.biases[0][1] += 1e-6;
    show(network, 3);
    await Promise.resolve();
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it('lays out again when the layer sizes change, keeping the elements whose keys remain', () => {
    show(seededNetwork([2, 3, 2]));
    const kept = edgeElement(1, 1, 2);
    expect(kept).not.toBeNull();
    const wider = seededNetwork([2, 4, 2], 2);
    show(wider, 2);
    expect(edgeElements()).toHaveLength(2 * 4 + 4 * 2);
    expect(neuronElements()).toHaveLength(8);
    expect(edgeElement(1, 1, 2)).toBe(kept);
    for (const { element, weight } of edgesWithWeights(wider)) {
      expect(element.getAttribute('stroke')).toBe(
        weight < 0 ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR,
      );
    }
    expect([...svg.querySelectorAll('.network-label-caption')]).toHaveLength(3);
  });

  it('rings the hovered neuron, one at a time, across a new layout', () => {
    const network = seededNetwork([2, 3, 2]);
    show(network, 1, { layer: 1, index: 2 });
    expect(ringed()).toEqual([['1', '2']]);
    show(network, 1, { layer: 2, index: 0 });
    expect(ringed()).toEqual([['2', '0']]);
    show(seededNetwork([2, 4, 2]), 2, { layer: 2, index: 0 });
    expect(ringed()).toEqual([['2', '0']]);
    show(seededNetwork([2, 4, 2]), 3, { layer: 5, index: 0 });
    expect(ringed()).toEqual([]);
    show(seededNetwork([2, 4, 2]), 4, null);
    expect(ringed()).toEqual([]);
  });
});

describe('createNetworkDiagram(svg).setHover(target)', () => {
  it('shows the weight of a hovered edge and follows it as training changes it', () => {
    const network = handNetwork();
    show(network, 1);
    expect(tooltip().getAttribute('display')).toBe('none');

    diagram.setHover({ kind: 'edge', layer: 2, from: 2, to: 1 });
    expect(tooltip().getAttribute('display')).toBeNull();
    expect(edgeElement(2, 2, 1)!.classList.contains('is-hovered')).toBe(true);
    expect(tooltip().textContent).toBe(weightLabel(2, 1, 2, 0.7));
    expect(tooltip().textContent).toBe('W^2_(2,3) = 0.700');

    network.weights[1][5] = -0.123456;
    show(network, 2);
    expect(tooltip().textContent).toBe('W^2_(2,3) = \u22120.123');

    diagram.setHover(null);
    expect(tooltip().getAttribute('display')).toBe('none');
    expect(svg.querySelectorAll('.is-hovered')).toHaveLength(0);
  });

  it('shows the bias of a hovered neuron, and the name of an input', () => {
    show(handNetwork());
    diagram.setHover({ kind: 'neuron', layer: 1, index: 1 });
    expect(tooltip().textContent).toBe(biasLabel(1, 1, -0.7));
    diagram.setHover({ kind: 'neuron', layer: 0, index: 1 });
    expect(tooltip().textContent).toBe('input y');
    expect(svg.querySelectorAll('.is-hovered')).toHaveLength(1);
  });

  it('ignores a target outside the architecture, or before the first update', () => {
    diagram.setHover({ kind: 'neuron', layer: 0, index: 0 });
    expect(tooltip().getAttribute('display')).toBe('none');
    show(handNetwork());
    diagram.setHover({ kind: 'edge', layer: 3, from: 0, to: 0 });
    expect(tooltip().getAttribute('display')).toBe('none');
    diagram.setHover({ kind: 'neuron', layer: 1, index: 3 });
    expect(tooltip().getAttribute('display')).toBe('none');
  });

  it('hides the tooltip when the diagram is laid out again', () => {
    show(seededNetwork([2, 3, 2]));
    diagram.setHover({ kind: 'edge', layer: 1, from: 0, to: 0 });
    show(seededNetwork([2, 5, 2]), 2);
    expect(tooltip().getAttribute('display')).toBe('none');
    expect(svg.querySelectorAll('.is-hovered')).toHaveLength(0);
  });
});

describe('createNetworkDiagram(svg, { size })', () => {
  it('sizes the viewBox to the diagram and the legend band under it', () => {
    diagram.destroy();
    diagram = createNetworkDiagram(svg, { size: { width: 400, height: 200 } });
    show(handNetwork());
    const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(200);
  });
});

describe('createNetworkDiagram(svg).destroy()', () => {
  it('removes what the diagram drew', () => {
    show(handNetwork());
    diagram.destroy();
    expect(svg.childElementCount).toBe(0);
  });
});
