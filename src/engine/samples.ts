import { DEFAULT_FEATURES, writeFeatures, type FeatureName } from './features';

/**
 * Labelled examples in flat typed arrays: `inputs` holds `count` points of `inputSize` values
 * each, point after point; `labels[p]` is the class index of point p.
 */
export interface Samples {
  readonly inputSize: number;
  readonly count: number;
  readonly inputs: Float64Array;
  readonly labels: Uint8Array;
}

export interface LabelledPoint {
  readonly x: number;
  readonly y: number;
  readonly label: number;
}

/**
 * The points as samples whose inputs are `features` of each point, in the order given (normally
 * the canonical one, see `normalizeFeatures`): by default x and y themselves.
 */
export function samplesFromPoints(
  points: readonly LabelledPoint[],
  features: readonly FeatureName[] = DEFAULT_FEATURES,
): Samples {
  const inputSize = features.length;
  const inputs = new Float64Array(points.length * inputSize);
  const labels = new Uint8Array(points.length);
  points.forEach((point, p) => {
    writeFeatures(point.x, point.y, features, inputs, p * inputSize);
    labels[p] = point.label;
  });
  return { inputSize, count: points.length, inputs, labels };
}
