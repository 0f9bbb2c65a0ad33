import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TrainingProgress } from '../../src/controls/TrainingProgress';
import { renderWithStore } from './renderWithStore';

describe('TrainingProgress()', () => {
  it('shows the iteration against the stop, and nothing when Stop after is off', () => {
    const { store } = renderWithStore(<TrainingProgress />);
    const bar = screen.getByRole('progressbar', {
      name: 'Training progress',
    }) as HTMLProgressElement;
    expect(bar.max).toBe(1000);
    expect(bar.value).toBe(0);
    act(() => {
      for (let i = 0; i < 3; i++) store.getState().step();
    });
    expect(bar.value).toBe(3);
    act(() => store.getState().setStopAfter(null));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('puts the iteration in the page title while training runs, a few times a second', () => {
    let nowMs = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => nowMs);
    const { store } = renderWithStore(<TrainingProgress />);
    act(() => store.getState().play());
    nowMs = 100;
    act(() => store.getState().trainer.advance(7, 0));
    expect(document.title).toBe('Iteration 0 · Backprop Lab');
    nowMs = 400;
    act(() => store.getState().trainer.advance(1, 0));
    expect(document.title).toBe('Iteration 8 · Backprop Lab');
    act(() => store.getState().pause());
    expect(document.title).toBe('Backprop Lab');
    vi.restoreAllMocks();
  });
});
