import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/views/network/labelsLayer';
import { layoutNetwork } from '../../../src/views/network/layoutNetwork';

const SIZE = { width: 560, height: 320 };

describe('layoutLabels(layout)', () => {
  it('captions each column and names the inputs and the classes', () => {
    const labels = layoutLabels(layoutNetwork([2, 4, 3], SIZE));
    const texts = (kind: string) => labels.filter((l) => l.kind === kind).map((l) => l.text);
    expect(texts('caption')).toEqual(['input', 'layer 1', 'layer 2']);
    expect(texts('input')).toEqual(['x', 'y']);
    expect(texts('class')).toEqual(['class 0', 'class 1', 'class 2']);
  });

  it('names the inputs by the names given, such as the features', () => {
    const labels = layoutLabels(layoutNetwork([3, 2], SIZE), ['x²', 'xy', 'sin πy']);
    expect(labels.filter((l) => l.kind === 'input').map((l) => l.text)).toEqual([
      'x²',
      'xy',
      'sin πy',
    ]);
    // An input without a name is still labelled.
    const short = layoutLabels(layoutNetwork([2, 2], SIZE), ['x²']);
    expect(short.filter((l) => l.kind === 'input').map((l) => l.text)).toEqual(['x²', 'input 2']);
  });

  it('puts input names left of their neuron and class names right of theirs', () => {
    const layout = layoutNetwork([2, 3], SIZE);
    const labels = layoutLabels(layout);
    for (const node of layout.nodes) {
      const kind = node.layer === 0 ? 'input' : 'class';
      const label = labels.find((l) => l.key === `${kind}:${node.index}`)!;
      expect(label.y).toBe(node.y);
      if (kind === 'input') expect(label.x).toBeLessThan(node.x - layout.radius);
      else expect(label.x).toBeGreaterThan(node.x + layout.radius);
    }
  });
});
