import { vi } from 'vitest';

/** A line stroked on a fake context, in the coordinates given (before the transform). */
export interface FakeStroke {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly width: number;
  readonly alpha: number;
  readonly color: string;
}

/**
 * What a fake 2-D context keeps: the last image put into its canvas and the lines stroked, since
 * it was last cleared.
 */
export interface FakeContext {
  readonly canvas: HTMLCanvasElement;
  last: ImageData | null;
  puts: number;
  strokes: FakeStroke[];
  /** How many times the whole canvas was cleared. */
  clears: number;
}

/**
 * Gives every canvas a minimal 2-D context (jsdom has none) that records what is put into it.
 * Returns the contexts by canvas. Undo with vi.restoreAllMocks().
 */
export function fakeCanvasContexts(): Map<HTMLCanvasElement, FakeContext> {
  const contexts = new Map<HTMLCanvasElement, FakeContext>();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    let fake = contexts.get(this);
    if (fake === undefined) {
      const record: FakeContext = { canvas: this, last: null, puts: 0, strokes: [], clears: 0 };
      contexts.set(this, record);
      fake = record;
    }
    const record = fake;
    let path: [number, number][] = [];
    return {
      canvas: this,
      lineWidth: 1,
      globalAlpha: 1,
      strokeStyle: '#000',
      setTransform() {},
      clearRect() {
        record.last = null;
        record.strokes = [];
        record.clears++;
      },
      beginPath: () => (path = []),
      moveTo: (x: number, y: number) => path.push([x, y]),
      lineTo: (x: number, y: number) => path.push([x, y]),
      stroke(this: CanvasRenderingContext2D) {
        const { lineWidth: width, globalAlpha: alpha, strokeStyle } = this;
        const [from, to] = path;
        record.strokes.push({ from, to, width, alpha, color: String(strokeStyle) });
      },
      createImageData: (width: number, height: number) =>
        ({ width, height, data: new Uint8ClampedArray(width * height * 4) }) as ImageData,
      putImageData(image: ImageData) {
        record.last = { ...image, data: image.data.slice() } as ImageData;
        record.puts++;
      },
    } as unknown as CanvasRenderingContext2D;
  } as unknown as typeof HTMLCanvasElement.prototype.getContext);
  return contexts;
}
