import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { createCursorLayer } from './cursorLayer';
import type { PlaneScales } from './planeLayout';
import { createPlaneKeyboard, type KeyboardPlaneEditor, type PlaneKeyboard } from './planeKeyboard';

/** Whether `element` shows its focus ring, i.e. it was focused from the keyboard. */
function focusIsVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // An engine that does not know the selector: wait for the first key instead.
    return false;
  }
}

/**
 * The plane's keyboard cursor for the view's shell: refs for the svg group it is drawn in and the
 * polite status it is announced in, and the focus and key handlers for the plane's svg.
 * `editor` and `scales` should keep their identity: a new one draws a new cursor.
 */
export function usePlaneKeyboard(editor: KeyboardPlaneEditor, scales: PlaneScales) {
  const cursorRef = useRef<SVGGElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const keyboardRef = useRef<PlaneKeyboard | null>(null);

  useEffect(() => {
    const group = cursorRef.current;
    if (group === null) return;
    const layer = createCursorLayer(group, scales);
    keyboardRef.current = createPlaneKeyboard(editor, layer, (text) => {
      if (statusRef.current !== null) statusRef.current.textContent = text;
    });
    return () => {
      keyboardRef.current = null;
      layer.destroy();
    };
  }, [editor, scales]);

  return {
    cursorRef,
    statusRef,
    onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
      keyboardRef.current?.onKeyDown(event);
    },
    onFocus(event: FocusEvent<SVGSVGElement>) {
      if (event.target !== event.currentTarget) return;
      keyboardRef.current?.onFocus(focusIsVisible(event.currentTarget));
    },
    onBlur(event: FocusEvent<SVGSVGElement>) {
      if (event.target !== event.currentTarget) return;
      keyboardRef.current?.onBlur();
      if (statusRef.current !== null) statusRef.current.textContent = '';
    },
  };
}
