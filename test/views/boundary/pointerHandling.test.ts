import { describe, expect, it } from 'vitest';
import type { PlanePosition } from '../../../src/data';
import { createPlaneScales, VIEW_SIZE } from '../../../src/views/boundary/planeLayout';
import {
  createPointerHandling,
  type PlaneEditor,
  type PlanePointerDownEvent,
} from '../../../src/views/boundary/pointerHandling';

const scales = createPlaneScales();
// 400 px square at the origin: one view unit is one pixel.
const BOX = { left: 0, top: 0, width: VIEW_SIZE, height: VIEW_SIZE };
const target = {
  getBoundingClientRect: () => BOX,
  setPointerCapture: () => {},
  hasPointerCapture: () => false,
  releasePointerCapture: () => {},
} as unknown as Element;

/** A pointer event at plane point (x, y), shifted by (dx, dy) pixels. */
function at(x: number, y: number, more: Partial<PlanePointerDownEvent> = {}) {
  let prevented = false;
  const event: PlanePointerDownEvent = {
    clientX: scales.x(x),
    clientY: scales.y(y),
    button: 0,
    shiftKey: false,
    altKey: false,
    pointerId: 1,
    currentTarget: target,
    preventDefault: () => (prevented = true),
    ...more,
  };
  return { event, prevented: () => prevented };
}

/** An editor over an array of points, logging every change it is asked for. */
function fakeEditor(initial: readonly PlanePosition[]) {
  let points = initial;
  let hovered: number | null = null;
  const calls: string[] = [];
  const editor: PlaneEditor = {
    points: () => points,
    hoveredPoint: () => hovered,
    addPoint: (x, y) => {
      calls.push(`add ${x.toFixed(2)} ${y.toFixed(2)}`);
      points = [...points, { x, y }];
    },
    removeNearestPoint: (x, y) => calls.push(`remove ${x.toFixed(2)} ${y.toFixed(2)}`),
    movePoint: (index, x, y) => {
      calls.push(`move ${index} ${x.toFixed(2)} ${y.toFixed(2)}`);
      points = points.map((p, i) => (i === index ? { x, y } : p));
    },
    hoverPoint: (index) => {
      calls.push(`hover ${index}`);
      hovered = index;
    },
  };
  return {
    editor,
    calls,
    replacePoints: (next: PlanePosition[]) => (points = next),
  };
}

const POINTS = [
  { x: -0.5, y: 0.5 },
  { x: 0.5, y: -0.5 },
];

describe('createPointerHandling(editor, scales)', () => {
  it('adds a point where the plane is clicked, and none on the axes', () => {
    const { editor, calls } = fakeEditor(POINTS);
    const handling = createPointerHandling(editor, scales);
    handling.onClick(at(0.3, 0.2).event);
    handling.onClick(at(-1.25, 0).event);
    expect(calls).toEqual(['add 0.30 0.20']);
  });

  it('removes on right-click (without the menu) and on Shift- or Alt-click', () => {
    const { editor, calls } = fakeEditor(POINTS);
    const handling = createPointerHandling(editor, scales);
    const menu = at(0.5, -0.5);
    handling.onContextMenu(menu.event);
    expect(menu.prevented()).toBe(true);
    handling.onClick(at(-0.5, 0.5, { shiftKey: true }).event);
    handling.onClick(at(0, 0, { altKey: true }).event);
    expect(calls).toEqual(['remove 0.50 -0.50', 'remove -0.50 0.50', 'remove 0.00 0.00']);
  });

  it('drags a pressed point, hovering it, and adds none on the click that ends the drag', () => {
    const { editor, calls } = fakeEditor(POINTS);
    const handling = createPointerHandling(editor, scales);
    handling.onPointerDown(at(0.5, -0.5, { clientX: scales.x(0.5) + 3 }).event);
    handling.onPointerMove(at(0.2, 0.1).event);
    handling.onPointerUp(at(0.2, 0.1).event);
    handling.onClick(at(0.2, 0.1).event);
    expect(calls).toEqual(['hover 1', 'move 1 0.20 0.10']);
    handling.onPointerLeave();
    expect(calls.at(-1)).toBe('hover null');
  });

  it('ends a drag whose points were replaced by someone else', () => {
    const { editor, calls, replacePoints } = fakeEditor(POINTS);
    const handling = createPointerHandling(editor, scales);
    handling.onPointerDown(at(-0.5, 0.5).event);
    replacePoints([{ x: 0, y: 0 }]);
    handling.onPointerMove(at(0.1, 0.1).event);
    handling.onPointerMove(at(0.1, 0.1).event);
    expect(calls.filter((call) => call.startsWith('move'))).toEqual([]);
  });

  it('hovers the point under the pointer, telling the editor only of changes', () => {
    const { editor, calls } = fakeEditor(POINTS);
    const handling = createPointerHandling(editor, scales);
    handling.onPointerMove(at(-0.5, 0.5, { clientY: scales.y(0.5) - 4 }).event);
    handling.onPointerMove(at(-0.5, 0.5).event);
    handling.onPointerMove(at(0, 0).event);
    expect(calls).toEqual(['hover 0', 'hover null']);
  });
});
