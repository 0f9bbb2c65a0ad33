import { describe, expect, it } from 'vitest';
import type { LabelledPoint } from '../../../src/engine';
import {
  createPlaneKeyboard,
  type KeyboardPlaneEditor,
  type PlaneCursorKeyEvent,
} from '../../../src/views/boundary/planeKeyboard';

const plane = {} as EventTarget;

/** A key pressed on the plane itself (or, with `target`, on something inside it). */
function press(key: string, more: Partial<PlaneCursorKeyEvent> = {}) {
  let prevented = false;
  const event: PlaneCursorKeyEvent = {
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: plane,
    currentTarget: plane,
    preventDefault: () => (prevented = true),
    ...more,
  };
  return { event, prevented: () => prevented };
}

/** An editor over an array of points, as the store keeps them. */
function fakeEditor(initial: readonly LabelledPoint[], maxPoints = Infinity) {
  let points = initial;
  let inspecting = false;
  const inspected: number[] = [];
  const editor: KeyboardPlaneEditor = {
    points: () => points,
    selectedClass: () => 2,
    addPoint(x, y) {
      if (points.length < maxPoints) points = [...points, { x, y, label: 2 }];
    },
    removeNearestPoint(x, y, radius) {
      let best = -1;
      let bestD = radius * radius;
      points.forEach((p, i) => {
        const d = (p.x - x) ** 2 + (p.y - y) ** 2;
        if (d <= bestD) [best, bestD] = [i, d];
      });
      if (best < 0) return false;
      points = points.filter((_, i) => i !== best);
      return true;
    },
    inspecting: () => inspecting,
    inspectPoint: (index) => inspected.push(index),
  };
  return {
    editor,
    points: () => points,
    inspected,
    setInspecting: (on: boolean) => (inspecting = on),
  };
}

function setUp(points: readonly LabelledPoint[] = [], maxPoints?: number) {
  const fake = fakeEditor(points, maxPoints);
  const drawn: string[] = [];
  const cursor = {
    show: ({ x, y }: { x: number; y: number }) => drawn.push(`show ${x} ${y}`),
    hide: () => drawn.push('hide'),
  };
  const said: string[] = [];
  const keyboard = createPlaneKeyboard(fake.editor, cursor, (text) => said.push(text));
  return { ...fake, keyboard, drawn, said };
}

describe('createPlaneKeyboard(editor, cursor, announce)', () => {
  it('moves the cursor with the arrow keys, draws it and says where it is', () => {
    const { keyboard, drawn, said } = setUp();
    const right = press('ArrowRight');
    for (let i = 0; i < 5; i++) keyboard.onKeyDown(right.event);
    const down = press('ArrowDown', { shiftKey: true });
    keyboard.onKeyDown(down.event);
    expect(right.prevented()).toBe(true);
    expect(down.prevented()).toBe(true);
    expect(keyboard.position()).toEqual({ x: 0.25, y: -0.2 });
    expect(drawn.at(-1)).toBe('show 0.25 -0.2');
    expect(said.at(-1)).toBe('cursor at x 0.25, y -0.20');
  });

  it('places a point of the selected class at the cursor on Enter', () => {
    const { keyboard, points, said } = setUp();
    keyboard.onKeyDown(press('ArrowLeft').event);
    keyboard.onKeyDown(press('ArrowUp', { shiftKey: true }).event);
    const enter = press('Enter');
    keyboard.onKeyDown(enter.event);
    expect(enter.prevented()).toBe(true);
    expect(points()).toEqual([{ x: -0.05, y: 0.2, label: 2 }]);
    expect(said.at(-1)).toBe('placed a class 2 point at x -0.05, y 0.20');
  });

  it('says nothing of a point the editor refused', () => {
    const { keyboard, points, said } = setUp([{ x: 1, y: 1, label: 0 }], 1);
    keyboard.onKeyDown(press('Enter').event);
    expect(points()).toHaveLength(1);
    expect(said).toEqual([]);
  });

  it('removes the point nearest the cursor on Delete or Backspace, however far', () => {
    const far = { x: 1, y: 1, label: 0 };
    const near = { x: 0.3, y: 0, label: 1 };
    const { keyboard, points, said } = setUp([far, near]);
    keyboard.onKeyDown(press('Delete').event);
    expect(points()).toEqual([far]);
    expect(said.at(-1)).toBe('removed the class 1 point at x 0.30, y 0.00');
    keyboard.onKeyDown(press('Backspace').event);
    expect(points()).toEqual([]);
    keyboard.onKeyDown(press('Delete').event);
    expect(said.at(-1)).toBe('no points to remove');
  });

  it('says when the cursor is on a point', () => {
    const { keyboard, said } = setUp([{ x: 0.05, y: 0, label: 1 }]);
    keyboard.onKeyDown(press('ArrowRight').event);
    expect(said.at(-1)).toBe('cursor at x 0.05, y 0.00, on a class 1 point');
  });

  it('inspects the point under the cursor on Enter while Inspect is on', () => {
    const { keyboard, points, inspected, setInspecting } = setUp([{ x: 0, y: 0, label: 0 }]);
    setInspecting(true);
    keyboard.onKeyDown(press('Enter').event);
    expect(inspected).toEqual([0]);
    expect(points()).toHaveLength(1);
    // Away from any point, Enter places one as usual.
    keyboard.onKeyDown(press('ArrowRight', { shiftKey: true }).event);
    keyboard.onKeyDown(press('Enter').event);
    expect(points()).toHaveLength(2);
  });

  it('leaves keys on a focused point, with modifiers, and other keys alone', () => {
    const { keyboard, points, drawn } = setUp([{ x: 0, y: 0, label: 0 }]);
    const onPoint = press('Enter', { target: {} as EventTarget });
    const altArrow = press('ArrowLeft', { altKey: true });
    const letter = press('x');
    for (const { event } of [onPoint, altArrow, letter, press('Delete', { ctrlKey: true })]) {
      keyboard.onKeyDown(event);
    }
    expect(points()).toHaveLength(1);
    expect(keyboard.position()).toEqual({ x: 0, y: 0 });
    expect([onPoint, altArrow, letter].some((p) => p.prevented())).toBe(false);
    expect(drawn).toEqual([]);
  });

  it('shows the cursor when focused by keyboard, not by a click, and hides it on blur', () => {
    const { keyboard, drawn, said } = setUp();
    keyboard.onFocus(false);
    expect(drawn).toEqual([]);
    keyboard.onFocus(true);
    keyboard.onBlur();
    expect(drawn).toEqual(['show 0 0', 'hide']);
    expect(said).toEqual(['cursor at x 0.00, y 0.00']);
  });
});
