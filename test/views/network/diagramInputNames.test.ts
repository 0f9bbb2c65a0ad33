import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createNetworkDiagram,
  type NetworkDiagram,
} from '../../../src/views/network/createNetworkDiagram';
import { seededNetwork } from './handNetwork';

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

const inputLabels = () =>
  Array.from(svg.querySelectorAll('.network-label-input'), (t) => t.textContent);
const tooltip = () => svg.querySelector('[data-testid="network-tooltip"]')!;

describe('createNetworkDiagram(svg).update({ inputNames })', () => {
  it('names the inputs x and y when no names are given', () => {
    diagram.update({ network: seededNetwork([2, 3, 2]), weightsVersion: 1, hoveredNeuron: null });
    expect(inputLabels()).toEqual(['x', 'y']);
  });

  it('names the inputs by inputNames, and renames them in place for the same layers', () => {
    const network = seededNetwork([3, 4, 2]);
    const circles = () => [...svg.querySelectorAll('[data-testid="neuron"]')];
    diagram.update({
      network,
      weightsVersion: 1,
      hoveredNeuron: null,
      inputNames: ['x', 'y', 'xy'],
    });
    expect(inputLabels()).toEqual(['x', 'y', 'xy']);
    diagram.setHover({ kind: 'neuron', layer: 0, index: 2 });
    expect(tooltip().textContent).toBe('input xy');

    const before = circles();
    const inputNames = ['x²', 'y²', 'sin πx'];
    diagram.update({ network, weightsVersion: 1, hoveredNeuron: null, inputNames });
    expect(inputLabels()).toEqual(['x²', 'y²', 'sin πx']);
    expect(circles()).toEqual(before);
    // The hovered input's tooltip follows its new name.
    expect(tooltip().textContent).toBe('input sin πx');
  });

  it('keeps the names when a new architecture is laid out', () => {
    const inputNames = ['y2', 'sin πy'];
    diagram.update({
      network: seededNetwork([2, 2]),
      weightsVersion: 1,
      hoveredNeuron: null,
      inputNames,
    });
    diagram.update({
      network: seededNetwork([2, 5, 2]),
      weightsVersion: 2,
      hoveredNeuron: null,
      inputNames,
    });
    expect(inputLabels()).toEqual(['y2', 'sin πy']);
  });
});
