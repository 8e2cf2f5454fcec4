import { LANGUAGE_KEY } from './keys';

/** Keeps the language a reader picks (a language link), on their device only (localStorage). */
export function rememberLanguage(lang: string | null): void {
  if (lang !== 'id' && lang !== 'en') return;
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage blocked (private mode, policy): the choice simply is not remembered.
  }
}
