/** The colour theme the reader chose; "auto" follows the system's light or dark setting. */
export type Theme = 'auto' | 'light' | 'dark';

const KEY = 'sourceline-theme';

export function savedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    // Storage can be blocked (private modes, sandboxed embeds): follow the system.
    return 'auto';
  }
}

/** Applies a theme to the page and remembers it for the next visit. */
export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Not remembered, but applied.
  }
}
