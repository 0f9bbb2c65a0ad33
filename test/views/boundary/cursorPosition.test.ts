import { describe, expect, it } from 'vitest';
import { PLANE_MAX, PLANE_MIN } from '../../../src/data';
import {
  describePosition,
  formatCoordinate,
  moveCursor,
} from '../../../src/views/boundary/cursorPosition';

describe('moveCursor(position, key, large)', () => {
  it('moves 0.05 per arrow, up being positive y, and 0.2 with Shift', () => {
    const start = { x: 0, y: 0 };
    expect(moveCursor(start, 'ArrowRight', false)).toEqual({ x: 0.05, y: 0 });
    expect(moveCursor(start, 'ArrowLeft', false)).toEqual({ x: -0.05, y: 0 });
    expect(moveCursor(start, 'ArrowUp', false)).toEqual({ x: 0, y: 0.05 });
    expect(moveCursor(start, 'ArrowDown', true)).toEqual({ x: 0, y: -0.2 });
  });

  it('lands on whole hundredths however many steps it takes', () => {
    let at = { x: 0, y: 0 };
    for (let i = 0; i < 7; i++) at = moveCursor(at, 'ArrowRight', false)!;
    // Seven additions of 0.05 in floating point give 0.35000000000000003.
    expect(at.x).toBe(0.35);
  });

  it('stays on the plane', () => {
    let at = { x: 0, y: 0 };
    for (let i = 0; i < 20; i++) at = moveCursor(at, 'ArrowUp', true)!;
    expect(at.y).toBe(PLANE_MAX);
    for (let i = 0; i < 20; i++) at = moveCursor(at, 'ArrowLeft', true)!;
    expect(at.x).toBe(PLANE_MIN);
  });

  it('returns null for keys that are not arrows', () => {
    expect(moveCursor({ x: 0, y: 0 }, 'Enter', false)).toBeNull();
    expect(moveCursor({ x: 0, y: 0 }, 'a', true)).toBeNull();
  });
});

describe('describePosition(position)', () => {
  it('says both coordinates with two decimals, never -0.00', () => {
    expect(describePosition({ x: 0.25, y: -0.1 })).toBe('x 0.25, y -0.10');
    expect(formatCoordinate(-0.001)).toBe('0.00');
    expect(formatCoordinate(-0)).toBe('0.00');
  });
});
