import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createNetworkDiagram,
  diagramSizeFor,
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

const show = (layers: number[]) =>
  diagram.update({ network: seededNetwork(layers), weightsVersion: 1, hoveredNeuron: null });
const shownNeurons = (layer: number) =>
  [...svg.querySelectorAll(`[data-testid="neuron"][data-layer="${layer}"]`)].filter(
    (circle) => circle.getAttribute('display') !== 'none',
  );
const shownEdges = () =>
  [...svg.querySelectorAll('[data-testid="edge"]')].filter(
    (line) => line.getAttribute('display') !== 'none',
  );
const foldButton = (layer: number) =>
  svg.querySelector<SVGGElement>(`[data-testid="network-fold"][data-fold-layer="${layer}"]`)!;

describe('createNetworkDiagram: wide layers', () => {
  it('draws a wide layer folded, with a button that shows the rest and folds it again', () => {
    show([2, 32, 4, 2]);
    expect(shownNeurons(1)).toHaveLength(6);
    expect(shownEdges()).toHaveLength(2 * 6 + 6 * 4 + 4 * 2);
    const button = foldButton(1);
    expect(button.getAttribute('role')).toBe('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Show all 32 neurons of layer 1');
    expect(button.textContent).toBe('⋮ 26');

    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(shownNeurons(1)).toHaveLength(32);
    expect(shownEdges()).toHaveLength(2 * 32 + 32 * 4 + 4 * 2);
    expect(foldButton(1).getAttribute('aria-expanded')).toBe('true');
    // The same element stays, so keyboard focus stays on it.
    expect(foldButton(1)).toBe(button);

    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(shownNeurons(1)).toHaveLength(6);
  });

  it('toggles with Enter and Space, and keeps its keys from the diagram (which picks edges)', () => {
    show([2, 20, 2]);
    let reached = 0;
    svg.addEventListener('keydown', () => reached++);
    const press = (key: string) =>
      foldButton(1).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('Enter');
    expect(shownNeurons(1)).toHaveLength(20);
    press(' ');
    expect(shownNeurons(1)).toHaveLength(6);
    press('ArrowDown');
    expect(shownNeurons(1)).toHaveLength(6);
    expect(reached).toBe(0);
  });

  it('has no fold buttons for a network without wide layers', () => {
    show([2, 16, 16, 2]);
    expect(svg.querySelectorAll('[data-testid="network-fold"]')).toHaveLength(0);
    expect(shownNeurons(1)).toHaveLength(16);
  });

  it('shows the tooltip of a neuron of a folded layer and grows it while hovered', () => {
    show([2, 32, 2]);
    diagram.setHover({ kind: 'neuron', layer: 1, index: 31 });
    const tooltip = svg.querySelector('[data-testid="network-tooltip"]')!;
    expect(tooltip.getAttribute('display')).toBeNull();
    expect(tooltip.textContent).toMatch(/^b/);
    const circle = svg.querySelector('[data-testid="neuron"][data-layer="1"][data-index="31"]')!;
    expect(circle.classList.contains('is-hovered')).toBe(true);
    const grow = Number(
      svg.querySelector<SVGGElement>('.network-neurons')!.style.getPropertyValue('--neuron-grow'),
    );
    expect(grow).toBeGreaterThan(1);
  });

  it('fades small weights on a dense diagram: opacity follows |w| against the largest', () => {
    show([2, 32, 32, 2]);
    foldButton(1).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    foldButton(2).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const opacities = shownEdges().map((line) => Number(line.getAttribute('stroke-opacity')));
    expect(Math.max(...opacities)).toBeCloseTo(0.95, 1);
    expect(Math.min(...opacities)).toBeLessThan(0.1);
  });
});

describe('createNetworkDiagram: resize', () => {
  it('takes a new size: a new viewBox, the legend on two rows when narrow, laid out anew', () => {
    show([2, 4, 2]);
    expect(svg.getAttribute('viewBox')).toBe('0 0 560 350');
    diagram.resize({ width: 320, height: 320 });
    show([2, 4, 2]);
    expect(svg.getAttribute('viewBox')).toBe('0 0 320 370');
    expect(diagram.layout()!.size.width).toBe(320);
    const rightmost = Math.max(
      ...[...svg.querySelectorAll('[data-testid="neuron"]')].map((c) =>
        Number(c.getAttribute('cx')),
      ),
    );
    expect(rightmost).toBeLessThan(320);
  });

  it('diagramSizeFor(width) is one unit a pixel from 280 to 560 pixels, and the default otherwise', () => {
    expect(diagramSizeFor(400)).toEqual({ width: 400, height: 320 });
    expect(diagramSizeFor(1000)).toEqual({ width: 560, height: 320 });
    expect(diagramSizeFor(200)).toEqual({ width: 280, height: 320 });
    expect(diagramSizeFor(0)).toEqual({ width: 560, height: 320 });
    expect(diagramSizeFor(NaN)).toEqual({ width: 560, height: 320 });
  });
});
