import { clearLines, strokeLines, type LineStrokes } from './strokeLines';

/**
 * What the page tells the worker that draws a line canvas handed to it. The worker answers each
 * `draw` with a message once it has drawn.
 */
export type LinesMessage =
  | { readonly type: 'canvas'; readonly canvas: OffscreenCanvas; readonly lineCap: CanvasLineCap }
  | { readonly type: 'size'; readonly width: number; readonly height: number }
  | {
      readonly type: 'draw';
      readonly strokes: LineStrokes;
      /** The lines' ends, when they changed since the last drawing. */
      readonly ends: Float64Array | null;
      readonly scale: { readonly x: number; readonly y: number };
    }
  | { readonly type: 'clear' };

let context: OffscreenCanvasRenderingContext2D | null = null;
let lineCap: CanvasLineCap = 'butt';
let ends: Float64Array = new Float64Array(0);

// The browser rasters a canvas's strokes where they are drawn: here, off the page's thread.
addEventListener('message', ({ data }: MessageEvent<LinesMessage>) => {
  switch (data.type) {
    case 'canvas':
      context = data.canvas.getContext('2d');
      lineCap = data.lineCap;
      break;
    case 'size':
      if (context === null) break;
      context.canvas.width = data.width;
      context.canvas.height = data.height;
      break;
    case 'draw':
      ends = data.ends ?? ends;
      if (context !== null) strokeLines(context, { ...data.strokes, ends }, data.scale, lineCap);
      // The browser rasters the strokes once this task ends: answering a task later says how
      // long the whole drawing took.
      setTimeout(() => postMessage('drawn'));
      break;
    case 'clear':
      if (context !== null) clearLines(context);
      break;
  }
});
