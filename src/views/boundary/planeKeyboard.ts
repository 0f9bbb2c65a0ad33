import { nearestPoint, type PlanePosition } from '../../data';
import type { LabelledPoint } from '../../engine';
import { CURSOR_START, CURSOR_STEP, describePosition, moveCursor } from './cursorPosition';
import type { CursorLayer } from './cursorLayer';

/** What the plane's keys change: the points, placed with the selected class. */
export interface KeyboardPlaneEditor {
  points(): readonly LabelledPoint[];
  selectedClass(): number;
  addPoint(x: number, y: number): void;
  /** Removes the point nearest to (x, y) within `radius`; whether one was. */
  removeNearestPoint(x: number, y: number, radius: number): boolean;
  /** Inspect is on: Enter on a point under the cursor inspects it instead of adding one. */
  inspecting?(): boolean;
  inspectPoint?(index: number): void;
}

/** The parts of a key event on the plane the keyboard reads. */
export interface PlaneCursorKeyEvent {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
  readonly currentTarget: EventTarget | null;
  preventDefault(): void;
}

export interface PlaneKeyboard {
  onKeyDown(event: PlaneCursorKeyEvent): void;
  /** The plane took the focus; `byKeyboard` shows the cursor at once (a click does not). */
  onFocus(byKeyboard: boolean): void;
  onBlur(): void;
  /** Where the cursor is, in plane units. */
  position(): PlanePosition;
}

/** A point this close to the cursor (plane units) is "under" it. */
const UNDER_CURSOR = CURSOR_STEP;

const classOf = (point: LabelledPoint) => `class ${point.label}`;

/**
 * The plane by keyboard: arrow keys move a cursor (Shift for big steps), Enter places a point of
 * the selected class under it, Delete or Backspace removes the point nearest to it. Every move and
 * edit is said through `announce`, for a polite live region.
 */
export function createPlaneKeyboard(
  editor: KeyboardPlaneEditor,
  cursor: Pick<CursorLayer, 'show' | 'hide'>,
  announce: (text: string) => void,
): PlaneKeyboard {
  let at = CURSOR_START;

  const pointUnder = () => nearestPoint(editor.points(), at.x, at.y, UNDER_CURSOR);

  const describeCursor = () => {
    const under = pointUnder();
    const point = under === null ? undefined : editor.points()[under];
    const on = point === undefined ? '' : `, on a ${classOf(point)} point`;
    return `cursor at ${describePosition(at)}${on}`;
  };

  const show = () => {
    cursor.show(at);
    announce(describeCursor());
  };

  const place = () => {
    const under = pointUnder();
    if (editor.inspecting?.() && under !== null && editor.inspectPoint) {
      editor.inspectPoint(under);
      return announce(`inspecting the point at ${describePosition(editor.points()[under])}`);
    }
    const before = editor.points().length;
    editor.addPoint(at.x, at.y);
    // A refused point (too many) is explained by the store's notice, not here.
    if (editor.points().length > before) {
      announce(`placed a class ${editor.selectedClass()} point at ${describePosition(at)}`);
    }
  };

  const remove = () => {
    const points = editor.points();
    const nearest = nearestPoint(points, at.x, at.y, Infinity);
    if (nearest === null) return announce('no points to remove');
    const point = points[nearest];
    if (editor.removeNearestPoint(at.x, at.y, Infinity)) {
      announce(`removed the ${classOf(point)} point at ${describePosition(point)}`);
    }
  };

  return {
    onKeyDown(event) {
      // Keys pressed on a focused point belong to the point; Alt+arrow is the browser's.
      if (event.target !== event.currentTarget) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const moved = moveCursor(at, event.key, event.shiftKey);
      if (moved !== null) {
        event.preventDefault();
        at = moved;
        return show();
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        cursor.show(at);
        return place();
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        cursor.show(at);
        return remove();
      }
    },
    onFocus(byKeyboard) {
      if (byKeyboard) show();
    },
    onBlur() {
      cursor.hide();
    },
    position: () => at,
  };
}
