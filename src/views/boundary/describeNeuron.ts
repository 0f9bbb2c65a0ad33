import {
  DEFAULT_FEATURES,
  type ActivationName,
  type FeatureName,
  type NeuronRef,
} from '../../engine';
import { inputLabel } from '../../data';

/**
 * What the heatmap shows while `neuron` is hovered, in words: the caption under the plot and the
 * canvas's accessible name. Layers are numbered as in the post (0 input, L output); neurons from 1.
 * An input neuron is named by the feature it carries, from `features`.
 */
export function describeNeuron(
  neuron: NeuronRef,
  layers: readonly number[],
  activation: ActivationName,
  features: readonly FeatureName[] = DEFAULT_FEATURES,
): string {
  const last = layers.length - 1;
  if (neuron.layer === 0) {
    return (
      `Showing input ${inputLabel(features, neuron.index)} over the plane: ` +
      'blue below 0, orange above'
    );
  }
  if (neuron.layer === last) {
    return `Showing output neuron ${neuron.index + 1}: the probability of class ${neuron.index}`;
  }
  const centre = activation === 'sigmoid' ? '0.5' : '0';
  return (
    `Showing neuron ${neuron.index + 1} of hidden layer ${neuron.layer} (${activation}): ` +
    `blue below ${centre}, orange above`
  );
}

/**
 * The heatmap's accessible name when it shows the class probabilities, or only the most probable
 * class of each cell when `discretize`.
 */
export function describeClassHeatmap(classCount: number, discretize = false): string {
  if (discretize) {
    return (
      `The most probable class over the plane, in the colours of the ${classCount} classes ` +
      '(discretized: no shading for certainty)'
    );
  }
  return classCount === 2
    ? 'Heatmap of the probability of class 1 over the plane: blue for class 0, red for class 1, ' +
        'pale where the network is unsure'
    : `Heatmap of the predicted class over the plane, in the colours of the ${classCount} ` +
        'classes, pale where the network is unsure';
}
