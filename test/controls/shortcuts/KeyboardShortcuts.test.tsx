import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlaybackControls } from '../../../src/controls';
import { KeyboardShortcuts } from '../../../src/controls/shortcuts';
import { renderWithStore } from '../renderWithStore';

function renderShortcuts() {
  const user = userEvent.setup();
  const rendered = renderWithStore(
    <>
      <PlaybackControls />
      <KeyboardShortcuts />
      <label>
        Learning rate <input type="number" defaultValue="0.1" />
      </label>
    </>,
  );
  return { user, ...rendered };
}

describe('KeyboardShortcuts', () => {
  it('Space plays and pauses, "." steps and "r" resets, from the page', async () => {
    const { user, store } = renderShortcuts();
    await user.keyboard(' ');
    expect(store.getState().running).toBe(true);
    await user.keyboard(' ');
    expect(store.getState().running).toBe(false);
    await user.keyboard('...');
    expect(store.getState().progress.iteration).toBe(3);
    await user.keyboard('r');
    expect(store.getState().progress.iteration).toBe(0);
  });

  it('Space on the focused Play button presses it once, not twice', async () => {
    const { user, store } = renderShortcuts();
    screen.getByRole('button', { name: 'Play' }).focus();
    await user.keyboard(' ');
    expect(store.getState().running).toBe(true);
    act(() => store.getState().pause());
  });

  it('keys typed in a field stay in the field', async () => {
    const { user, store } = renderShortcuts();
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    await user.clear(field);
    await user.type(field, '0.5 r?');
    expect(store.getState().progress.iteration).toBe(0);
    expect(store.getState().running).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('"?" opens the Keyboard shortcuts dialog; Escape closes it and focus goes back', async () => {
    const { user } = renderShortcuts();
    const step = screen.getByRole('button', { name: 'Step' });
    step.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(dialog.textContent).toContain('Play or pause');
    expect(dialog.textContent).toContain('place a point at the cursor');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(step);
  });

  it('the Shortcuts button opens the dialog and Close closes it, back on the button', async () => {
    const { user, store } = renderShortcuts();
    const button = screen.getByRole('button', { name: 'Shortcuts' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    // Shortcuts sleep while the dialog is open.
    await user.keyboard('.');
    expect(store.getState().progress.iteration).toBe(0);
    expect(dialog).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
