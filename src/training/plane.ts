/**
 * The square of the plane that the views show and points may be placed in. The post's datasets
 * lie within [-1, 1]^2; the margin leaves room to see the boundary beyond them.
 */
export const PLANE_MIN = -1.2;
export const PLANE_MAX = 1.2;

export function clampToPlane(value: number): number {
  return Math.min(PLANE_MAX, Math.max(PLANE_MIN, value));
}
