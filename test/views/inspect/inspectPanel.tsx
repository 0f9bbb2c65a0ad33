import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import { InspectView } from '../../../src/views/inspect';
import { manualFrames } from '../network/manualFrames';

export const POINTS = [
  { x: -0.6, y: 0.5, label: 0 },
  { x: 0.1, y: -0.2, label: 1 },
  { x: 0.7, y: 0.6, label: 0 },
];

/**
 * The inspect panel on POINTS, painted by a scheduler on frames the test runs, after `before`
 * (other controls). The caller destroys the scheduler.
 */
export function renderInspectPanel(before: ReactNode = null, store: AppStore = createAppStore()) {
  store.getState().setPoints(POINTS, 'custom');
  const frames = manualFrames();
  const scheduler = createFrameScheduler(frames.host);
  render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={scheduler}>
        {before}
        <InspectView />
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  return { store, frames, scheduler };
}

/** The TeX KaTeX typeset for equation `key` (from its MathML annotation), if it is typeset. */
export const typesetTex = (key: string) =>
  document.querySelector(`[data-equation="${key}"] annotation[encoding="application/x-tex"]`)
    ?.textContent ?? undefined;

/** Inspects point `index` and runs frames until the panel has typeset its equations. */
export async function openOn(
  store: AppStore,
  frames: ReturnType<typeof manualFrames>,
  index: number,
) {
  act(() => store.getState().inspectPoint(index));
  // KaTeX loads on demand; once it has, the painter is registered and paints in the next frame.
  await waitFor(
    () => {
      act(() => frames.runFrame());
      expect(document.querySelector('[data-equation="z1"] .katex')).not.toBeNull();
    },
    { timeout: 8000 },
  );
  act(() => frames.settle());
}
