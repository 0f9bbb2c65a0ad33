/**
 * The square of the plane that the views show and points may be placed in. The post's datasets
 * lie within [-1, 1]^2; the margin leaves room to see the boundary beyond them.
 */
export const PLANE_MIN = -1.2;
export const PLANE_MAX = 1.2;

/** Generated datasets keep their points just inside [-1, 1]^2, so none sits on its edge. */
export const DATASET_EXTENT = 0.98;

/** The two coordinates every point has, in the order the network reads them. */
export const INPUT_NAMES: readonly string[] = ['x', 'y'];

/** Anything with a place on the plane. */
export interface PlanePosition {
  readonly x: number;
  readonly y: number;
}

export function clampToPlane(value: number): number {
  return Math.min(PLANE_MAX, Math.max(PLANE_MIN, value));
}
