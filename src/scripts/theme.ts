/**
 * The footer's colour theme choice: applies the theme the reader picks and keeps it on this
 * device (`mitra:theme`; the page head's script applies it before the next page's first paint).
 * The site script loads this module on the first change of the choice: most visits never make one.
 */
import { THEME_KEY } from './keys';

/** Applies the theme of the radio button `event` changed: `light`, `dark` or `system`. */
export function choose(event: Event): void {
  const root = document.documentElement;
  const theme = (event.target as HTMLInputElement).value;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage[theme === 'system' ? 'removeItem' : 'setItem'](THEME_KEY, theme);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}
