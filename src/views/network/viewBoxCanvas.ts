/** A canvas laid exactly over the box of the diagram's svg, drawn in the svg's viewBox units. */
export interface ViewBoxCanvas {
  readonly element: HTMLCanvasElement;
  /** Null where the page has no 2-D context (as in jsdom without a stub). */
  readonly context: CanvasRenderingContext2D | null;
  /** Device pixels a viewBox unit, across and down; the backing store matches the box. */
  readonly scale: { readonly x: number; readonly y: number };
  /** The backing store's size in device pixels. */
  readonly pixels: { readonly width: number; readonly height: number };
  /** The viewBox is `width` x `height` units from now on; resizes the backing store to match. */
  setViewBox(width: number, height: number): void;
  destroy(): void;
}

/**
 * A canvas in `host` (before `before`, when it is a child of `host`, else last), whose CSS box is
 * the host's and whose backing store follows that box in device pixels; `onResize` is called
 * after the backing store changed size (its pixels are then cleared). Before the box is first
 * measured, or where there is no ResizeObserver, it is one pixel a viewBox unit.
 *
 * Given `resizeBackingStore`, the canvas is to be drawn elsewhere (handed to a worker): it gets no
 * context here, and sizes go to that function instead of to the canvas.
 */
export function createViewBoxCanvas(
  host: HTMLElement,
  className: string,
  onResize: () => void,
  before: Node | null = null,
  resizeBackingStore?: (width: number, height: number) => void,
): ViewBoxCanvas {
  const document = host.ownerDocument;
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.setAttribute('aria-hidden', 'true');
  host.insertBefore(canvas, before?.parentNode === host ? before : null);
  const context = resizeBackingStore ? null : canvas.getContext('2d');
  let viewBox = { width: 1, height: 1 };
  let box: { width: number; height: number } | null = null;
  const scale = { x: 1, y: 1 };
  const backing = { width: canvas.width, height: canvas.height };

  /** Sizes the backing store to the box; true when it changed. */
  const fit = () => {
    const ratio = document.defaultView?.devicePixelRatio ?? 1;
    const { width: boxWidth, height: boxHeight } = box ?? viewBox;
    const width = Math.max(1, Math.round(boxWidth * ratio));
    const height = Math.max(1, Math.round(boxHeight * ratio));
    scale.x = width / viewBox.width;
    scale.y = height / viewBox.height;
    if (backing.width === width && backing.height === height) return false;
    backing.width = width;
    backing.height = height;
    if (resizeBackingStore) resizeBackingStore(width, height);
    else {
      canvas.width = width;
      canvas.height = height;
    }
    return true;
  };

  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          const { width, height } = entry.contentRect;
          if (width === box?.width && height === box.height) return;
          box = { width, height };
          if (fit()) onResize();
        });
  observer?.observe(canvas);

  return {
    element: canvas,
    context,
    scale,
    pixels: backing,
    setViewBox(width, height) {
      viewBox = { width, height };
      fit();
    },
    destroy() {
      observer?.disconnect();
      canvas.remove();
    },
  };
}
