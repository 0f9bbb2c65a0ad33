import { describe, expect, it } from 'vitest';
import { stepEdge } from '../../../src/views/network/edgeKeys';

const edge = (layer: number, to: number, from: number) => ({
  kind: 'edge' as const,
  layer,
  to,
  from,
});
const layers = [2, 3, 2];

describe('stepEdge(layers, current, key)', () => {
  it('starts at the first edge and walks the edges in order with the arrows', () => {
    expect(stepEdge(layers, null, 'ArrowDown')).toEqual(edge(1, 0, 0));
    expect(stepEdge(layers, edge(1, 0, 0), 'ArrowDown')).toEqual(edge(1, 0, 1));
    expect(stepEdge(layers, edge(1, 0, 1), 'ArrowRight')).toEqual(edge(1, 1, 0));
    expect(stepEdge(layers, edge(1, 2, 1), 'ArrowDown')).toEqual(edge(2, 0, 0));
    expect(stepEdge(layers, edge(2, 0, 0), 'ArrowUp')).toEqual(edge(1, 2, 1));
    expect(stepEdge(layers, edge(1, 0, 0), 'ArrowLeft')).toEqual(edge(1, 0, 0));
    expect(stepEdge(layers, edge(2, 1, 2), 'ArrowDown')).toEqual(edge(2, 1, 2));
  });

  it('jumps between layers with Page Up/Down, and to the ends with Home and End', () => {
    expect(stepEdge(layers, edge(1, 1, 1), 'PageDown')).toEqual(edge(2, 0, 0));
    expect(stepEdge(layers, edge(2, 1, 1), 'PageDown')).toEqual(edge(2, 0, 0));
    expect(stepEdge(layers, edge(2, 1, 1), 'PageUp')).toEqual(edge(1, 0, 0));
    expect(stepEdge(layers, edge(1, 1, 1), 'End')).toEqual(edge(2, 1, 2));
    expect(stepEdge(layers, edge(2, 1, 1), 'Home')).toEqual(edge(1, 0, 0));
  });

  it('picks nothing for other keys', () => {
    expect(stepEdge(layers, null, 'a')).toBeNull();
    expect(stepEdge(layers, edge(1, 0, 0), 'Tab')).toBeNull();
  });
});
