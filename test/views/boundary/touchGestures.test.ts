import { describe, expect, it } from 'vitest';
import type { PlanePosition } from '../../../src/data';
import { createPlaneScales, VIEW_SIZE } from '../../../src/views/boundary/planeLayout';
import {
  createPointerHandling,
  type PlaneEditor,
  type PlanePointerDownEvent,
} from '../../../src/views/boundary/pointerHandling';
import { LONG_PRESS_MS, type PressTimers } from '../../../src/views/boundary/touchPress';

const scales = createPlaneScales();
// 400 px square at the origin: one view unit is one pixel.
const BOX = { left: 0, top: 0, width: VIEW_SIZE, height: VIEW_SIZE };
const target = {
  getBoundingClientRect: () => BOX,
  setPointerCapture: () => {},
  hasPointerCapture: () => false,
  releasePointerCapture: () => {},
} as unknown as Element;

/** A finger at plane point (x, y), shifted by (dx, dy) pixels. */
function finger(x: number, y: number, dx = 0, dy = 0, pointerId = 1): PlanePointerDownEvent {
  return {
    clientX: scales.x(x) + dx,
    clientY: scales.y(y) + dy,
    button: 0,
    shiftKey: false,
    altKey: false,
    pointerId,
    pointerType: 'touch',
    currentTarget: target,
    preventDefault: () => {},
  };
}

/** A clock that runs only when told to. */
function fakeTimers() {
  let now = 0;
  let pending: { at: number; callback: () => void } | null = null;
  const timers: PressTimers = {
    set: (callback, delayMs) => (pending = { at: now + delayMs, callback }),
    clear: (handle) => {
      if (handle === pending) pending = null;
    },
  };
  const advance = (ms: number) => {
    now += ms;
    if (pending !== null && pending.at <= now) {
      const { callback } = pending;
      pending = null;
      callback();
    }
  };
  return { timers, advance };
}

function setUp(initial: readonly PlanePosition[] = []) {
  let points = initial;
  const calls: string[] = [];
  const editor: PlaneEditor = {
    points: () => points,
    hoveredPoint: () => null,
    addPoint: (x, y) => {
      calls.push(`add ${x.toFixed(2)} ${y.toFixed(2)}`);
      points = [...points, { x, y }];
    },
    removeNearestPoint: (x, y, radius) => {
      calls.push(`remove ${x.toFixed(2)} ${y.toFixed(2)} within ${radius.toFixed(3)}`);
      points = [];
    },
    movePoint: (index, x, y) => {
      calls.push(`move ${index} ${x.toFixed(2)} ${y.toFixed(2)}`);
      points = points.map((p, i) => (i === index ? { x, y } : p));
    },
    hoverPoint: () => {},
    beginDrag: () => calls.push('begin'),
    endDrag: () => calls.push('end'),
  };
  const clock = fakeTimers();
  const handling = createPointerHandling(editor, scales, { timers: clock.timers });
  /** A tap as the browser sends it: down, up, then the click it derives. */
  const tap = (event: PlanePointerDownEvent) => {
    handling.onPointerDown(event);
    handling.onPointerUp(event);
    handling.onClick(event);
  };
  return { handling, calls, clock, tap };
}

describe('createPointerHandling(editor, scales) by touch', () => {
  it('adds one point where a finger taps, ignoring the click that follows', () => {
    const { calls, tap } = setUp();
    tap(finger(0.3, -0.4));
    expect(calls).toEqual(['add 0.30 -0.40']);
  });

  it('removes the nearest point after a long press, and adds nothing on lift', () => {
    const { handling, calls, clock } = setUp();
    const down = finger(0.5, 0.5);
    handling.onPointerDown(down);
    clock.advance(LONG_PRESS_MS - 1);
    expect(calls).toEqual([]);
    // A finger trembling within the slop still holds.
    handling.onPointerMove(finger(0.5, 0.5, 4, -3));
    clock.advance(1);
    // 28 px, where the plane's 2.4 units span 348 px: 0.193 plane units.
    expect(calls).toEqual(['remove 0.50 0.50 within 0.193']);
    handling.onPointerUp(down);
    handling.onClick(down);
    handling.onContextMenu(down);
    expect(calls).toHaveLength(1);
  });

  it('a press that moves is neither a tap nor a long press', () => {
    const { handling, calls, clock } = setUp();
    handling.onPointerDown(finger(0, 0));
    handling.onPointerMove(finger(0, 0, 30, 0));
    clock.advance(LONG_PRESS_MS * 2);
    handling.onPointerUp(finger(0, 0, 30, 0));
    expect(calls).toEqual([]);
  });

  it('a second finger cancels the first one’s tap and long press', () => {
    const { handling, calls, clock } = setUp();
    handling.onPointerDown(finger(0, 0));
    handling.onPointerDown(finger(0.5, 0.5, 0, 0, 2));
    clock.advance(LONG_PRESS_MS * 2);
    handling.onPointerUp(finger(0.5, 0.5, 0, 0, 2));
    handling.onPointerUp(finger(0, 0));
    expect(calls).toEqual([]);
  });

  it('drags a point a finger lands near, once the finger leaves the slop', () => {
    const { handling, calls, clock } = setUp([{ x: -0.5, y: 0.5 }]);
    // 15 px away: beyond a mouse's reach, within a finger's.
    handling.onPointerDown(finger(-0.5, 0.5, 15, 0));
    handling.onPointerMove(finger(-0.5, 0.5, 18, 2));
    expect(calls).toEqual(['begin']);
    handling.onPointerMove(finger(0.2, 0.1));
    clock.advance(LONG_PRESS_MS * 2);
    handling.onPointerUp(finger(0.2, 0.1));
    expect(calls).toEqual(['begin', 'move 0 0.20 0.10', 'end']);
  });

  it('a long press on a point ends its drag and removes it', () => {
    const { handling, calls, clock } = setUp([{ x: 0, y: 0 }]);
    handling.onPointerDown(finger(0, 0));
    clock.advance(LONG_PRESS_MS);
    handling.onPointerUp(finger(0, 0));
    expect(calls).toEqual(['begin', 'end', 'remove 0.00 0.00 within 0.193']);
  });

  it('a tap on a point adds none', () => {
    const { calls, tap } = setUp([{ x: 0, y: 0 }]);
    tap(finger(0, 0, 5, 5));
    expect(calls).toEqual(['begin', 'end']);
  });

  it('a mouse after a finger clicks as a mouse does', () => {
    const { handling, calls, tap } = setUp();
    tap(finger(0.1, 0.1));
    const mouse = { ...finger(-0.1, -0.1), pointerType: 'mouse' };
    handling.onPointerDown(mouse);
    handling.onPointerUp(mouse);
    handling.onClick(mouse);
    expect(calls).toEqual(['add 0.10 0.10', 'add -0.10 -0.10']);
  });
});
