import type { ActivationName } from '../engine';
import { ACTIVATION_LABELS } from './ArchitectureControl';

/** How many points each class has, classes 0..classCount-1. */
export function countPointsByClass(
  points: readonly { readonly label: number }[],
  classCount: number,
): number[] {
  const counts = new Array<number>(classCount).fill(0);
  for (const { label } of points) {
    if (label >= 0 && label < classCount) counts[label]++;
  }
  return counts;
}

const listed = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The decision boundary in words, for those who cannot see it: how many points of each class
 * there are and the share of them the network classifies correctly (a whole percent).
 */
export function describeBoundary(counts: readonly number[], accuracy: number): string {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'No points yet: click the plane, or use a dataset, to place some.';
  const perClass = counts.map((n, k) => `${n} of class ${k}`);
  const share = Number.isFinite(accuracy)
    ? Math.round(Math.min(1, Math.max(0, accuracy)) * 100)
    : 0;
  return `${plural(total, 'point')}: ${listed(perClass)}. Accuracy ${share}%.`;
}

/** The network's shape in words, e.g. "2-4-4-2 network, ReLU: 2 inputs, hidden layers of 4 and 4, 2 outputs". */
export function describeNetwork(layers: readonly number[], activation: ActivationName): string {
  if (layers.length < 2) return 'No network.';
  const hidden = layers.slice(1, -1);
  const parts = [
    plural(layers[0], 'input'),
    hidden.length === 0
      ? 'no hidden layer'
      : hidden.length === 1
        ? `one hidden layer of ${plural(hidden[0], 'neuron')}`
        : `hidden layers of ${listed(hidden.map(String))} neurons`,
    plural(layers.at(-1)!, 'output'),
  ];
  return `${layers.join('-')} network, ${ACTIVATION_LABELS[activation]}: ${parts.join(', ')}.`;
}
