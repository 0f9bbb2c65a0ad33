import type { PlanePosition } from '../../data';
import type { PlaneScales } from './planeLayout';
import { VIEW_SIZE } from './planeLayout';

/** Where the svg sits on screen: the parts of a DOMRect the conversions need. */
export interface ScreenBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The plane coordinates under a pointer at (clientX, clientY), for an svg of viewBox
 * VIEW_SIZE x VIEW_SIZE drawn in `box`. Null when the box has no size (not laid out).
 */
export function clientToPlane(
  clientX: number,
  clientY: number,
  box: ScreenBox,
  scales: PlaneScales,
): PlanePosition | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const viewX = ((clientX - box.left) / box.width) * VIEW_SIZE;
  const viewY = ((clientY - box.top) / box.height) * VIEW_SIZE;
  return { x: scales.x.invert(viewX), y: scales.y.invert(viewY) };
}

/** A length of `screenPixels` on screen, in plane units, for hit radii that feel the same at any size. */
export function screenToPlaneDistance(
  screenPixels: number,
  box: ScreenBox,
  scales: PlaneScales,
): number {
  const viewUnits = (screenPixels / box.width) * VIEW_SIZE;
  const [d0, d1] = scales.x.domain();
  const [r0, r1] = scales.x.range();
  return (viewUnits * (d1 - d0)) / (r1 - r0);
}

/** Whether a position lies on the plane's square (the axes around it take no points). */
export function isOnPlane(position: PlanePosition, scales: PlaneScales): boolean {
  const [min, max] = scales.x.domain();
  return position.x >= min && position.x <= max && position.y >= min && position.y <= max;
}
