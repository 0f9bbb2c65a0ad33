import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/app/UpdateNotice';
import { createUpdatePrompt } from '../../src/app/updatePrompt';

describe('UpdateNotice', () => {
  it('shows nothing until a newer build is offered, then an alert with Reload', () => {
    const prompt = createUpdatePrompt();
    render(<UpdateNotice prompt={prompt} />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => prompt.offer(() => Promise.resolve()));
    expect(screen.getByRole('alert').textContent).toMatch(/New version available/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('Reload activates the waiting build and is disabled while it takes over', async () => {
    const prompt = createUpdatePrompt();
    const activate = vi.fn(() => new Promise<void>(() => {}));
    prompt.offer(activate);
    render(<UpdateNotice prompt={prompt} />);
    const reload = screen.getByRole('button', { name: 'Reload' });
    await userEvent.click(reload);
    expect(activate).toHaveBeenCalledTimes(1);
    expect((reload as HTMLButtonElement).disabled).toBe(true);
  });

  it('Reload works from the keyboard', async () => {
    const prompt = createUpdatePrompt();
    const activate = vi.fn(() => new Promise<void>(() => {}));
    prompt.offer(activate);
    render(<UpdateNotice prompt={prompt} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reload' }));
    await userEvent.keyboard('{Enter}');
    expect(activate).toHaveBeenCalledTimes(1);
  });
});
