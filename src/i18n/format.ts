import { type Locale, localeInfo } from './locales';

/**
 * A calendar date in the reader's language, in UTC so a build in any time zone prints the same.
 * @example formatDate(new Date('2027-03-31'), 'id') // => '31 Maret 2027'
 * @example formatDate(new Date('2027-03-31'), 'en') // => '31 March 2027'
 */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(localeInfo[lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO calendar date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
