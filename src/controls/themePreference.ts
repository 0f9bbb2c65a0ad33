import type { ColorScheme } from '../views/classColors';

/** What the `Theme` control offers: a fixed theme, or whichever the system asks for. */
export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Where the choice is remembered; public/theme.js reads the same key before the first paint. */
export const THEME_STORAGE_KEY = 'backprop-lab.theme';

const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

export const isThemePreference = (value: unknown): value is ThemePreference =>
  THEME_PREFERENCES.includes(value as ThemePreference);

/** The remembered choice; `system` when there is none, it is not one of ours, or storage fails. */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | null): ThemePreference {
  try {
    const saved = storage?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice; a storage that refuses (quota, private mode) only loses the memory. */
export function saveThemePreference(
  storage: Pick<Storage, 'setItem'> | null,
  preference: ThemePreference,
): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // The theme still applies for this visit.
  }
}

/** The theme a choice shows, given whether the system asks for dark. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): ColorScheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** The system's dark-mode query, or null where the page cannot ask (jsdom, old browsers). */
export function systemDarkQuery(win: Window = window): MediaQueryList | null {
  return typeof win.matchMedia === 'function' ? win.matchMedia(SYSTEM_DARK_QUERY) : null;
}

/** Shows `scheme`: the stylesheets and the painters read the root element's `data-theme`. */
export function applyTheme(scheme: ColorScheme, doc: Document = document): void {
  doc.documentElement.dataset.theme = scheme;
}
