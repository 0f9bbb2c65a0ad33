import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';
import type { EdgePosition } from './layoutNetwork';
import { createViewBoxCanvas } from './viewBoxCanvas';

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
  /** Shows or hides the canvas. */
  setShown(shown: boolean): void;
  destroy(): void;
}

/**
 * A canvas under `svg` in `host`, over the same box, where a dense diagram's edges are stroked:
 * a few thousand lines cost the browser far less as strokes on one canvas than as SVG elements
 * whose attributes change every frame. A resize draws the last edges again.
 */
export function createEdgeCanvas(host: HTMLElement, svg: SVGSVGElement): EdgeCanvas {
  let last: { edges: readonly EdgePosition[]; strokes: EdgeStrokes } | null = null;
  const surface = createViewBoxCanvas(
    host,
    'network-edges-canvas',
    () => last && draw(last.edges, last.strokes),
    svg,
  );
  const { element: canvas, context, scale } = surface;
  canvas.dataset.testid = 'edges-canvas';

  const draw = (edges: readonly EdgePosition[], strokes: EdgeStrokes) => {
    last = { edges, strokes };
    if (context === null) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(scale.x, 0, 0, scale.y, 0, 0);
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

  return {
    element: canvas,
    setViewBox: surface.setViewBox,
    draw,
    setShown(shown) {
      canvas.hidden = !shown;
      if (!shown) last = null;
    },
    destroy() {
      surface.destroy();
      last = null;
    },
  };
}
