/** The reader's chosen language, kept on their device only (localStorage). */
const KEY = 'mitra:lang';

export function rememberLanguage(lang: string | null): void {
  if (lang !== 'id' && lang !== 'en') return;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage blocked (private mode, policy): the choice simply is not remembered.
  }
}

export function rememberedLanguage(): 'id' | 'en' | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'id' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}
