/**
 * The sitemap, built from what every page already declares in its <head>: its canonical URL and
 * its hreflang alternates (written by `src/components/Head.astro`). Reading the built pages
 * instead of listing routes means a new page type (a tool, a print sheet) is in the sitemap the
 * moment it exists, with exactly the alternates search engines see on the page itself.
 */

/** What the sitemap needs from one page's <head>. */
export interface PageLinks {
  /** Absolute canonical URL, if the page has one. */
  canonical?: string | undefined;
  /** hreflang -> absolute URL (`id`, `en`, `x-default`). */
  alternates: Record<string, string>;
  /** `<meta name="robots" content="noindex">` is present. */
  noindex: boolean;
  /** Date of the last real change (`YYYY-MM-DD`), when the page states one. */
  lastmod?: string | undefined;
}

export interface SitemapEntry {
  loc: string;
  alternates: Record<string, string>;
  lastmod?: string | undefined;
}

/**
 * Whether a page belongs in the sitemap: it is indexable, and it is one of its own language
 * versions. The language chooser at `/` is only the `x-default` of the two home pages, not a
 * language version, so it is left out: search engines see `/id/` and `/en/`, not a third copy.
 * @example isSitemapPage({ canonical: 'https://x/id/', alternates: { id: 'https://x/id/', en: 'https://x/en/' }, noindex: false }) // => true
 * @example isSitemapPage({ canonical: 'https://x/', alternates: { id: 'https://x/id/', en: 'https://x/en/', 'x-default': 'https://x/' }, noindex: false }) // => false
 */
export function isSitemapPage(page: PageLinks): boolean {
  if (page.noindex || !page.canonical) return false;
  return Object.entries(page.alternates).some(([lang, href]) => lang !== 'x-default' && href === page.canonical);
}

/** The sitemap entries for a set of pages, sorted by URL, without duplicates. */
export function sitemapEntries(pages: readonly PageLinks[]): SitemapEntry[] {
  const byLoc = new Map<string, SitemapEntry>();
  for (const page of pages) {
    if (!isSitemapPage(page)) continue;
    byLoc.set(page.canonical!, { loc: page.canonical!, alternates: page.alternates, lastmod: page.lastmod });
  }
  return [...byLoc.values()].sort((a, b) => a.loc.localeCompare(b.loc));
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Sitemap XML (sitemaps.org 0.9) with `xhtml:link` language alternates, as Google documents. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = Object.entries(entry.alternates)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
      );
    const lastmod = entry.lastmod ? [`    <lastmod>${escapeXml(entry.lastmod)}</lastmod>`] : [];
    return ['  <url>', `    <loc>${escapeXml(entry.loc)}</loc>`, ...lastmod, ...links, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
