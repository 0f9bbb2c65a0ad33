/** Straight lines to stroke, packed in arrays so they can be posted to a worker as they are. */
export interface PackedLines {
  /** x1, y1, x2, y2 of each line in turn, in viewBox units. */
  readonly ends: Float64Array;
  /** Stroke width in viewBox units; a line of width 0 is not drawn. */
  readonly widths: Float32Array;
  /** Stroke opacity, 0 to 1. */
  readonly opacities: Float32Array;
  /** Each line's colour, as an index into `palette`. */
  readonly colors: Int8Array;
  /** CSS colours. */
  readonly palette: readonly string[];
}

/** How each line is stroked: all of `PackedLines` but the ends, which change only with a layout. */
export type LineStrokes = Omit<PackedLines, 'ends'>;

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Clears the whole of `context`'s canvas. */
export function clearLines(context: Context2D): void {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
}

/**
 * Clears `context`'s canvas and strokes every line of `lines` in order, `scale` device pixels a
 * viewBox unit. The one drawing routine of the diagram's line canvases, in the page or a worker.
 */
export function strokeLines(
  context: Context2D,
  lines: PackedLines,
  scale: { readonly x: number; readonly y: number },
  lineCap: CanvasLineCap,
): void {
  clearLines(context);
  context.setTransform(scale.x, 0, 0, scale.y, 0, 0);
  context.lineCap = lineCap;
  const { ends, widths, opacities, colors, palette } = lines;
  let color = -1;
  for (let k = 0; k < widths.length; k++) {
    if (!(widths[k] > 0)) continue;
    if (colors[k] !== color) context.strokeStyle = palette[(color = colors[k])];
    context.globalAlpha = opacities[k];
    context.lineWidth = widths[k];
    context.beginPath();
    context.moveTo(ends[4 * k], ends[4 * k + 1]);
    context.lineTo(ends[4 * k + 2], ends[4 * k + 3]);
    context.stroke();
  }
}
