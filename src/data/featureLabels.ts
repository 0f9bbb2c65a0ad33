import type { FeatureName } from '../engine';

/** How a feature is written for people: the `Features` checkboxes' names. */
export const FEATURE_LABELS: Readonly<Record<FeatureName, string>> = {
  x: 'x',
  y: 'y',
  x2: 'x²',
  y2: 'y²',
  xy: 'xy',
  sinx: 'sin πx',
  siny: 'sin πy',
};

/** The label of input neuron `index` of a network taking `features`, or `input n` past them. */
export function inputLabel(features: readonly FeatureName[], index: number): string {
  const name = features[index];
  return name === undefined ? `input ${index + 1}` : FEATURE_LABELS[name];
}

/** The names of the input neurons of a network given `features`, in the same order. */
export function featureLabels(features: readonly FeatureName[]): string[] {
  return features.map((name) => FEATURE_LABELS[name]);
}
