import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/controls';
import { createAppStore } from '../../src/store';
import { HISTORY_BYTES_LIMIT } from '../../src/training';
import { renderWithStore } from './renderWithStore';

const slider = () => screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
const viewing = () => screen.getByRole('status', { name: 'Viewing' }).textContent;

/** A store whose history keeps only its checkpoint at 0, as a long run's stride leaves it. */
function longRunStore(length: number) {
  const store = createAppStore();
  for (let i = 0; i < length; i++) store.getState().trainer.advance(1, 0, true);
  const { checkpoints } = store.getState().trainer.parameterHistory;
  checkpoints.add(checkpoints.latestAtOrBefore(length)!, HISTORY_BYTES_LIMIT);
  return store;
}

describe('<Timeline /> while the replay catches up', () => {
  it('keeps the slider where it was put and says which iteration is on screen', () => {
    const { store } = renderWithStore(<Timeline />, longRunStore(300));
    fireEvent.change(slider(), { target: { value: '250' } });
    expect(slider().value).toBe('250');
    expect(viewing()).toBe('0 \u2192 250');
    act(() => void store.getState().continueReplay(100));
    expect(viewing()).toBe('100 \u2192 250');
    expect(slider().value).toBe('250');
    act(() => void store.getState().continueReplay(1_000));
    expect(viewing()).toBe('250');
    expect(slider().getAttribute('aria-valuetext')).toBe('Iteration 250 of 300');
  });

  it('Resume from here resumes from the iteration on screen; Live drops the replay', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />, longRunStore(300));
    fireEvent.change(slider(), { target: { value: '250' } });
    act(() => void store.getState().continueReplay(120));
    await user.click(screen.getByRole('button', { name: 'Resume from here' }));
    expect(store.getState().progress.iteration).toBe(120);
    expect(slider().max).toBe('120');
    expect(viewing()).toBe('120');

    fireEvent.change(slider(), { target: { value: '100' } });
    // Resuming kept the replay at 120: 100 comes from the checkpoint at 0.
    expect(viewing()).toBe('0 \u2192 100');
    await user.click(screen.getByRole('button', { name: 'Live' }));
    expect(store.getState().viewTarget).toBeNull();
    expect(viewing()).toBe('120');
  });
});
