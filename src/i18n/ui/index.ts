import type { Locale } from '../locales';
import { translator } from '../dictionary';
import { en } from './en';
import { id, type UiKey } from './id';

/** The shell's dictionaries in both languages. */
export const ui: Record<Locale, Record<UiKey, string>> = { id, en };
export type { UiKey };

/** `useTranslations(lang)('nav.guide')` in .astro files. */
export function useTranslations(lang: Locale) {
  return translator(ui, lang);
}
