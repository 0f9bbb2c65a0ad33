import { scaleLinear, type ScaleLinear } from 'd3';
import { PLANE_MAX, PLANE_MIN } from '../../data';

/** The svg's logical size (its viewBox); CSS scales the whole view to its container. */
export const VIEW_SIZE = 400;
// Left + right equals top + bottom, so the plot is square like the plane.
export const MARGIN = { top: 12, right: 12, bottom: 40, left: 40 } as const;

/** The square where the plane is drawn, in view units. */
export const PLOT = {
  left: MARGIN.left,
  top: MARGIN.top,
  width: VIEW_SIZE - MARGIN.left - MARGIN.right,
  height: VIEW_SIZE - MARGIN.top - MARGIN.bottom,
} as const;

export interface PlaneScales {
  /** Plane x to view x. */
  readonly x: ScaleLinear<number, number>;
  /** Plane y to view y (up is positive in the plane, down in the view). */
  readonly y: ScaleLinear<number, number>;
}

export function createPlaneScales(): PlaneScales {
  return {
    x: scaleLinear()
      .domain([PLANE_MIN, PLANE_MAX])
      .range([PLOT.left, PLOT.left + PLOT.width]),
    y: scaleLinear()
      .domain([PLANE_MIN, PLANE_MAX])
      .range([PLOT.top + PLOT.height, PLOT.top]),
  };
}

/** A view-unit length as a percentage of the view, for placing HTML over the svg. */
export function percentOfView(viewUnits: number): string {
  return `${(viewUnits / VIEW_SIZE) * 100}%`;
}
