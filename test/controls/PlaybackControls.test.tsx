import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlaybackControls } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('PlaybackControls', () => {
  it('Play starts the run and becomes Pause; Pause stops it', async () => {
    const { store } = renderWithStore(<PlaybackControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().running).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().running).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('Step runs one iteration; Reset goes back to 0', async () => {
    const { store } = renderWithStore(<PlaybackControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(store.getState().progress.iteration).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().progress.iteration).toBe(0);
  });

  it('shows Play again when training stops by itself', () => {
    const { store } = renderWithStore(<PlaybackControls />);
    act(() => {
      store.getState().setStopAfter(2);
      store.getState().play();
    });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    act(() => store.getState().trainer.advance(5, 0));
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });
});
