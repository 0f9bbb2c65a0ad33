import { useEffect, useState } from 'react';
import {
  applyTheme,
  isThemePreference,
  readThemePreference,
  resolveTheme,
  saveThemePreference,
  systemDarkQuery,
  THEME_PREFERENCES,
  type ThemePreference,
} from './themePreference';

const LABELS: Record<ThemePreference, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

const storageOf = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * The `Theme` control: light, dark, or the system's setting (the default), remembered across
 * visits. While it follows the system, a change of the system's setting applies at once.
 */
export function ThemeToggle() {
  const [preference, setPreference] = useState<ThemePreference>(() =>
    readThemePreference(storageOf()),
  );

  useEffect(() => {
    const query = systemDarkQuery();
    const apply = () => applyTheme(resolveTheme(preference, query?.matches ?? false));
    apply();
    if (preference !== 'system' || query === null) return;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [preference]);

  const choose = (next: ThemePreference) => {
    setPreference(next);
    saveThemePreference(storageOf(), next);
  };

  return (
    <label className="theme-toggle">
      Theme{' '}
      <select
        value={preference}
        onChange={(event) => {
          if (isThemePreference(event.target.value)) choose(event.target.value);
        }}
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
