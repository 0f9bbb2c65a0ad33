import { describe, expect, it } from 'vitest';
import { createTimelinePointer, type Timeline } from '../../../src/views/cost/timelinePointer';

function fakeTimeline(latest: number, viewing: number | null = null) {
  const calls: string[] = [];
  const timeline: Timeline = {
    viewing: () => viewing,
    latest: () => latest,
    view(k) {
      viewing = k;
      calls.push(`view ${k}`);
    },
    goLive() {
      viewing = null;
      calls.push('live');
    },
  };
  return { timeline, calls, viewing: () => viewing, setLatest: (n: number) => (latest = n) };
}

describe('createTimelinePointer(timeline)', () => {
  it('preview(k) moves the timeline while hovering; restore() returns to live', () => {
    const fake = fakeTimeline(100);
    const pointer = createTimelinePointer(fake.timeline);
    pointer.preview(10);
    pointer.preview(10);
    pointer.preview(12);
    expect(fake.viewing()).toBe(12);
    pointer.restore();
    expect(fake.viewing()).toBeNull();
    expect(fake.calls).toEqual(['view 10', 'view 12', 'live']);
  });

  it('restore() returns to the iteration viewed before the preview', () => {
    const fake = fakeTimeline(100, 40);
    const pointer = createTimelinePointer(fake.timeline);
    pointer.preview(70);
    pointer.restore();
    expect(fake.viewing()).toBe(40);
  });

  it('choose(k) keeps k once the pointer leaves; a preview after it returns to k', () => {
    const fake = fakeTimeline(100);
    const pointer = createTimelinePointer(fake.timeline);
    pointer.preview(30);
    pointer.choose(33);
    pointer.restore();
    expect(fake.viewing()).toBe(33);
    pointer.preview(60);
    pointer.restore();
    expect(fake.viewing()).toBe(33);
  });

  it('goes live when the iteration it would return to is gone, and ignores no iteration', () => {
    const fake = fakeTimeline(100, 80);
    const pointer = createTimelinePointer(fake.timeline);
    pointer.preview(20);
    fake.setLatest(50);
    pointer.restore();
    expect(fake.viewing()).toBeNull();
    pointer.choose(null);
    pointer.choose(undefined);
    expect(fake.viewing()).toBeNull();
  });
});
