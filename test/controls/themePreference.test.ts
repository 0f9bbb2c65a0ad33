import { describe, expect, it } from 'vitest';
import {
  readThemePreference,
  resolveTheme,
  saveThemePreference,
  THEME_STORAGE_KEY,
} from '../../src/controls/themePreference';

const refusing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('readThemePreference(storage)', () => {
  it('reads a stored theme, and System for none, nonsense or a storage that throws', () => {
    const stored = (value: string | null) => ({ getItem: () => value });
    expect(readThemePreference(stored('dark'))).toBe('dark');
    expect(readThemePreference(stored('light'))).toBe('light');
    expect(readThemePreference(stored(null))).toBe('system');
    expect(readThemePreference(stored('DARK'))).toBe('system');
    expect(readThemePreference(stored('constructor'))).toBe('system');
    expect(readThemePreference(refusing)).toBe('system');
    expect(readThemePreference(null)).toBe('system');
  });
});

describe('saveThemePreference(storage, preference)', () => {
  it('stores under the key public/theme.js reads, and survives a storage that throws', () => {
    const saved = new Map<string, string>();
    saveThemePreference({ setItem: (k, v) => saved.set(k, v) }, 'dark');
    expect(saved.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(THEME_STORAGE_KEY).toBe('backprop-lab.theme');
    expect(() => saveThemePreference(refusing, 'light')).not.toThrow();
  });
});

describe('resolveTheme(preference, systemDark)', () => {
  it('gives a fixed choice as it is, and System as the system asks', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });
});
