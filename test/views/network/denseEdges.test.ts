import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '../../../src/engine';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../../../src/views/classColors';
import {
  createNetworkDiagram,
  type NetworkDiagram,
} from '../../../src/views/network/createNetworkDiagram';
import { DENSE_EDGE_COUNT, edgeOpacity } from '../../../src/views/network/edgesLayer';
import { fakeCanvasContexts, type FakeContext } from './fakeCanvas';
import { seededNetwork, weightOf } from './handNetwork';

// 2*16 + 16*16 + 16*2 = 320 edges: a dense diagram.
const DENSE = [2, 16, 16, 2];

let overlay: HTMLDivElement;
let svg: SVGSVGElement;
let diagram: NetworkDiagram;
let contexts: Map<HTMLCanvasElement, FakeContext>;

beforeEach(() => {
  contexts = fakeCanvasContexts();
  overlay = document.createElement('div');
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  overlay.append(svg);
  document.body.append(overlay);
  diagram = createNetworkDiagram(svg, { overlay });
});

afterEach(() => {
  diagram.destroy();
  overlay.remove();
  vi.restoreAllMocks();
});

const show = (network: Network, weightsVersion = 1) =>
  diagram.update({ network, weightsVersion, hoveredNeuron: null });
const edgeCanvas = () => overlay.querySelector<HTMLCanvasElement>('[data-testid="edges-canvas"]');
const strokes = () => contexts.get(edgeCanvas()!)!.strokes;
const svgLines = () => svg.querySelectorAll('[data-testid="edge"]');
const hitLine = (layer: number, from: number, to: number) =>
  svg.querySelector(
    `.network-edge-hit[data-layer="${layer}"][data-from="${from}"][data-to="${to}"]`,
  )!;

/** The weight each stroke stands for, found by the hit line drawn at the same ends. */
function strokedWeights(network: Network) {
  return strokes().map((stroke) => {
    const line = [...svg.querySelectorAll('.network-edge-hit')].find(
      (hit) =>
        Number(hit.getAttribute('x1')) === stroke.from[0] &&
        Number(hit.getAttribute('y1')) === stroke.from[1] &&
        Number(hit.getAttribute('x2')) === stroke.to[0] &&
        Number(hit.getAttribute('y2')) === stroke.to[1],
    )!;
    const [layer, from, to] = ['layer', 'from', 'to'].map((key) =>
      Number(line.getAttribute(`data-${key}`)),
    );
    return { ...stroke, weight: weightOf(network, layer, from, to) };
  });
}

describe('a dense diagram draws its edges on a canvas under the svg', () => {
  it('strokes every edge once, thicker for a larger |weight|, coloured by its sign', () => {
    const network = seededNetwork(DENSE);
    show(network);
    expect(svgLines()).toHaveLength(0);
    const canvas = edgeCanvas()!;
    // Under the svg, which paints over it.
    expect(canvas.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const drawn = strokedWeights(network);
    expect(drawn).toHaveLength(320);
    expect(drawn.length).toBeGreaterThan(DENSE_EDGE_COUNT);
    const largest = Math.max(...drawn.map(({ weight }) => Math.abs(weight)));
    for (const { weight, width, alpha, color } of drawn) {
      expect(color).toBe(weight < 0 ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR);
      expect(width).toBeGreaterThanOrEqual(0.5);
      expect(width).toBeLessThanOrEqual(6);
      expect(alpha).toBeCloseTo(edgeOpacity(Math.abs(weight), largest, true), 1);
    }
    drawn.sort((a, b) => Math.abs(a.weight) - Math.abs(b.weight));
    for (let k = 1; k < drawn.length; k++) {
      expect(drawn[k].width).toBeGreaterThanOrEqual(drawn[k - 1].width);
    }
    expect(drawn[drawn.length - 1].width).toBeGreaterThan(drawn[0].width);
  });

  it('strokes again only when the weights change, and follows them', () => {
    const network = seededNetwork(DENSE);
    show(network, 1);
    const context = contexts.get(edgeCanvas()!)!;
    const clears = context.clears;
    show(network, 1);
    expect(context.clears).toBe(clears);

    for (const w of network.weights) for (let k = 0; k < w.length; k++) w[k] = -w[k];
    show(network, 2);
    expect(context.clears).toBe(clears + 1);
    for (const { weight, color } of strokedWeights(network)) {
      expect(color).toBe(weight < 0 ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR);
    }
  });

  it('rings a hovered edge through its hit line', () => {
    show(seededNetwork(DENSE));
    diagram.setHover({ kind: 'edge', layer: 2, from: 3, to: 5 });
    expect(hitLine(2, 3, 5).classList.contains('is-hovered')).toBe(true);
    expect(svg.querySelector('[data-testid="network-tooltip"]')!.textContent).toContain('W');
    diagram.setHover(null);
    expect(svg.querySelectorAll('.is-hovered')).toHaveLength(0);
  });

  it('writes every edge as a line into the SVG file, and leaves none behind', async () => {
    const network = seededNetwork(DENSE);
    show(network);
    const text = await diagram.svgFile().text();
    // Read as text: jsdom's serializer writes xmlns twice, which its own parser refuses.
    const lines = text.match(/<line class="network-edge"[^>]*>/g) ?? [];
    expect(lines).toHaveLength(320);
    const attribute = (line: string, name: string) =>
      new RegExp(`\\s${name}="([^"]*)"`).exec(line)?.[1] ?? '';
    for (const line of lines) {
      const [layer, from, to] = ['layer', 'from', 'to'].map((key) =>
        Number(attribute(line, `data-${key}`)),
      );
      const weight = weightOf(network, layer, from, to);
      expect(attribute(line, 'stroke')).toBe(
        weight < 0 ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR,
      );
      expect(Number(attribute(line, 'stroke-width'))).toBeGreaterThanOrEqual(0.5);
    }
    expect(svgLines()).toHaveLength(0);
  });

  it('goes back to SVG lines, and clears the canvas, when the diagram is no longer dense', () => {
    show(seededNetwork(DENSE));
    show(seededNetwork([2, 4, 2]));
    expect(svgLines()).toHaveLength(2 * 4 + 4 * 2);
    expect(strokes()).toHaveLength(0);
    diagram.setHover({ kind: 'edge', layer: 1, from: 0, to: 0 });
    expect(svg.querySelector('[data-testid="edge"].is-hovered')).not.toBeNull();
  });

  it("strokes the inspected point's gradients on a canvas of their own, widest the largest", () => {
    const network = seededNetwork(DENSE);
    const gradW = network.weights.map((w) => w.map((_, k) => ((k % 7) - 3) / 10));
    const a = network.layers.map((n) => new Float64Array(n).fill(0.5));
    diagram.update({ network, weightsVersion: 1, hoveredNeuron: null, inspected: { a, gradW } });
    const canvas = overlay.querySelector<HTMLCanvasElement>('[data-testid="gradients-canvas"]')!;
    expect(canvas.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const drawn = contexts.get(canvas)!.strokes;
    // Every weight whose gradient is not 0: (k % 7) - 3 is 0 for one k in seven.
    const nonZero = gradW.reduce((n, g) => n + g.filter((v) => v !== 0).length, 0);
    expect(drawn).toHaveLength(nonZero);
    expect(Math.max(...drawn.map(({ width }) => width))).toBeCloseTo(5);
    expect(Math.min(...drawn.map(({ width }) => width))).toBeCloseTo(5 / 3);
    expect(svg.querySelectorAll('.network-gradient')).toHaveLength(0);

    diagram.update({ network, weightsVersion: 1, hoveredNeuron: null, inspected: null });
    expect(contexts.get(canvas)!.strokes).toHaveLength(0);
  });
});
