import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LinesMessage } from '../../../src/views/network/linesWorker';
import { fakeCanvasContexts, type FakeContext } from './fakeCanvas';

// The worker's code runs here as a module listening on this global scope, as it does in a worker.
const answers = vi.fn();
let contexts: Map<HTMLCanvasElement, FakeContext>;
const canvas = document.createElement('canvas');
const send = (message: LinesMessage) =>
  dispatchEvent(new MessageEvent('message', { data: message }));

beforeAll(async () => {
  vi.stubGlobal('postMessage', answers);
  contexts = fakeCanvasContexts();
  await import('../../../src/views/network/linesWorker');
  send({ type: 'canvas', canvas: canvas as unknown as OffscreenCanvas, lineCap: 'round' });
});

afterEach(() => answers.mockClear());

const strokes = {
  widths: Float32Array.from([2, 0]),
  opacities: Float32Array.from([0.5, 1]),
  colors: Int8Array.from([1, 0]),
  palette: ['orange', 'blue'],
};

describe('the worker that draws a line canvas', () => {
  it('sizes the canvas handed to it', () => {
    send({ type: 'size', width: 40, height: 30 });
    expect([canvas.width, canvas.height]).toEqual([40, 30]);
  });

  it('strokes the lines it is sent, keeps their ends, and answers each drawing', async () => {
    const ends = Float64Array.from([0, 0, 4, 3, 1, 1, 2, 2]);
    send({ type: 'draw', strokes, ends, scale: { x: 2, y: 2 } });
    const drawn = [{ from: [0, 0], to: [4, 3], width: 2, alpha: 0.5, color: 'blue' }];
    expect(contexts.get(canvas)!.strokes).toEqual(drawn);
    // A task later, once the browser has rastered the strokes.
    expect(answers).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(answers).toHaveBeenCalledTimes(1));

    const wider = { ...strokes, widths: Float32Array.from([2, 1]) };
    send({ type: 'draw', strokes: wider, ends: null, scale: { x: 2, y: 2 } });
    expect(contexts.get(canvas)!.strokes).toEqual([
      ...drawn,
      { from: [1, 1], to: [2, 2], width: 1, alpha: 1, color: 'orange' },
    ]);
    await vi.waitFor(() => expect(answers).toHaveBeenCalledTimes(2));
  });

  it('clears the canvas without answering', async () => {
    send({ type: 'clear' });
    expect(contexts.get(canvas)!.strokes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answers).not.toHaveBeenCalled();
  });
});
