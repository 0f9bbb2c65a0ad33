import { nearestPoint, type PlanePosition } from '../../data';
import {
  clientToPlane,
  isOnPlane,
  screenToPlaneDistance,
  type ScreenBox,
} from './planeCoordinates';
import type { PlaneScales } from './planeLayout';

/** How close, on screen, the pointer must be to a point to grab or hover it. */
export const HIT_PIXELS = 8;
/** How close a right-click (or Shift/Alt-click) must be to a point to remove it. */
export const REMOVE_PIXELS = 12;

/** The parts of a pointer or mouse event the handlers read; React's events provide them. */
export interface PlanePointerEvent {
  readonly clientX: number;
  readonly clientY: number;
  readonly button: number;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly currentTarget: Element;
  preventDefault(): void;
}

/** What the gestures change: the points on the plane and which one is hovered. */
export interface PlaneEditor {
  /** The current points; the same array until they change. */
  points(): readonly PlanePosition[];
  hoveredPoint(): number | null;
  /** Adds a point of the selected class at (x, y). */
  addPoint(x: number, y: number): void;
  /** Removes the point nearest to (x, y) within `radius`, if there is one. */
  removeNearestPoint(x: number, y: number, radius: number): void;
  movePoint(index: number, x: number, y: number): void;
  hoverPoint(index: number | null): void;
  /** A drag begins and ends: its moves are one edit (one undo entry). */
  beginDrag?(): void;
  endDrag?(): void;
  /** Inspect is on: a click or Enter on a point inspects it instead of editing the points. */
  inspecting?(): boolean;
  inspectPoint?(index: number): void;
}

/** The parts of a key event on the plane the handlers read. */
export interface PlaneKeyEvent {
  readonly key: string;
  readonly target: EventTarget | null;
  preventDefault(): void;
}

export interface PlanePointerDownEvent extends PlanePointerEvent {
  readonly pointerId: number;
}

export interface PointerHandling {
  onPointerDown(event: PlanePointerDownEvent): void;
  onPointerMove(event: PlanePointerDownEvent): void;
  onPointerUp(event: PlanePointerDownEvent): void;
  onPointerCancel(event: PlanePointerDownEvent): void;
  onPointerLeave(): void;
  onClick(event: PlanePointerEvent): void;
  onContextMenu(event: PlanePointerEvent): void;
  /** Enter on a focused point (see the points layer) inspects it while Inspect is on. */
  onKeyDown(event: PlaneKeyEvent): void;
}

/** The index of the point whose circle is `target` (its `data-index`), or null. */
function pointIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const index = Number(target.getAttribute('data-index') ?? NaN);
  return Number.isInteger(index) && index >= 0 ? index : null;
}

interface Drag {
  readonly index: number;
  readonly pointerId: number;
  /** The points as this drag last left them: if anything else replaces them, the drag ends. */
  points: unknown;
}

/**
 * The plane's pointer gestures, for the svg that covers it: click adds a point of the selected
 * class, right-click or Shift/Alt-click removes the nearest, pressing on a point drags it, and
 * hovering a point marks it hovered. Handlers read the editor when they fire, never a copy.
 */
export function createPointerHandling(editor: PlaneEditor, scales: PlaneScales): PointerHandling {
  let drag: Drag | null = null;
  // A press that grabbed a point ends in a click on the svg: that click must not add a point.
  let pressedOnPoint = false;

  const locate = (event: PlanePointerEvent): { at: PlanePosition; box: ScreenBox } | null => {
    const box = event.currentTarget.getBoundingClientRect();
    const at = clientToPlane(event.clientX, event.clientY, box, scales);
    return at === null ? null : { at, box };
  };

  const pointWithin = (at: PlanePosition, box: ScreenBox, pixels: number) =>
    nearestPoint(editor.points(), at.x, at.y, screenToPlaneDistance(pixels, box, scales));

  const hover = (index: number | null) => {
    if (editor.hoveredPoint() !== index) editor.hoverPoint(index);
  };

  const remove = (event: PlanePointerEvent) => {
    const located = locate(event);
    if (located === null) return;
    const { at, box } = located;
    editor.removeNearestPoint(at.x, at.y, screenToPlaneDistance(REMOVE_PIXELS, box, scales));
  };

  const endDrag = (event: PlanePointerDownEvent) => {
    if (drag === null || drag.pointerId !== event.pointerId) return;
    const target = event.currentTarget;
    if (target.hasPointerCapture?.(event.pointerId)) target.releasePointerCapture(event.pointerId);
    drag = null;
    editor.endDrag?.();
  };

  return {
    onPointerDown(event) {
      pressedOnPoint = false;
      if (event.button !== 0 || event.shiftKey || event.altKey) return;
      const located = locate(event);
      if (located === null) return;
      const index = pointWithin(located.at, located.box, HIT_PIXELS);
      if (index === null) return;
      pressedOnPoint = true;
      if (editor.inspecting?.()) {
        editor.inspectPoint?.(index);
        return hover(index);
      }
      drag = { index, pointerId: event.pointerId, points: editor.points() };
      editor.beginDrag?.();
      event.currentTarget.setPointerCapture?.(event.pointerId);
      hover(index);
    },
    onPointerMove(event) {
      const located = locate(event);
      if (located === null) return;
      if (drag !== null && drag.pointerId === event.pointerId) {
        if (editor.points() !== drag.points) {
          drag = null;
          editor.endDrag?.();
          return;
        }
        editor.movePoint(drag.index, located.at.x, located.at.y);
        drag.points = editor.points();
        hover(drag.index);
        return;
      }
      hover(pointWithin(located.at, located.box, HIT_PIXELS));
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onPointerLeave() {
      if (drag === null) hover(null);
    },
    onClick(event) {
      if (pressedOnPoint) {
        pressedOnPoint = false;
        return;
      }
      if (event.shiftKey || event.altKey) return remove(event);
      const located = locate(event);
      if (located === null || !isOnPlane(located.at, scales)) return;
      editor.addPoint(located.at.x, located.at.y);
    },
    onContextMenu(event) {
      event.preventDefault();
      remove(event);
    },
    onKeyDown(event) {
      if (event.key !== 'Enter' || !editor.inspecting?.()) return;
      const index = pointIndexOf(event.target);
      if (index === null) return;
      event.preventDefault();
      editor.inspectPoint?.(index);
    },
  };
}
