import { nearestPoint, type PlanePosition } from '../../data';
import {
  clientToPlane,
  isOnPlane,
  screenToPlaneDistance,
  type ScreenBox,
} from './planeCoordinates';
import type { PlaneScales } from './planeLayout';
import { startTouchPress, WINDOW_TIMERS, type PressTimers, type TouchPress } from './touchPress';

/** How close, on screen, the pointer must be to a point to grab or hover it. */
export const HIT_PIXELS = 8;
/** How close a right-click (or Shift/Alt-click) must be to a point to remove it. */
export const REMOVE_PIXELS = 12;
/** A finger is wider than a mouse pointer: the radius within which a touch grabs a point. */
export const TOUCH_HIT_PIXELS = 22;
/** How close a long press must be to a point to remove it. */
export const TOUCH_REMOVE_PIXELS = 28;

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
  /** 'mouse', 'pen' or 'touch'; a missing type is taken for a mouse. */
  readonly pointerType?: string;
}

export interface PointerHandling {
  onPointerDown(event: PlanePointerDownEvent): void;
  onPointerMove(event: PlanePointerDownEvent): void;
  onPointerUp(event: PlanePointerDownEvent): void;
  onPointerCancel(event: PlanePointerDownEvent): void;
  onPointerLeave(event?: { readonly pointerType?: string }): void;
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

export interface PointerHandlingOptions {
  /** The long press's clock; the window's timers by default. */
  readonly timers?: PressTimers;
}

/**
 * The plane's pointer gestures, for the svg that covers it: click adds a point of the selected
 * class, right-click or Shift/Alt-click removes the nearest, pressing on a point drags it, and
 * hovering a point marks it hovered. By touch: a tap adds a point (a tap on a point shows it), a
 * long press removes the nearest, and dragging a point moves it. Handlers read the editor when
 * they fire, never a copy.
 */
export function createPointerHandling(
  editor: PlaneEditor,
  scales: PlaneScales,
  { timers = WINDOW_TIMERS }: PointerHandlingOptions = {},
): PointerHandling {
  let drag: Drag | null = null;
  // A press that grabbed a point ends in a click on the svg: that click must not add a point.
  let pressedOnPoint = false;
  // The finger on the plane; a touch's taps are handled on lift, so its click is ignored.
  let touch: TouchPress | null = null;
  let lastPressWasTouch = false;

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

  /** A long press: the finger held still, so the nearest point goes (a drag it began ends). */
  const hold = ({ at, box }: { at: PlanePosition; box: ScreenBox }) => {
    if (drag !== null) {
      drag = null;
      editor.endDrag?.();
    }
    hover(null);
    editor.removeNearestPoint(at.x, at.y, screenToPlaneDistance(TOUCH_REMOVE_PIXELS, box, scales));
  };

  /** A finger lifted: a tap away from any point adds one there. */
  const lift = (event: PlanePointerDownEvent, press: TouchPress) => {
    const tapped = press.isTap() && !pressedOnPoint;
    press.cancel();
    touch = null;
    endDrag(event);
    if (!tapped) return;
    const located = locate(event);
    if (located !== null && isOnPlane(located.at, scales)) {
      editor.addPoint(located.at.x, located.at.y);
    }
  };

  return {
    onPointerDown(event) {
      pressedOnPoint = false;
      const byTouch = event.pointerType === 'touch';
      lastPressWasTouch = byTouch;
      if (byTouch && touch !== null) {
        // A second finger: the gesture is neither a tap nor a long press.
        return touch.cancel();
      }
      if (event.button !== 0 || event.shiftKey || event.altKey) return;
      const located = locate(event);
      if (located === null) return;
      if (byTouch) {
        touch = startTouchPress(
          event.pointerId,
          event.clientX,
          event.clientY,
          () => hold(located),
          timers,
        );
      }
      const index = pointWithin(located.at, located.box, byTouch ? TOUCH_HIT_PIXELS : HIT_PIXELS);
      if (index === null) return byTouch ? hover(null) : undefined;
      pressedOnPoint = true;
      if (editor.inspecting?.()) {
        touch?.cancel();
        editor.inspectPoint?.(index);
        return hover(index);
      }
      drag = { index, pointerId: event.pointerId, points: editor.points() };
      editor.beginDrag?.();
      event.currentTarget.setPointerCapture?.(event.pointerId);
      hover(index);
    },
    onPointerMove(event) {
      const byTouch = event.pointerType === 'touch';
      if (byTouch && touch !== null && touch.pointerId === event.pointerId) {
        touch.move(event.clientX, event.clientY);
        // Within the slop the finger may be holding still for a long press: nothing moves yet.
        if (!touch.moved) return;
      }
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
      // A finger hovers nothing: it shows a point by tapping it.
      if (!byTouch) hover(pointWithin(located.at, located.box, HIT_PIXELS));
    },
    onPointerUp(event) {
      if (touch !== null && touch.pointerId === event.pointerId) return lift(event, touch);
      endDrag(event);
    },
    onPointerCancel(event) {
      if (touch !== null && touch.pointerId === event.pointerId) {
        touch.cancel();
        touch = null;
      }
      endDrag(event);
    },
    onPointerLeave(event) {
      // A lifted finger leaves the plane: the point it tapped stays shown.
      if (drag === null && event?.pointerType !== 'touch') hover(null);
    },
    onClick(event) {
      if (pressedOnPoint || lastPressWasTouch) {
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
      // A finger's long press is handled by its timer; the browser's menu for it is not wanted.
      if (!lastPressWasTouch) remove(event);
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
