import { describe, expect, it } from 'vitest';
import { PLANE_MAX, PLANE_MIN } from '../../../src/data';
import {
  clientToPlane,
  isOnPlane,
  screenToPlaneDistance,
} from '../../../src/views/boundary/planeCoordinates';
import { createPlaneScales, PLOT, VIEW_SIZE } from '../../../src/views/boundary/planeLayout';

const scales = createPlaneScales();
// The svg drawn at twice its logical size, 100 px from the left and 50 px from the top.
const box = { left: 100, top: 50, width: 2 * VIEW_SIZE, height: 2 * VIEW_SIZE };

describe('clientToPlane(clientX, clientY, box, scales)', () => {
  it('maps the corners of the plot to the corners of the plane, y upwards', () => {
    const topLeft = clientToPlane(100 + 2 * PLOT.left, 50 + 2 * PLOT.top, box, scales);
    expect(topLeft?.x).toBeCloseTo(PLANE_MIN, 9);
    expect(topLeft?.y).toBeCloseTo(PLANE_MAX, 9);
    const right = 2 * (PLOT.left + PLOT.width);
    const bottom = 2 * (PLOT.top + PLOT.height);
    const bottomRight = clientToPlane(100 + right, 50 + bottom, box, scales);
    expect(bottomRight?.x).toBeCloseTo(PLANE_MAX, 9);
    expect(bottomRight?.y).toBeCloseTo(PLANE_MIN, 9);
  });

  it('inverts the scales: a point drawn at (x, y) is found at (x, y)', () => {
    const clientX = box.left + (scales.x(0.3) / VIEW_SIZE) * box.width;
    const clientY = box.top + (scales.y(-0.7) / VIEW_SIZE) * box.height;
    const at = clientToPlane(clientX, clientY, box, scales);
    expect(at?.x).toBeCloseTo(0.3, 9);
    expect(at?.y).toBeCloseTo(-0.7, 9);
  });

  it('is null for an svg that has not been laid out', () => {
    expect(clientToPlane(10, 10, { left: 0, top: 0, width: 0, height: 0 }, scales)).toBeNull();
  });
});

describe('screenToPlaneDistance(screenPixels, box, scales)', () => {
  it('spans the whole plane over the plot width, and shrinks as the view grows', () => {
    const plotPixels = (PLOT.width / VIEW_SIZE) * box.width;
    expect(screenToPlaneDistance(plotPixels, box, scales)).toBeCloseTo(PLANE_MAX - PLANE_MIN, 9);
    const wider = { ...box, width: 2 * box.width };
    expect(screenToPlaneDistance(8, wider, scales)).toBeCloseTo(
      screenToPlaneDistance(8, box, scales) / 2,
      12,
    );
  });
});

describe('isOnPlane(position, scales)', () => {
  it('accepts the plane square, edges included, and nothing outside', () => {
    expect(isOnPlane({ x: 0, y: 0 }, scales)).toBe(true);
    expect(isOnPlane({ x: PLANE_MIN, y: PLANE_MAX }, scales)).toBe(true);
    expect(isOnPlane({ x: PLANE_MIN - 0.01, y: 0 }, scales)).toBe(false);
    expect(isOnPlane({ x: 0, y: PLANE_MAX + 0.01 }, scales)).toBe(false);
  });
});
