import { format } from 'd3';
import { INPUT_NAMES } from '../../data';

const threeSignificantDigits = format('.3g');

// Neuron subscripts count from 1 as in the post (W^2_11 is the first row's first weight);
// layers count from 0 at the input, so W^l and b^l match the engine's layer numbers.

/** `W^l_(i,j)`: the name of the weight from neuron j of layer l-1 to neuron i of layer l. */
export function weightName(layer: number, to: number, from: number): string {
  return `W^${layer}_(${to + 1},${from + 1})`;
}

/** `W^l_(i,j) = value`: the weight from neuron j of layer l-1 to neuron i of layer l. */
export function weightLabel(layer: number, to: number, from: number, value: number): string {
  return `${weightName(layer, to, from)} = ${threeSignificantDigits(value)}`;
}

/** `b^l_i = value`: the bias of neuron i of layer l. */
export function biasLabel(layer: number, index: number, value: number): string {
  return `b^${layer}_${index + 1} = ${threeSignificantDigits(value)}`;
}

/** The name of an input neuron: the feature it carries, from `names` (by default x and y). */
export function inputName(index: number, names: readonly string[] = INPUT_NAMES): string {
  return names[index] ?? `input ${index + 1}`;
}

export function className(index: number): string {
  return `class ${index}`;
}
