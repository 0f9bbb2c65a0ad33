import { vi } from 'vitest';

/** What a fake 2-D context keeps: the last image put into its canvas. */
export interface FakeContext {
  readonly canvas: HTMLCanvasElement;
  last: ImageData | null;
  puts: number;
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
      const record: FakeContext = { canvas: this, last: null, puts: 0 };
      contexts.set(this, record);
      fake = record;
    }
    const record = fake;
    return {
      canvas: this,
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
