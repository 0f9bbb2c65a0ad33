import { PAINTER_SHARE } from '../frameBudget';
import type { EdgePosition } from './layoutNetwork';
import type { LinesMessage } from './linesWorker';
import { clearLines, strokeLines, type LineStrokes, type PackedLines } from './strokeLines';
import { createViewBoxCanvas, type ViewBoxCanvas } from './viewBoxCanvas';

/** How each edge is stroked, by its position in the layout's edges; one not shown has width 0. */
export type EdgeStrokes = LineStrokes;

export interface LinesCanvasOptions {
  readonly className: string;
  readonly testId: string;
  readonly lineCap?: CanvasLineCap;
}

export interface LinesCanvas {
  readonly element: HTMLCanvasElement;
  /** Draws from now on in a viewBox of `width` x `height` units, which the canvas's box shows. */
  setViewBox(width: number, height: number): void;
  /** Clears the canvas and strokes every shown edge of `edges` as `strokes` say, in order. */
  draw(edges: readonly EdgePosition[], strokes: EdgeStrokes): void;
  /** Clears the canvas. */
  clear(): void;
  /** A new canvas, the size of this one's backing store, with the lines drawn now on it. */
  snapshot(): HTMLCanvasElement;
  destroy(): void;
}

/** Where a LinesCanvas draws: its canvas in the page, or a worker it handed the canvas to. */
interface LinesSurface extends Pick<ViewBoxCanvas, 'element' | 'scale' | 'pixels'> {
  setViewBox(width: number, height: number): void;
  draw(lines: PackedLines | null): void;
  destroy(): void;
}

type SurfaceMaker = (
  host: HTMLElement,
  svg: SVGSVGElement,
  options: Required<LinesCanvasOptions>,
  onResize: () => void,
  onFailure: () => void,
) => LinesSurface;

const pageSurface: SurfaceMaker = (host, svg, { className, lineCap }, onResize) => {
  const surface = createViewBoxCanvas(host, className, onResize, svg);
  const { context, scale } = surface;
  return {
    ...surface,
    draw(lines) {
      if (context === null) return;
      if (lines === null) clearLines(context);
      else strokeLines(context, lines, scale, lineCap);
    },
  };
};

/**
 * A canvas drawn by a worker of its own. Stroking a few thousand lines rasters on the thread that
 * strokes them, several milliseconds a frame on a dense diagram; in a worker that time leaves the
 * page's thread, and the canvas shows each drawing as soon as the worker has made it. One drawing
 * is in flight at a time: lines given meanwhile wait, and only the latest is drawn, so a worker
 * slower than the page skips drawings instead of falling ever further behind. The worker paces
 * itself as a painter of the page does, to its share of the time: on a machine with few cores
 * it shares them with the page and the browser's compositor.
 */
const workerSurface: SurfaceMaker = (host, svg, { className, lineCap }, onResize, onFailure) => {
  const worker = new Worker(new URL('./linesWorker.ts', import.meta.url), { type: 'module' });
  const post = (message: LinesMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  const surface = createViewBoxCanvas(host, className, onResize, svg, (width, height) =>
    post({ type: 'size', width, height }),
  );
  const offscreen = surface.element.transferControlToOffscreen();
  post({ type: 'canvas', canvas: offscreen, lineCap }, [offscreen]);
  let drawing = false;
  let waiting: { lines: PackedLines | null } | null = null;
  let sentEnds: Float64Array | null = null;
  let sentAt = 0;
  let nextAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = (lines: PackedLines | null) => {
    if (lines === null) return post({ type: 'clear' });
    drawing = true;
    sentAt = performance.now();
    // The ends change only with the layout: they are posted then, and kept by the worker.
    const { ends, ...strokes } = lines;
    post({
      type: 'draw',
      strokes,
      ends: ends === sentEnds ? null : ends,
      scale: { ...surface.scale },
    });
    sentEnds = ends;
  };
  const sendWaiting = () => {
    if (drawing || waiting === null) return;
    const wait = nextAt - performance.now();
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = null;
        sendWaiting();
      }, wait);
      return;
    }
    const { lines } = waiting;
    waiting = null;
    send(lines);
  };
  worker.addEventListener('message', () => {
    drawing = false;
    nextAt = sentAt + (performance.now() - sentAt) / PAINTER_SHARE;
    sendWaiting();
  });
  worker.addEventListener('error', onFailure);
  return {
    ...surface,
    draw(lines) {
      waiting = { lines };
      sendWaiting();
    },
    destroy() {
      if (timer !== null) clearTimeout(timer);
      worker.terminate();
      surface.destroy();
    },
  };
};

const canDrawInWorker = () =>
  typeof Worker === 'function' &&
  typeof HTMLCanvasElement !== 'undefined' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype;

/**
 * A canvas under `svg` in `host`, over the same box, where a dense diagram strokes one line per
 * edge: a few thousand lines cost the browser far less as strokes on one canvas than as SVG
 * elements whose attributes change every frame. Drawn by a worker where the browser can hand a
 * canvas to one, else in the page; if the worker fails, the page takes over. A resize draws the
 * last lines again.
 */
export function createLinesCanvas(
  host: HTMLElement,
  svg: SVGSVGElement,
  { className, testId, lineCap = 'butt' }: LinesCanvasOptions,
): LinesCanvas {
  const options = { className, testId, lineCap };
  let viewBox: { width: number; height: number } | null = null;
  let last: PackedLines | null = null;
  let endsOf: readonly EdgePosition[] | null = null;
  let ends = new Float64Array(0);

  const redraw = () => surface.draw(last);
  const open = (make: SurfaceMaker) => {
    const opened = make(host, svg, options, redraw, fallBack);
    opened.element.dataset.testid = testId;
    if (viewBox !== null) opened.setViewBox(viewBox.width, viewBox.height);
    return opened;
  };
  const fallBack = () => {
    surface.destroy();
    surface = open(pageSurface);
    redraw();
  };
  let surface = open(canDrawInWorker() ? workerSurface : pageSurface);

  const packEnds = (edges: readonly EdgePosition[]) => {
    if (edges === endsOf) return ends;
    endsOf = edges;
    ends = new Float64Array(edges.length * 4);
    edges.forEach(({ x1, y1, x2, y2 }, k) => ends.set([x1, y1, x2, y2], 4 * k));
    return ends;
  };

  return {
    get element() {
      return surface.element;
    },
    setViewBox(width, height) {
      viewBox = { width, height };
      surface.setViewBox(width, height);
    },
    draw(edges, strokes) {
      last = { ...strokes, ends: packEnds(edges) };
      redraw();
    },
    clear() {
      last = null;
      redraw();
    },
    snapshot() {
      const copy = host.ownerDocument.createElement('canvas');
      copy.width = surface.pixels.width;
      copy.height = surface.pixels.height;
      const context = copy.getContext('2d');
      if (context !== null && last !== null) strokeLines(context, last, surface.scale, lineCap);
      return copy;
    },
    destroy() {
      surface.destroy();
    },
  };
}
