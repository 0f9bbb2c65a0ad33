import type { EdgeTarget } from './diagramTarget';
import { edgeIndex } from './layoutNetwork';

/**
 * The edge a key moves the keyboard's pick to, in the diagram's edge order (layer by layer, by
 * receiving then sending neuron): arrows to the next or previous edge, Page Up/Down to the first
 * edge of the previous or next layer, Home and End to the first and last edge. Null for a key
 * that picks no edge; the first edge when nothing was picked yet.
 */
export function stepEdge(
  layers: readonly number[],
  current: EdgeTarget | null,
  key: string,
): EdgeTarget | null {
  const starts: number[] = [0];
  for (let l = 1; l < layers.length; l++) starts.push(starts[l - 1] + layers[l] * layers[l - 1]);
  const total = starts[starts.length - 1];
  if (total === 0) return null;
  const at = current === null ? -1 : edgeIndex(layers, current.layer, current.from, current.to);
  const layerOf = (k: number) =>
    starts.findIndex((start, l) => k >= start && k < starts[l + 1]) + 1;
  let next: number;
  if (at < 0) {
    if (!KEYS.has(key)) return null;
    next = 0;
  } else if (key === 'ArrowDown' || key === 'ArrowRight') next = Math.min(total - 1, at + 1);
  else if (key === 'ArrowUp' || key === 'ArrowLeft') next = Math.max(0, at - 1);
  else if (key === 'PageDown') next = starts[Math.min(layers.length - 2, layerOf(at))];
  else if (key === 'PageUp') next = starts[Math.max(0, layerOf(at) - 2)];
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = total - 1;
  else return null;
  const layer = layerOf(next);
  const within = next - starts[layer - 1];
  const nPrevious = layers[layer - 1];
  return { kind: 'edge', layer, to: Math.floor(within / nPrevious), from: within % nPrevious };
}

const KEYS = new Set([
  'ArrowDown',
  'ArrowRight',
  'ArrowUp',
  'ArrowLeft',
  'PageDown',
  'PageUp',
  'Home',
  'End',
]);
