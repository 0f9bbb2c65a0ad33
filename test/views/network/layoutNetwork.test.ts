import { describe, expect, it } from 'vitest';
import {
  edgeIndex,
  edgeWeightIndex,
  layoutNetwork,
  nodeIndex,
  sameLayers,
} from '../../../src/views/network/layoutNetwork';
import { seededNetwork, weightOf } from './handNetwork';

const SIZE = { width: 560, height: 320 };
const ARCHITECTURES: number[][] = [
  [2, 4, 4, 2],
  [2, 2],
  [2, 1, 8],
  [2, 32, 32, 32, 32, 32, 32, 32, 32, 8],
];

const weightCount = (layers: number[]) =>
  layers.slice(1).reduce((sum, n, l) => sum + n * layers[l], 0);

describe('layoutNetwork(layers, size)', () => {
  it.each(ARCHITECTURES)('places one node per neuron and one edge per weight: %j', (...layers) => {
    const layout = layoutNetwork(layers, SIZE);
    expect(layout.nodes).toHaveLength(layers.reduce((a, b) => a + b, 0));
    expect(layout.edges).toHaveLength(weightCount(layers));
  });

  it.each(ARCHITECTURES)('puts the layers in columns from left to right: %j', (...layers) => {
    const layout = layoutNetwork(layers, SIZE);
    for (let l = 1; l < layers.length; l++) {
      expect(layout.columns[l]).toBeGreaterThan(layout.columns[l - 1]);
    }
    for (const node of layout.nodes) expect(node.x).toBe(layout.columns[node.layer]);
  });

  it.each(ARCHITECTURES)('keeps every neuron whole inside the size: %j', (...layers) => {
    const { nodes, radius } = layoutNetwork(layers, SIZE);
    expect(radius).toBeGreaterThan(1);
    for (const { x, y } of nodes) {
      expect(x - radius).toBeGreaterThanOrEqual(0);
      expect(x + radius).toBeLessThanOrEqual(SIZE.width);
      expect(y - radius).toBeGreaterThanOrEqual(0);
      expect(y + radius).toBeLessThanOrEqual(SIZE.height);
    }
  });

  it.each(ARCHITECTURES)('keeps neurons of one layer from overlapping: %j', (...layers) => {
    const { nodes, radius } = layoutNetwork(layers, SIZE);
    for (let k = 1; k < nodes.length; k++) {
      if (nodes[k].layer !== nodes[k - 1].layer) continue;
      expect(nodes[k].y - nodes[k - 1].y).toBeGreaterThan(2 * radius);
    }
  });

  it('centres every column on the same height, top to bottom in index order', () => {
    const layers = [2, 5, 1, 3];
    const { nodes } = layoutNetwork(layers, SIZE);
    const centres = layers.map((_, l) => {
      const ys = nodes.filter((node) => node.layer === l).map((node) => node.y);
      for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
      return (Math.min(...ys) + Math.max(...ys)) / 2;
    });
    for (const centre of centres) expect(centre).toBeCloseTo(centres[0], 9);
  });

  it('joins the neurons each weight connects, edges in the order of W^l row by row', () => {
    const layers = [2, 3, 2];
    const { nodes, edges } = layoutNetwork(layers, SIZE);
    const node = (layer: number, index: number) =>
      nodes.find((n) => n.layer === layer && n.index === index)!;
    let k = 0;
    for (let l = 1; l < layers.length; l++) {
      for (let to = 0; to < layers[l]; to++) {
        for (let from = 0; from < layers[l - 1]; from++, k++) {
          const edge = edges[k];
          expect([edge.layer, edge.from, edge.to]).toEqual([l, from, to]);
          expect([edge.x1, edge.y1]).toEqual([node(l - 1, from).x, node(l - 1, from).y]);
          expect([edge.x2, edge.y2]).toEqual([node(l, to).x, node(l, to).y]);
        }
      }
    }
  });

  it('refuses a network of fewer than two layers or an empty layer', () => {
    expect(() => layoutNetwork([2], SIZE)).toThrow(RangeError);
    expect(() => layoutNetwork([2, 0, 2], SIZE)).toThrow(RangeError);
  });
});

describe('edgeWeightIndex(layers, layer, from, to)', () => {
  it.each(ARCHITECTURES)('finds the weight each edge of the layout carries: %j', (...layers) => {
    const network = seededNetwork(layers);
    for (const { layer, from, to, weightIndex } of layoutNetwork(layers, SIZE).edges) {
      expect(edgeWeightIndex(layers, layer, from, to)).toBe(weightIndex);
      expect(network.weights[layer - 1][weightIndex]).toBe(weightOf(network, layer, from, to));
    }
  });

  it('gives every weight of a layer to exactly one edge', () => {
    const layers = [3, 4, 2];
    const { edges } = layoutNetwork(layers, SIZE);
    for (let l = 1; l < layers.length; l++) {
      const indices = edges.filter((e) => e.layer === l).map((e) => e.weightIndex);
      expect(indices.sort((a, b) => a - b)).toEqual([...Array(layers[l] * layers[l - 1]).keys()]);
    }
  });

  it('is -1 for an edge the architecture does not have', () => {
    const layers = [2, 3, 2];
    expect(edgeWeightIndex(layers, 0, 0, 0)).toBe(-1);
    expect(edgeWeightIndex(layers, 3, 0, 0)).toBe(-1);
    expect(edgeWeightIndex(layers, 1, 2, 0)).toBe(-1);
    expect(edgeWeightIndex(layers, 1, 0, 3)).toBe(-1);
    expect(edgeWeightIndex(layers, 2, -1, 0)).toBe(-1);
    expect(edgeWeightIndex(layers, Number.NaN, 0, 0)).toBe(-1);
  });
});

describe('edgeIndex(layers, layer, from, to) and nodeIndex(layers, layer, index)', () => {
  it.each(ARCHITECTURES)('find each edge and node of the layout: %j', (...layers) => {
    const { edges, nodes } = layoutNetwork(layers, SIZE);
    edges.forEach(({ layer, from, to }, k) => expect(edgeIndex(layers, layer, from, to)).toBe(k));
    nodes.forEach(({ layer, index }, n) => expect(nodeIndex(layers, layer, index)).toBe(n));
  });

  it('are -1 outside the architecture', () => {
    const layers = [2, 3, 2];
    expect(edgeIndex(layers, 2, 3, 0)).toBe(-1);
    expect(edgeIndex(layers, 3, 0, 0)).toBe(-1);
    expect(nodeIndex(layers, 1, 3)).toBe(-1);
    expect(nodeIndex(layers, 3, 0)).toBe(-1);
    expect(nodeIndex(layers, -1, 0)).toBe(-1);
  });
});

describe('sameLayers(a, b)', () => {
  it('compares layer sizes, not array identity', () => {
    expect(sameLayers([2, 4, 2], [2, 4, 2])).toBe(true);
    expect(sameLayers([2, 4, 2], [2, 3, 2])).toBe(false);
    expect(sameLayers([2, 4, 2], [2, 4, 4, 2])).toBe(false);
  });
});
