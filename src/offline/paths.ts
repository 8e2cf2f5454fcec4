import type { Locale } from '../i18n/locales';

/**
 * The offline page of each language (`/id/luring/`, `/en/offline/`): what the service worker
 * shows for a page that is not saved on the device while there is no connection. "Luring" is
 * KBBI's word for offline (luar jaringan).
 */
export const offlineSlug = { id: 'luring', en: 'offline' } as const satisfies Record<Locale, string>;

/**
 * The offline page's path without base.
 * @example offlinePath('en') // => '/en/offline/'
 */
export function offlinePath(lang: Locale): string {
  return `/${lang}/${offlineSlug[lang]}/`;
}
