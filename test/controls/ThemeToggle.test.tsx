import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeToggle } from '../../src/controls/ThemeToggle';
import { THEME_STORAGE_KEY } from '../../src/controls/themePreference';

/** A stand-in for the system's dark-mode query whose answer the test changes. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    set(next: boolean) {
      dark = next;
      listeners.forEach((listener) => listener());
    },
    listenerCount: () => listeners.size,
  };
}

const theme = () => document.documentElement.dataset.theme;
const select = () => screen.getByRole('combobox', { name: 'Theme' });

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe('<ThemeToggle />', () => {
  it('follows the system by default, and its changes while on System', () => {
    const system = fakeSystem(true);
    render(<ThemeToggle />);
    expect(select()).toHaveProperty('value', 'system');
    expect(theme()).toBe('dark');
    system.set(false);
    expect(theme()).toBe('light');
  });

  it('applies and remembers a fixed choice, which the system no longer moves', async () => {
    const system = fakeSystem(false);
    render(<ThemeToggle />);
    await userEvent.selectOptions(select(), 'Dark');
    expect(theme()).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(system.listenerCount()).toBe(0);
    system.set(false);
    expect(theme()).toBe('dark');
  });

  it('starts from the remembered choice, and from System when what is stored is not a theme', () => {
    fakeSystem(true);
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    const { unmount } = render(<ThemeToggle />);
    expect(select()).toHaveProperty('value', 'light');
    expect(theme()).toBe('light');
    unmount();
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    render(<ThemeToggle />);
    expect(select()).toHaveProperty('value', 'system');
    expect(theme()).toBe('dark');
  });

  it('is reached by Tab: a native select, named Theme', async () => {
    fakeSystem(false);
    render(<ThemeToggle />);
    await userEvent.tab();
    expect(document.activeElement).toBe(select());
  });
});
