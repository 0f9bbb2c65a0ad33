import { samplesFromPoints, type FeatureName, type LabelledPoint, type Samples } from '../engine';

/** The largest share of the points that may be held out for testing. */
export const MAX_TEST_SHARE = 0.9;

const GOLDEN_RATIO_FRACTION = (Math.sqrt(5) - 1) / 2;

/**
 * Whether point `index` is held out when `share` of the points are. The fractional parts of
 * index * golden ratio are spread evenly over [0, 1), so any run of points (and each class of a
 * dataset whose labels take turns) loses close to `share` of its points, and a point keeps its
 * role while points are added after it.
 */
export function isHeldOut(index: number, share: number): boolean {
  return (index * GOLDEN_RATIO_FRACTION) % 1 < share;
}

export interface PointSplit {
  readonly train: Samples;
  readonly test: Samples;
  /** 1 for a held-out point, by index of the points. */
  readonly heldOut: Uint8Array;
}

/** The points as training and test samples of `features`. */
export function splitPoints(
  points: readonly LabelledPoint[],
  features: readonly FeatureName[],
  testShare: number,
): PointSplit {
  const heldOut = new Uint8Array(points.length);
  const train: LabelledPoint[] = [];
  const test: LabelledPoint[] = [];
  points.forEach((point, i) => {
    heldOut[i] = isHeldOut(i, testShare) ? 1 : 0;
    (heldOut[i] ? test : train).push(point);
  });
  return {
    train: samplesFromPoints(train, features),
    test: samplesFromPoints(test, features),
    heldOut,
  };
}
