import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentColorScheme, onColorSchemeChange } from '../../src/views/colorScheme';

const root = document.documentElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  delete root.dataset.theme;
});

describe('currentColorScheme(doc)', () => {
  it('reads data-theme of the root element, light when unset or unknown', () => {
    expect(currentColorScheme()).toBe('light');
    root.dataset.theme = 'dark';
    expect(currentColorScheme()).toBe('dark');
    root.dataset.theme = 'neon';
    expect(currentColorScheme()).toBe('light');
  });
});

describe('onColorSchemeChange(listener, doc)', () => {
  it('calls the listener once per change of scheme, and no more after unsubscribing', async () => {
    const listener = vi.fn();
    const unsubscribe = onColorSchemeChange(listener);
    root.dataset.theme = 'dark';
    await settle();
    expect(listener).toHaveBeenLastCalledWith('dark');
    // Setting the same theme again is no change.
    root.dataset.theme = 'light';
    await settle();
    root.dataset.theme = 'light';
    await settle();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    root.dataset.theme = 'dark';
    await settle();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
