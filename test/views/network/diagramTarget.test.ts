import { describe, expect, it } from 'vitest';
import { targetOfElement } from '../../../src/views/network/diagramTarget';

const svgElement = (name: string, attributes: Record<string, string>) => {
  const element = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
};

describe('targetOfElement(element)', () => {
  it('reads an edge from its data attributes', () => {
    const line = svgElement('line', { 'data-layer': '2', 'data-from': '3', 'data-to': '1' });
    expect(targetOfElement(line)).toEqual({ kind: 'edge', layer: 2, from: 3, to: 1 });
  });

  it('reads a neuron from its data attributes, or from an ancestor that has them', () => {
    const group = svgElement('g', { 'data-layer': '0', 'data-index': '1' });
    const inner = group.appendChild(svgElement('circle', {}));
    expect(targetOfElement(inner)).toEqual({ kind: 'neuron', layer: 0, index: 1 });
  });

  it('is null for anything else', () => {
    expect(targetOfElement(svgElement('svg', {}))).toBeNull();
    expect(targetOfElement(null)).toBeNull();
  });
});
