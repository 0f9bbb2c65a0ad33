import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLASS_COLORS,
  NEGATIVE_WEIGHT_COLOR,
  POSITIVE_WEIGHT_COLOR,
} from '../../../src/views/classColors';
import {
  createNetworkDiagram,
  type NetworkDiagram,
} from '../../../src/views/network/createNetworkDiagram';
import { layoutNetwork } from '../../../src/views/network/layoutNetwork';
import { biasLabel, weightLabel } from '../../../src/views/network/parameterLabels';
import { handNetwork, weightOf } from './handNetwork';

const SIZE = { width: 560, height: 320 };

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

const edgeElements = () => [...svg.querySelectorAll<SVGLineElement>('[data-testid="edge"]')];
const neuronElements = () => [...svg.querySelectorAll<SVGCircleElement>('[data-testid="neuron"]')];
const attribute = (element: Element, name: string) => Number(element.getAttribute(name));
const tooltip = () => svg.querySelector('[data-testid="network-tooltip"]')!;

/** Each edge element with the weight it stands for in `network`. */
function edgesWithWeights(network: ReturnType<typeof handNetwork>) {
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

describe('createNetworkDiagram(svg).update(network)', () => {
  it('draws one edge per weight, thicker for a larger |weight|, coloured by its sign', () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);

    const edges = edgesWithWeights(network);
    expect(edges).toHaveLength(2 * 3 + 3 * 2);
    const keys = new Set(
      edges.map(
        ({ element }) => element.dataset.layer! + element.dataset.from! + element.dataset.to!,
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
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);

    const neurons = neuronElements();
    expect(neurons).toHaveLength(2 + 3 + 2);
    const outputs = neurons.filter((n) => n.dataset.layer === '2');
    expect(outputs.map((n) => n.getAttribute('fill'))).toEqual(CLASS_COLORS.slice(0, 2));
    const labels = [...svg.querySelectorAll('.network-label')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['x', 'y', 'class 0', 'class 1']));
  });

  it('fills hidden neurons by the sign of their bias, stronger for a larger bias', () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);
    const fill = (index: number) =>
      svg
        .querySelector(`[data-testid="neuron"][data-layer="1"][data-index="${index}"]`)!
        .getAttribute('fill');
    // Biases 0.2, -0.7 and 0: three different fills, the zero bias white.
    expect(new Set([fill(0), fill(1), fill(2)]).size).toBe(3);
    expect(fill(2)).toBe('rgb(255, 255, 255)');
  });

  it('has a legend naming the colour of a positive and a negative weight and the thickness', () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);
    const legend = svg.querySelector('.network-legend')!;
    expect(legend.textContent).toContain('positive weight');
    expect(legend.textContent).toContain('negative weight');
    expect(legend.textContent).toContain('thickness: |weight|');
    const strokes = [...legend.querySelectorAll('line')].map((l) => l.getAttribute('stroke'));
    expect(strokes).toEqual(expect.arrayContaining([POSITIVE_WEIGHT_COLOR, NEGATIVE_WEIGHT_COLOR]));
  });

  it('reuses the same elements when the weights change, with new attributes', () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);
    const edgesBefore = edgeElements();
    const neuronsBefore = neuronElements();
    const before = edgesBefore.map((e) => [
      e.getAttribute('stroke'),
      e.getAttribute('stroke-width'),
    ]);

    for (const w of network.weights) for (let k = 0; k < w.length; k++) w[k] = -w[k];
    network.weights[0][0] = -2.7;
    diagram.update(network);

    const edgesAfter = edgeElements();
    expect(edgesAfter).toHaveLength(edgesBefore.length);
    edgesAfter.forEach((element, k) => expect(element).toBe(edgesBefore[k]));
    neuronElements().forEach((element, k) => expect(element).toBe(neuronsBefore[k]));
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

  it('writes no attribute when no weight changed visibly', async () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(svg, { subtree: true, attributes: true, childList: true });
    diagram.update(network);
    network.weights[0][2] += 1e-6;
    diagram.update(network);
    await Promise.resolve();
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it('keeps the elements whose keys remain when the layout changes', () => {
    diagram.setLayout(layoutNetwork([2, 3, 2], SIZE));
    const kept = svg.querySelector(
      '[data-testid="edge"][data-layer="1"][data-from="1"][data-to="2"]',
    );
    diagram.setLayout(layoutNetwork([2, 4, 2], SIZE));
    expect(edgeElements()).toHaveLength(2 * 4 + 4 * 2);
    expect(neuronElements()).toHaveLength(8);
    expect(
      svg.querySelector('[data-testid="edge"][data-layer="1"][data-from="1"][data-to="2"]'),
    ).toBe(kept);
  });
});

describe('createNetworkDiagram(svg).setHover(target)', () => {
  it('shows the weight of a hovered edge and follows it as training changes it', () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);
    expect(tooltip().getAttribute('display')).toBe('none');

    diagram.setHover({ kind: 'edge', layer: 2, from: 2, to: 1 });
    expect(tooltip().getAttribute('display')).toBeNull();
    expect(tooltip().textContent).toBe(weightLabel(2, 1, 2, 0.7));
    expect(tooltip().textContent).toBe('W^2_(2,3) = 0.700');

    network.weights[1][5] = -0.123456;
    diagram.update(network);
    expect(tooltip().textContent).toBe('W^2_(2,3) = \u22120.123');

    diagram.setHover(null);
    expect(tooltip().getAttribute('display')).toBe('none');
  });

  it('shows the bias of a hovered neuron, and the name of an input', () => {
    const network = handNetwork();
    diagram.setLayout(layoutNetwork(network.layers, SIZE));
    diagram.update(network);
    diagram.setHover({ kind: 'neuron', layer: 1, index: 1 });
    expect(tooltip().textContent).toBe(biasLabel(1, 1, -0.7));
    diagram.setHover({ kind: 'neuron', layer: 0, index: 1 });
    expect(tooltip().textContent).toBe('input y');
  });

  it('ignores a target outside the architecture', () => {
    diagram.setLayout(layoutNetwork([2, 3, 2], SIZE));
    diagram.update(handNetwork());
    diagram.setHover({ kind: 'edge', layer: 3, from: 0, to: 0 });
    expect(tooltip().getAttribute('display')).toBe('none');
  });
});

describe('createNetworkDiagram(svg).highlightNeuron(neuron)', () => {
  it('rings one neuron at a time, and keeps the ring across a new layout', () => {
    diagram.setLayout(layoutNetwork([2, 3, 2], SIZE));
    const ringed = () =>
      [...svg.querySelectorAll('.is-highlighted')].map((e) => [
        e.getAttribute('data-layer'),
        e.getAttribute('data-index'),
      ]);
    diagram.highlightNeuron({ layer: 1, index: 2 });
    expect(ringed()).toEqual([['1', '2']]);
    diagram.highlightNeuron({ layer: 2, index: 0 });
    expect(ringed()).toEqual([['2', '0']]);
    diagram.setLayout(layoutNetwork([2, 4, 2], SIZE));
    expect(ringed()).toEqual([['2', '0']]);
    diagram.highlightNeuron(null);
    expect(ringed()).toEqual([]);
  });
});

describe('createNetworkDiagram(svg).destroy()', () => {
  it('removes what the diagram drew', () => {
    diagram.setLayout(layoutNetwork([2, 3, 2], SIZE));
    diagram.destroy();
    expect(svg.childElementCount).toBe(0);
  });
});
