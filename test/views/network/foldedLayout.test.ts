import { describe, expect, it } from 'vitest';
import {
  edgeIndex,
  FOLD_ABOVE,
  FOLD_KEEP,
  layoutNetwork,
  nodeIndex,
} from '../../../src/views/network/layoutNetwork';
import { edgeOpacity } from '../../../src/views/network/edgesLayer';

const SIZE = { width: 560, height: 320 };
const WIDE = [2, 32, 32, 32, 32, 32, 32, 32, 32, 2];

describe('layoutNetwork(layers, size, { fold })', () => {
  it('shows the first and last FOLD_KEEP neurons of a wide layer and an ellipsis between', () => {
    const layout = layoutNetwork([2, 32, 4, 2], SIZE, { fold: true });
    const shown = layout.nodes.filter((n) => n.layer === 1 && n.shown).map((n) => n.index);
    expect(shown).toEqual([0, 1, 2, 29, 30, 31]);
    expect(layout.folded).toEqual([
      { layer: 1, x: layout.columns[1], y: expect.any(Number), hiddenCount: 32 - 2 * FOLD_KEEP },
    ]);
    // The ellipsis sits between the last neuron shown above it and the first shown below it.
    const y = (index: number) => layout.nodes[nodeIndex(layout.layers, 1, index)].y;
    expect(layout.folded[0].y).toBeGreaterThan(y(2));
    expect(layout.folded[0].y).toBeLessThan(y(29));
    // Narrow layers are whole.
    expect(layout.nodes.filter((n) => n.layer === 2).every((n) => n.shown)).toBe(true);
  });

  it('keeps every neuron and edge in place, so indices into nodes and edges still hold', () => {
    const layers = [2, 32, 4, 2];
    const layout = layoutNetwork(layers, SIZE, { fold: true });
    expect(layout.nodes).toHaveLength(2 + 32 + 4 + 2);
    expect(layout.edges).toHaveLength(2 * 32 + 32 * 4 + 4 * 2);
    const edge = layout.edges[edgeIndex(layers, 2, 30, 3)];
    expect([edge.layer, edge.from, edge.to, edge.shown]).toEqual([2, 30, 3, true]);
    expect(layout.edges[edgeIndex(layers, 2, 10, 3)].shown).toBe(false);
    expect(layout.edges[edgeIndex(layers, 1, 0, 10)].shown).toBe(false);
  });

  it('draws an 8x32 network folded with a few hundred edges and neurons large enough to point at', () => {
    const layout = layoutNetwork(WIDE, SIZE, { fold: true });
    const shownEdges = layout.edges.filter((e) => e.shown).length;
    expect(shownEdges).toBe(2 * 6 + 7 * 6 * 6 + 6 * 2);
    expect(layout.edges.length).toBeGreaterThan(7000);
    expect(layout.radius).toBeGreaterThanOrEqual(8);
    expect(layoutNetwork(WIDE, SIZE).radius).toBeLessThan(5);
  });

  it('draws an expanded layer whole and never folds a layer of FOLD_ABOVE or fewer', () => {
    const layout = layoutNetwork([2, 32, 32, 2], SIZE, { fold: true, expanded: new Set([2]) });
    expect(layout.folded.map((f) => f.layer)).toEqual([1]);
    expect(layout.nodes.filter((n) => n.layer === 2).every((n) => n.shown)).toBe(true);
    const atLimit = layoutNetwork([2, FOLD_ABOVE, 2], SIZE, { fold: true });
    expect(atLimit.folded).toEqual([]);
    expect(atLimit.nodes.every((n) => n.shown)).toBe(true);
  });

  it('keeps neurons of neighbouring columns apart on a narrow diagram', () => {
    const layout = layoutNetwork(WIDE, { width: 300, height: 320 }, { fold: true });
    const step = layout.columns[1] - layout.columns[0];
    expect(2 * layout.radius).toBeLessThan(step);
  });
});

describe('edgeOpacity(magnitude, largest, dense)', () => {
  it('is strongest for the largest weight and fades the small ones, most on a dense diagram', () => {
    expect(edgeOpacity(2, 2, true)).toBeCloseTo(0.95, 9);
    expect(edgeOpacity(2, 2, false)).toBeCloseTo(0.95, 9);
    expect(edgeOpacity(0.2, 2, true)).toBeLessThan(0.06);
    expect(edgeOpacity(0.2, 2, false)).toBeGreaterThan(0.3);
    expect(edgeOpacity(1, 2, true)).toBeLessThan(edgeOpacity(1, 2, false));
  });

  it('gives a number for any input: no weights, or ones that are not finite', () => {
    for (const [m, l] of [
      [0, 0],
      [NaN, 1],
      [Infinity, 1],
      [1, NaN],
    ]) {
      expect(Number.isFinite(edgeOpacity(m, l, true))).toBe(true);
    }
  });
});
