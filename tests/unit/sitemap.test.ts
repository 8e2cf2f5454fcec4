import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPageLinks } from '../../src/integrations/sitemap';
import { isSitemapPage, type PageLinks, sitemapEntries, sitemapXml } from '../../src/lib/sitemap';

const site = 'https://mitra.example';
const home = (lang: 'id' | 'en'): PageLinks => ({
  canonical: `${site}/${lang}/`,
  alternates: { id: `${site}/id/`, en: `${site}/en/`, 'x-default': `${site}/` },
  noindex: false,
});
const chooser: PageLinks = { ...home('id'), canonical: `${site}/` };

describe('which pages go into the sitemap', () => {
  it('lists language versions, not the chooser at / nor noindex pages nor pages without alternates', () => {
    expect(isSitemapPage(home('id'))).toBe(true);
    expect(isSitemapPage(home('en'))).toBe(true);
    expect(isSitemapPage(chooser)).toBe(false);
    expect(isSitemapPage({ ...home('en'), noindex: true })).toBe(false);
    expect(isSitemapPage({ canonical: `${site}/404.html`, alternates: {}, noindex: true })).toBe(false);
    expect(isSitemapPage({ canonical: undefined, alternates: home('id').alternates, noindex: false })).toBe(false);
  });

  it('sorts entries and keeps each URL once', () => {
    const entries = sitemapEntries([home('id'), chooser, home('en'), home('id')]);
    expect(entries.map((e) => e.loc)).toEqual([`${site}/en/`, `${site}/id/`]);
  });
});

describe('sitemap XML', () => {
  it('writes each URL with its alternates and last change', () => {
    const xml = sitemapXml(sitemapEntries([{ ...home('id'), lastmod: '2027-03-31' }]));
    expect(xml).toContain('<loc>https://mitra.example/id/</loc>');
    expect(xml).toContain('<lastmod>2027-03-31</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://mitra.example/"/>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('escapes any URL so the document stays well formed', () => {
    const decode = (text: string) =>
      text.replace(
        /&(lt|gt|quot|apos|amp);/g,
        (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
      );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const loc = `${site}/${text}`;
        const xml = sitemapXml([{ loc, alternates: { id: loc } }]);
        const inLoc = xml.slice(xml.indexOf('<loc>') + 5, xml.indexOf('</loc>'));
        const inHref = xml.slice(xml.indexOf('href="') + 6, xml.indexOf('"/>'));
        for (const escaped of [inLoc, inHref]) {
          expect(escaped).not.toMatch(/[<>"']|&(?!(lt|gt|amp|apos|quot);)/);
          expect(decode(escaped)).toBe(loc);
        }
      }),
    );
  });
});

describe('reading a page head', () => {
  it('finds canonical, alternates, robots and the last change', () => {
    const html = `<!doctype html><html><head>
      <link rel="canonical" href="${site}/en/guide/">
      <link rel="alternate" hreflang="id" href="${site}/id/panduan/">
      <link rel="alternate" hreflang="en" href="${site}/en/guide/">
      <meta property="article:modified_time" content="2027-03-31">
      </head><body></body></html>`;
    expect(readPageLinks(html)).toEqual({
      canonical: `${site}/en/guide/`,
      alternates: { id: `${site}/id/panduan/`, en: `${site}/en/guide/` },
      noindex: false,
      lastmod: '2027-03-31',
    });
    expect(readPageLinks('<html><head><meta name="robots" content="noindex"></head></html>').noindex).toBe(true);
  });
});
