import { describe, expect, it } from 'vitest';
import { addSameFrameCosts, frameGaps, frameIndexOf } from '../../bench/app/frameCosts';
import { THUMBNAILS_MEASURE } from '../../bench/app/pageScripts';
import { THUMBNAILS_MEASURE as VIEW_THUMBNAILS_MEASURE } from '../../src/views/network/thumbnailTiming';

const frames = [100, 116, 133, 150];

describe('frameIndexOf(frameTimes, timeMs)', () => {
  it('finds the last frame at or before the time', () => {
    expect(frameIndexOf(frames, 100)).toBe(0);
    expect(frameIndexOf(frames, 132.9)).toBe(1);
    expect(frameIndexOf(frames, 133)).toBe(2);
    expect(frameIndexOf(frames, 1e9)).toBe(3);
  });

  it('gives -1 before the first frame, or with no frames', () => {
    expect(frameIndexOf(frames, 99)).toBe(-1);
    expect(frameIndexOf([], 100)).toBe(-1);
  });
});

describe('frameGaps(frameTimes, fromMs, toMs)', () => {
  it('gives the gaps between the frames within the bounds, both included', () => {
    expect(frameGaps(frames, 116, 150)).toEqual([17, 17]);
    expect(frameGaps(frames, 0, 1000)).toEqual([16, 17, 17]);
    expect(frameGaps(frames, 120, 130)).toEqual([]);
  });
});

describe('addSameFrameCosts(frameTimes, measures, extras)', () => {
  it('adds to the first measure of a frame the extras of that frame, once', () => {
    const measures: [number, number][] = [
      [101, 3],
      [102, 1], // the same frame: its extras already went to the first
      [134, 2],
    ];
    const extras: [number, number][] = [
      [104, 1],
      [110, 2],
      [151, 7], // a frame with no measure
    ];
    expect(addSameFrameCosts(frames, measures, extras)).toEqual([
      [101, 6],
      [102, 1],
      [134, 2],
    ]);
  });

  it('leaves the measures alone without frame times', () => {
    expect(addSameFrameCosts([], [[101, 3]], [[104, 1]])).toEqual([[101, 3]]);
  });
});

describe('THUMBNAILS_MEASURE', () => {
  it('is the name the network view records its thumbnails under', () => {
    expect(THUMBNAILS_MEASURE).toBe(VIEW_THUMBNAILS_MEASURE);
  });
});
