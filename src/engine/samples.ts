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

export function samplesFromPoints(points: readonly LabelledPoint[]): Samples {
  const inputs = new Float64Array(points.length * 2);
  const labels = new Uint8Array(points.length);
  points.forEach((point, p) => {
    inputs[2 * p] = point.x;
    inputs[2 * p + 1] = point.y;
    labels[p] = point.label;
  });
  return { inputSize: 2, count: points.length, inputs, labels };
}
