import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../../src/views/network/networkTooltip';
import { biasLabel, weightLabel } from '../../../src/views/network/parameterLabels';
import { handNetwork } from './handNetwork';

describe('describeTarget(target, network)', () => {
  it('gives the weight of an edge in the post notation', () => {
    const network = handNetwork();
    expect(describeTarget({ kind: 'edge', layer: 1, from: 1, to: 2 }, network)).toBe(
      weightLabel(1, 2, 1, -0.6),
    );
    expect(describeTarget({ kind: 'edge', layer: 2, from: 0, to: 0 }, network)).toBe(
      'W^2_(1,1) = \u22120.900',
    );
  });

  it('gives the bias of a hidden or output neuron and the name of an input', () => {
    const network = handNetwork();
    expect(describeTarget({ kind: 'neuron', layer: 2, index: 1 }, network)).toBe(
      biasLabel(2, 1, 0.45),
    );
    expect(describeTarget({ kind: 'neuron', layer: 0, index: 0 }, network)).toBe('input x');
  });

  it('names an input by the names given', () => {
    const network = handNetwork();
    const target = { kind: 'neuron', layer: 0, index: 1 } as const;
    expect(describeTarget(target, network, ['x²', 'sin πy'])).toBe('input sin πy');
  });

  it('is empty for a target the network does not have', () => {
    const network = handNetwork();
    expect(describeTarget({ kind: 'edge', layer: 3, from: 0, to: 0 }, network)).toBe('');
    expect(describeTarget({ kind: 'edge', layer: 1, from: 2, to: 0 }, network)).toBe('');
    expect(describeTarget({ kind: 'neuron', layer: 1, index: 3 }, network)).toBe('');
  });
});
