import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { traceInspectedPoint, type AppStore } from '../../../src/store';
import type { FrameScheduler } from '../../../src/views';
import { MIN_REFRESH_MS } from '../../../src/views/inspect/refreshThrottle';
import { traceEquations } from '../../../src/views/inspect/traceEquations';
import { openOn, renderInspectPanel, typesetTex as texOf } from './inspectPanel';

let scheduler: FrameScheduler | null = null;
afterEach(() => {
  scheduler?.destroy();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** An IntersectionObserver the test drives: elements come into view when it says so. */
class FakeIntersectionObserver {
  static latest: FakeIntersectionObserver | null = null;
  private readonly elements: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.latest = this;
  }
  observe(element: Element) {
    this.elements.push(element);
  }
  disconnect() {
    this.elements.length = 0;
  }
  /** The equations with these keys come into view. */
  show(...keys: string[]) {
    const entries = this.elements
      .filter((element) => keys.includes((element as HTMLElement).dataset.equation ?? ''))
      .map((target) => ({ target, isIntersecting: true }));
    this.callback(
      entries as unknown as IntersectionObserverEntry[],
      this as unknown as IntersectionObserver,
    );
  }
}

/** Every equation the panel should show for the store's state, by key. */
function expectedTex(store: AppStore): Map<string, string> {
  const inspected = traceInspectedPoint(store.getState());
  if (inspected?.trace == null) throw new Error('nothing to trace');
  return new Map(
    traceEquations(inspected.trace).flatMap((s) => s.equations.map((e) => [e.key, e.tex])),
  );
}

const expectAllExact = (store: AppStore) => {
  for (const [key, tex] of expectedTex(store)) expect(texOf(key), key).toBe(tex);
};

/** The panel open on point 0 with training running, its first typeset done, on fake timers. */
async function openWhileTraining() {
  const panel = renderInspectPanel();
  scheduler = panel.scheduler;
  const { store, frames } = panel;
  await openOn(store, frames, 0);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  act(() => {
    store.getState().play();
    vi.advanceTimersByTime(MIN_REFRESH_MS);
  });
  /** One training frame: a step as the training loop takes it, then the frame's painting. */
  const trainFrame = () =>
    act(() => {
      store.getState().trainer.advance(1, 0, true);
      frames.runFrame();
      vi.advanceTimersByTime(16);
    });
  return { store, frames, trainFrame };
}

describe('InspectView while training', () => {
  it('typesets once for many weight versions within 100 ms, then the latest after the interval', async () => {
    const { store, frames, trainFrame } = await openWhileTraining();
    const shown: (string | null | undefined)[] = [texOf('z1')];
    for (let frame = 0; frame < 6; frame++) {
      trainFrame();
      shown.push(texOf('z1'));
    }
    expect(store.getState().running).toBe(true);
    expect(store.getState().progress.iteration).toBe(6);
    // The first new version is shown at once; the next five, within 100 ms, are not.
    expect(new Set(shown).size).toBe(2);
    expect(shown[1]).not.toBe(shown[0]);
    expect(shown.slice(1).every((tex) => tex === shown[1])).toBe(true);

    act(() => {
      vi.advanceTimersByTime(MIN_REFRESH_MS);
      frames.settle();
    });
    expect(texOf('z1')).toBe(expectedTex(store).get('z1'));
  });

  it('shows every exact equation at once when training pauses', async () => {
    const { store, frames, trainFrame } = await openWhileTraining();
    for (let frame = 0; frame < 4; frame++) trainFrame();
    expect(texOf('z1')).not.toBe(expectedTex(store).get('z1'));
    act(() => {
      store.getState().pause();
      frames.settle();
    });
    expectAllExact(store);
    expect(document.querySelector('.inspect-summary')?.textContent).toMatch(/iteration 4\./);
  });

  it('shows a timeline move and another point at once, while training runs', async () => {
    const { store, frames, trainFrame } = await openWhileTraining();
    for (let frame = 0; frame < 4; frame++) trainFrame();
    act(() => {
      store.getState().viewIteration(2);
      frames.settle();
    });
    expectAllExact(store);
    expect(document.querySelector('.inspect-summary')?.textContent).toMatch(/viewed iteration 2\./);

    act(() => {
      store.getState().goLive();
      store.getState().inspectPoint(2);
      frames.settle();
    });
    expect(store.getState().running).toBe(true);
    expectAllExact(store);
    expect(document.querySelector('.inspect-summary')?.textContent).toMatch(/^Point 3 /);
  });

  it('shows a timeline move at once in the equations in view, the others as they come into view', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const { store, frames, trainFrame } = await openWhileTraining();
    act(() => FakeIntersectionObserver.latest!.show('z1'));
    for (let frame = 0; frame < 4; frame++) trainFrame();
    const live = expectedTex(store);
    act(() => {
      store.getState().viewIteration(2);
      frames.settle();
    });
    const viewed = expectedTex(store);
    expect(viewed.get('z1')).not.toBe(live.get('z1'));
    expect(texOf('z1')).toBe(viewed.get('z1'));
    // Out of view, a gradient keeps what it showed until it is scrolled to.
    expect(texOf('dW1')).not.toBe(viewed.get('dW1'));

    act(() => {
      FakeIntersectionObserver.latest!.show('dW1');
      frames.settle();
    });
    expect(texOf('dW1')).toBe(viewed.get('dW1'));
  });
});
