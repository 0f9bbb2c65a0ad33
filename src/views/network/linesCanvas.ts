import type { EdgePosition } from './layoutNetwork';
import { createViewBoxCanvas } from './viewBoxCanvas';

/** How each edge is stroked, by its position in the layout's edges. */
export interface EdgeStrokes {
  /** Stroke width in viewBox units; an edge of width 0 is not drawn. */
  readonly widths: Float32Array;
  /** Stroke opacity, 0 to 1. */
  opacity(edge: number): number;
  /** A CSS colour. */
  color(edge: number): string;
}

export interface LinesCanvas {
  readonly element: HTMLCanvasElement;
  /** Draws from now on in a viewBox of `width` x `height` units, which the canvas's box shows. */
  setViewBox(width: number, height: number): void;
  /** Clears the canvas and strokes every shown edge of `edges` as `strokes` say, in order. */
  draw(edges: readonly EdgePosition[], strokes: EdgeStrokes): void;
  /** Clears the canvas. */
  clear(): void;
  destroy(): void;
}

/**
 * A canvas under `svg` in `host`, over the same box, where a dense diagram strokes one line per
 * edge: a few thousand lines cost the browser far less as strokes on one canvas than as SVG
 * elements whose attributes change every frame. A resize draws the last lines again.
 */
export function createLinesCanvas(
  host: HTMLElement,
  svg: SVGSVGElement,
  { className, lineCap = 'butt' }: { className: string; lineCap?: CanvasLineCap },
): LinesCanvas {
  let last: { edges: readonly EdgePosition[]; strokes: EdgeStrokes } | null = null;
  const surface = createViewBoxCanvas(
    host,
    className,
    () => (last ? draw(last.edges, last.strokes) : undefined),
    svg,
  );
  const { element: canvas, context, scale } = surface;

  const clear = () => {
    last = null;
    context?.setTransform(1, 0, 0, 1, 0, 0);
    context?.clearRect(0, 0, canvas.width, canvas.height);
  };

  const draw = (edges: readonly EdgePosition[], strokes: EdgeStrokes) => {
    clear();
    last = { edges, strokes };
    if (context === null) return;
    context.setTransform(scale.x, 0, 0, scale.y, 0, 0);
    context.lineCap = lineCap;
    let color = '';
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k];
      if (!edge.shown || !(strokes.widths[k] > 0)) continue;
      const next = strokes.color(k);
      if (next !== color) context.strokeStyle = color = next;
      context.globalAlpha = strokes.opacity(k);
      context.lineWidth = strokes.widths[k];
      context.beginPath();
      context.moveTo(edge.x1, edge.y1);
      context.lineTo(edge.x2, edge.y2);
      context.stroke();
    }
  };

  return { element: canvas, setViewBox: surface.setViewBox, draw, clear, destroy: surface.destroy };
}
