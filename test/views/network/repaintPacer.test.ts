import { describe, expect, it } from 'vitest';
import { createRepaintPacer, type RepaintPacer } from '../../../src/views/network/repaintPacer';

const FRAME_MS = 1000 / 60;

/**
 * Runs frames, repainting whenever the pacer allows. As in the browser, a repaint that costs
 * `costMs` makes the frame two later that much late. Counts the repaints.
 */
function runFrames(pacer: RepaintPacer, costMs: number, frames: number) {
  const lateFrames = new Set<number>();
  let now = 0;
  let paints = 0;
  for (let frame = 0; frame < frames; frame++) {
    now += lateFrames.has(frame) ? FRAME_MS + costMs : FRAME_MS;
    pacer.frameStarted(now);
    if (pacer.isDue) {
      pacer.painted();
      paints++;
      if (costMs > 0) lateFrames.add(frame + 2);
    }
  }
  return { paints, elapsedMs: now };
}

describe('createRepaintPacer(share)', () => {
  it('lets a repaint that delays no frame happen every frame', () => {
    const { paints } = runFrames(createRepaintPacer(0.25), 0, 120);
    expect(paints).toBe(120);
  });

  it('spaces out repaints that make a frame late, to keep their cost near its share of the time', () => {
    const costMs = 200;
    const { paints, elapsedMs } = runFrames(createRepaintPacer(0.25), costMs, 600);
    expect(paints).toBeGreaterThan(1);
    const spentShare = (paints * costMs) / elapsedMs;
    expect(spentShare).toBeLessThan(0.3);
    expect(spentShare).toBeGreaterThan(0.15);
  });

  it('gives a larger share more repaints', () => {
    const few = runFrames(createRepaintPacer(0.1), 100, 600).paints;
    const many = runFrames(createRepaintPacer(0.5), 100, 600).paints;
    expect(many).toBeGreaterThan(2 * few);
  });

  it('keeps timing for a few frames after a repaint, then stops asking for frames', () => {
    const pacer = createRepaintPacer();
    pacer.frameStarted(0);
    expect(pacer.isTiming).toBe(false);
    pacer.painted();
    let frames = 0;
    while (pacer.isTiming) pacer.frameStarted(++frames * FRAME_MS);
    expect(frames).toBeGreaterThan(1);
    expect(frames).toBeLessThan(10);
  });

  it('blames a late frame long after a repaint on something else', () => {
    const pacer = createRepaintPacer();
    let now = 0;
    pacer.frameStarted(now);
    pacer.painted();
    for (let frame = 0; frame < 10; frame++) pacer.frameStarted((now += FRAME_MS));
    pacer.frameStarted(now + 500);
    expect(pacer.isDue).toBe(true);
  });
});
