import type { EdgePosition } from './layoutNetwork';
import { createViewBoxCanvas } from './viewBoxCanvas';

export interface GradientCanvas {
  /** Draws from now on in a viewBox of `width` x `height` units, which the canvas's box shows. */
  setViewBox(width: number, height: number): void;
  /**
   * Clears the canvas and strokes each shown edge of `edges` `widths[k]` units wide (none when
   * 0) in the page's highlight colour; with no edges, leaves it clear.
   */
  draw(edges: readonly EdgePosition[], widths: Float32Array): void;
  destroy(): void;
}

/**
 * A canvas under `svg` in `host`, over the edges' canvas, where a dense diagram shows the
 * inspected point's gradients: the same lines as the SVG overlay of a small diagram, stroked.
 */
export function createGradientCanvas(host: HTMLElement, svg: SVGSVGElement): GradientCanvas {
  let last: { edges: readonly EdgePosition[]; widths: Float32Array } | null = null;
  const surface = createViewBoxCanvas(
    host,
    'network-gradients-canvas',
    () => last && draw(last.edges, last.widths),
    svg,
  );
  const { element: canvas, context, scale } = surface;
  canvas.dataset.testid = 'gradients-canvas';

  const draw = (edges: readonly EdgePosition[], widths: Float32Array) => {
    last = { edges, widths };
    if (context === null) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (edges.length === 0) return;
    context.setTransform(scale.x, 0, 0, scale.y, 0, 0);
    context.strokeStyle = getComputedStyle(canvas).getPropertyValue('--highlight') || '#b7791f';
    context.globalAlpha = 0.75;
    context.lineCap = 'round';
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k];
      if (!edge.shown || !(widths[k] > 0)) continue;
      context.lineWidth = widths[k];
      context.beginPath();
      context.moveTo(edge.x1, edge.y1);
      context.lineTo(edge.x2, edge.y2);
      context.stroke();
    }
  };

  return {
    setViewBox: surface.setViewBox,
    draw,
    destroy() {
      surface.destroy();
      last = null;
    },
  };
}
