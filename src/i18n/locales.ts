/** The site's languages. Indonesian comes first: it is our main audience and the default. */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Per-language facts the pages need: names in their own language and formats for `Intl`. */
export const localeInfo = {
  id: { name: 'Bahasa Indonesia', short: 'ID', intl: 'id-ID', og: 'id_ID' },
  en: { name: 'English', short: 'EN', intl: 'en-GB', og: 'en_GB' },
} as const satisfies Record<Locale, { name: string; short: string; intl: string; og: string }>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language of a two-language site.
 *  @example otherLocale('id') // => 'en' */
export function otherLocale(lang: Locale): Locale {
  return lang === 'id' ? 'en' : 'id';
}

/**
 * Top-level sections and their readable slug in each language.
 * Changing a slug here moves the section in both the pages and every link.
 */
export const sections = {
  guide: { id: 'panduan', en: 'guide' },
  tools: { id: 'alat', en: 'tools' },
  print: { id: 'cetak', en: 'print' },
  about: { id: 'tentang', en: 'about' },
  glossary: { id: 'istilah', en: 'glossary' },
  /** The reader's partnership plan, read from their device (src/plan/). */
  plan: { id: 'rencana', en: 'plan' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof sections;

/** The part of the site a page belongs to, marked as current in the header's navigation. */
export type SiteSection = 'home' | 'guide' | 'tools' | 'print' | 'about' | 'plan';
