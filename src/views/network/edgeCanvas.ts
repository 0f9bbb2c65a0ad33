import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';
import type { EdgePosition } from './layoutNetwork';

/** How each edge is drawn, by position in the layout's edges; see `EdgesLayer.paint`. */
export interface EdgeStrokes {
  /** Stroke width in viewBox units. */
  readonly widths: Float32Array;
  /** Stroke opacity, 0 to 1. */
  readonly opacities: Float32Array;
  /** 1 for a negative weight, else 0. */
  readonly negative: Uint8Array;
}

export interface EdgeCanvas {
  readonly element: HTMLCanvasElement;
  /** Draws from now on in a viewBox of `width` x `height` units, which the canvas's box shows. */
  setViewBox(width: number, height: number): void;
  /** Clears the canvas and strokes every shown edge of `edges` as `strokes` say, in order. */
  draw(edges: readonly EdgePosition[], strokes: EdgeStrokes): void;
  /** Shows or hides the canvas (hidden, it keeps its pixels but is not drawn). */
  setShown(shown: boolean): void;
  destroy(): void;
}

/**
 * A canvas laid exactly over the box of the svg it is put before in `host`, under the svg, where a
 * dense diagram's edges are stroked: a few thousand lines cost the browser far less as strokes on
 * one canvas than as SVG elements whose attributes change every frame. The backing store follows
 * the box's size in device pixels; a resize redraws the last edges.
 */
export function createEdgeCanvas(host: HTMLElement, svg: SVGSVGElement): EdgeCanvas {
  const document = host.ownerDocument;
  const canvas = document.createElement('canvas');
  canvas.className = 'network-edges-canvas';
  canvas.dataset.testid = 'edges-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  host.insertBefore(canvas, svg.parentNode === host ? svg : host.firstChild);
  const context = canvas.getContext('2d');
  let viewBox = { width: 1, height: 1 };
  let box = { width: 0, height: 0 };
  let last: { edges: readonly EdgePosition[]; strokes: EdgeStrokes } | null = null;

  const draw = (edges: readonly EdgePosition[], strokes: EdgeStrokes) => {
    last = { edges, strokes };
    if (context === null) return;
    const ratio = document.defaultView?.devicePixelRatio ?? 1;
    const width = Math.max(1, Math.round(box.width * ratio));
    const height = Math.max(1, Math.round(box.height * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(width / viewBox.width, 0, 0, height / viewBox.height, 0, 0);
    let sign = -1;
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k];
      if (!edge.shown) continue;
      if (strokes.negative[k] !== sign) {
        sign = strokes.negative[k];
        context.strokeStyle = sign ? NEGATIVE_WEIGHT_COLOR : POSITIVE_WEIGHT_COLOR;
      }
      context.globalAlpha = strokes.opacities[k];
      context.lineWidth = strokes.widths[k];
      context.beginPath();
      context.moveTo(edge.x1, edge.y1);
      context.lineTo(edge.x2, edge.y2);
      context.stroke();
    }
  };
  const redraw = () => {
    if (last !== null) draw(last.edges, last.strokes);
  };

  // The box in CSS pixels; before the first observation (or without an observer, as in jsdom),
  // one pixel a viewBox unit.
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          const { width, height } = entry.contentRect;
          if (width === box.width && height === box.height) return;
          box = { width, height };
          redraw();
        });
  observer?.observe(canvas);

  return {
    element: canvas,
    setViewBox(width, height) {
      viewBox = { width, height };
      if (box.width === 0) box = { width, height };
    },
    draw,
    setShown(shown) {
      canvas.hidden = !shown;
      if (!shown) last = null;
    },
    destroy() {
      observer?.disconnect();
      canvas.remove();
      last = null;
    },
  };
}
