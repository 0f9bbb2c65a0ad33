import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAINTER_SHARE } from '../../../src/views/frameBudget';
import type { EdgePosition } from '../../../src/views/network/layoutNetwork';
import { createLinesCanvas, type EdgeStrokes } from '../../../src/views/network/linesCanvas';
import type { LinesMessage } from '../../../src/views/network/linesWorker';
import { fakeCanvasContexts, type FakeContext } from './fakeCanvas';

/** A worker that keeps what it is sent; the test answers for it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: LinesMessage[] = [];
  readonly transferred: unknown[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: LinesMessage, transfer: unknown[] = []) {
    this.sent.push(message);
    this.transferred.push(...transfer);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker says it has drawn. */
  answer() {
    this.listeners.get('message')?.forEach((listener) => listener(new MessageEvent('message')));
  }
  fail() {
    this.listeners.get('error')?.forEach((listener) => listener(new Event('error')));
  }
  get draws() {
    return this.sent.filter((message) => message.type === 'draw');
  }
}

const edge = (x1: number, y1: number, x2: number, y2: number, shown = true) =>
  ({ layer: 1, from: 0, to: 0, weightIndex: 0, x1, y1, x2, y2, shown }) as EdgePosition;
const EDGES = [edge(0, 0, 10, 20), edge(0, 20, 10, 0), edge(5, 5, 6, 6, false)];
const strokesOf = (widths: number[]): EdgeStrokes => ({
  widths: Float32Array.from(widths),
  opacities: Float32Array.from([0.5, 1, 1]),
  colors: Int8Array.from([0, 1, 0]),
  palette: ['orange', 'blue'],
});

let host: HTMLDivElement;
let svg: SVGSVGElement;
let contexts: Map<HTMLCanvasElement, FakeContext>;
const open = () => createLinesCanvas(host, svg, { className: 'lines', testId: 'lines' });

beforeEach(() => {
  contexts = fakeCanvasContexts();
  host = document.createElement('div');
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  host.append(svg);
  document.body.append(host);
});

afterEach(() => {
  host.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('where the browser can hand a canvas to a worker', () => {
  const offscreen = { offscreen: true };
  beforeEach(() => {
    // The page's clock stands still unless a test moves it: the fake worker answers at once.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    Object.defineProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen', {
      configurable: true,
      value: vi.fn(() => offscreen),
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });

  it('hands its canvas to a worker of its own, which draws it; the page never does', () => {
    const lines = open();
    const [worker] = FakeWorker.made;
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/linesWorker\.ts$/);
    expect(worker.sent[0]).toEqual({ type: 'canvas', canvas: offscreen, lineCap: 'butt' });
    expect(worker.transferred).toEqual([offscreen]);
    expect(lines.element.dataset.testid).toBe('lines');
    expect(lines.element.nextSibling).toBe(svg);

    lines.setViewBox(100, 50);
    expect(worker.sent[1]).toEqual({ type: 'size', width: 100, height: 50 });
    lines.draw(EDGES, strokesOf([1, 2, 0]));
    expect(worker.draws).toHaveLength(1);
    expect(worker.draws[0]).toMatchObject({
      strokes: { widths: Float32Array.from([1, 2, 0]), palette: ['orange', 'blue'] },
      ends: Float64Array.from([0, 0, 10, 20, 0, 20, 10, 0, 5, 5, 6, 6]),
      scale: { x: 1, y: 1 },
    });
    expect(contexts.has(lines.element)).toBe(false);
  });

  it('keeps one drawing in flight: lines given meanwhile wait, and only the latest is drawn', () => {
    const lines = open();
    const [worker] = FakeWorker.made;
    lines.draw(EDGES, strokesOf([1, 1, 0]));
    lines.draw(EDGES, strokesOf([2, 2, 0]));
    lines.draw(EDGES, strokesOf([3, 3, 0]));
    expect(worker.draws).toHaveLength(1);

    worker.answer();
    expect(worker.draws).toHaveLength(2);
    const latest = worker.draws[1];
    expect(latest.type === 'draw' && [...latest.strokes.widths]).toEqual([3, 3, 0]);
    // The ends went with the first drawing; the worker keeps them.
    expect(latest.type === 'draw' && latest.ends).toBeNull();

    worker.answer();
    expect(worker.draws).toHaveLength(2);
    lines.draw([edge(1, 1, 2, 2)], { ...strokesOf([4]), opacities: Float32Array.from([1]) });
    const moved = worker.draws[2];
    expect(moved.type === 'draw' && [...moved.ends!]).toEqual([1, 1, 2, 2]);
  });

  it('gives its worker the share of the time a painter of the page has', () => {
    const lines = open();
    const [worker] = FakeWorker.made;
    lines.draw(EDGES, strokesOf([1, 1, 0]));
    lines.draw(EDGES, strokesOf([2, 2, 0]));
    // A drawing that took 4 ms: the next may start 4 / PAINTER_SHARE ms after it started.
    vi.advanceTimersByTime(4);
    worker.answer();
    expect(worker.draws).toHaveLength(1);
    vi.advanceTimersByTime(4 / PAINTER_SHARE - 4 - 1);
    expect(worker.draws).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(worker.draws).toHaveLength(2);
    // A quick drawing leaves the worker free at once.
    worker.answer();
    lines.draw(EDGES, strokesOf([3, 3, 0]));
    expect(worker.draws).toHaveLength(3);
  });

  it('falls back to drawing in the page when the worker fails, losing no lines', () => {
    const lines = open();
    const [worker] = FakeWorker.made;
    lines.setViewBox(100, 50);
    lines.draw(EDGES, strokesOf([1, 2, 0]));
    const handed = lines.element;

    worker.fail();
    expect(worker.terminated).toBe(true);
    expect(handed.isConnected).toBe(false);
    expect(lines.element).not.toBe(handed);
    expect(lines.element.dataset.testid).toBe('lines');
    expect(lines.element.nextSibling).toBe(svg);
    expect([lines.element.width, lines.element.height]).toEqual([100, 50]);
    const strokes = contexts.get(lines.element)!.strokes;
    expect(strokes).toEqual([
      { from: [0, 0], to: [10, 20], width: 1, alpha: 0.5, color: 'orange' },
      { from: [0, 20], to: [10, 0], width: 2, alpha: 1, color: 'blue' },
    ]);
  });

  it('gives a picture of the lines as a canvas of the page, for saving the diagram', () => {
    const lines = open();
    lines.setViewBox(100, 50);
    lines.draw(EDGES, strokesOf([1, 0, 0]));
    const copy = lines.snapshot();
    expect(copy).not.toBe(lines.element);
    expect([copy.width, copy.height]).toEqual([100, 50]);
    expect(contexts.get(copy)!.strokes).toEqual([
      { from: [0, 0], to: [10, 20], width: 1, alpha: 0.5, color: 'orange' },
    ]);
  });

  it('stops its worker when destroyed', () => {
    const lines = open();
    lines.destroy();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(lines.element.isConnected).toBe(false);
  });
});

describe('where it cannot', () => {
  it('strokes the lines on its canvas in the page, skipping those of width 0', () => {
    vi.stubGlobal('Worker', undefined);
    const lines = open();
    lines.setViewBox(100, 50);
    lines.draw(EDGES, strokesOf([1, 0, 0]));
    expect(contexts.get(lines.element)!.strokes).toEqual([
      { from: [0, 0], to: [10, 20], width: 1, alpha: 0.5, color: 'orange' },
    ]);
    lines.clear();
    expect(contexts.get(lines.element)!.strokes).toEqual([]);
  });
});
