import { type Locale, type Section, sections } from './locales';

/**
 * Prefixes a site-absolute path with the configured base (`import.meta.env.BASE_URL`),
 * so the site can be hosted under a sub-path.
 * @example withBase('/id/', '/mitra/') // => '/mitra/id/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The site-absolute path (without base) of a page, always with a trailing slash.
 * @example localizedPath('id', 'guide', 'tujuan-bersama') // => '/id/panduan/tujuan-bersama/'
 * @example localizedPath('en') // => '/en/'
 */
export function localizedPath(lang: Locale, section?: Section, ...slugs: string[]): string {
  const parts: string[] = [lang];
  if (section) parts.push(sections[section][lang]);
  parts.push(...slugs.filter(Boolean));
  return `/${parts.join('/')}/`;
}

/**
 * The absolute URL of a site path (with base), as used for canonical and hreflang links and the
 * address printed on paper.
 * @example absoluteUrl('/id/', new URL('https://mitra.example'), '/') // => 'https://mitra.example/id/'
 */
export function absoluteUrl(path: string, site: URL, base?: string): string {
  return new URL(withBase(path, base), site).href;
}
