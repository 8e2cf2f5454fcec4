import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, SITE, BASE } from '../helpers/dist';

const pages = builtPages();
const languagePages = pages.filter((p) => /^\/(id|en)\//.test(p.path.slice(BASE.length - 1)));
const langOf = (path: string) => path.slice(BASE.length).split('/')[0];
const abs = (path: string) => new URL(path, SITE).href;

describe('the built site', () => {
  it('has the pages the guide promises, in both languages', () => {
    const paths = pages.map((p) => p.path);
    for (const expected of [
      '/',
      '/404.html',
      '/id/',
      '/en/',
      '/id/panduan/',
      '/en/guide/',
      '/id/tentang/',
      '/en/about/',
      '/id/panduan/kesimpulan/',
      '/en/guide/conclusion/',
    ]) {
      expect(paths).toContain(`${BASE}${expected.slice(1)}`);
    }
    expect(paths.filter((p) => p.startsWith(`${BASE}id/panduan/`))).toHaveLength(9);
    expect(paths.filter((p) => p.startsWith(`${BASE}en/guide/`))).toHaveLength(9);
    expect(languagePages.filter((p) => langOf(p.path) === 'id')).toHaveLength(
      languagePages.filter((p) => langOf(p.path) === 'en').length,
    );
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s has a language, a title, a description and one h1',
    (path, page) => {
      const lang = page.doc.querySelector('html')?.getAttribute('lang');
      expect(lang).toBe(languagePages.includes(page) ? langOf(path) : 'id');
      expect(page.doc.querySelector('title')?.text.trim().length).toBeGreaterThan(5);
      const description = page.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length).toBeGreaterThanOrEqual(50);
      expect(description.length).toBeLessThanOrEqual(160);
      expect(page.doc.querySelectorAll('h1')).toHaveLength(1);
      expect(page.html).not.toMatch(/undefined|\[object Object\]|NaN/);
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s shows typographic apostrophes and quotation marks (’ “ ”), never straight ones',
    (_, page) => {
      const shown = page.doc.querySelector('body')!.clone() as typeof page.doc;
      // What shows without JavaScript is raw text to the parser: read it as HTML.
      const noscript = shown.querySelectorAll('noscript').map((n) => {
        n.remove();
        return parse(n.text).text;
      });
      for (const code of shown.querySelectorAll('script, style, template, code, pre')) code.remove();
      const meta = ['title', 'meta[name="description"]'].map(
        (s) => page.doc.querySelector(s)?.getAttribute('content') ?? page.doc.querySelector(s)?.text ?? '',
      );
      const text = [shown.text, ...noscript, ...meta].join(' ');
      expect(text.match(/.{0,20}(?:(?<=\p{L})'(?=\p{L})|"[^"\n]{1,60}").{0,10}/gu) ?? []).toEqual([]);
    },
  );

  it('gives every page a unique title and description', () => {
    const titles = pages.map((p) => p.doc.querySelector('title')?.text);
    expect(new Set(titles).size).toBe(titles.length);
    const descriptions = languagePages.map((p) =>
      p.doc.querySelector('meta[name="description"]')?.getAttribute('content'),
    );
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it.each(languagePages.map((p) => [p.path, p] as const))(
    '%s has a canonical URL and a hreflang pair that point back',
    (path, page) => {
      expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(abs(path));
      const alternates: Record<string, string> = Object.fromEntries(
        page.doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
      );
      expect(Object.keys(alternates).sort()).toEqual(['en', 'id', 'x-default']);
      expect(alternates[langOf(path)!]).toBe(abs(path));
      for (const href of Object.values(alternates)) {
        const target = new URL(href);
        expect(target.origin).toBe(SITE.origin);
        expect(fileForPath(target.pathname), href).toBeDefined();
      }
      // The counterpart lists this page as its own alternate: the pair is reciprocal.
      const other = langOf(path) === 'id' ? 'en' : 'id';
      const counterpart = parse(readFileSync(fileForPath(new URL(alternates[other]!).pathname)!, 'utf8'));
      expect(counterpart.querySelector(`link[rel="alternate"][hreflang="${langOf(path)}"]`)?.getAttribute('href')).toBe(
        abs(path),
      );
      // The visible language switcher leads to the same counterpart.
      const switcher = page.doc.querySelector('a[data-lang-choice]');
      expect(switcher?.getAttribute('hreflang')).toBe(other);
      expect(switcher?.getAttribute('lang')).toBe(other);
      expect(abs(switcher!.getAttribute('href')!)).toBe(alternates[other]);
    },
  );

  it('has no internal link or fragment that points nowhere', () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsOf.has(file))
        idsOf.set(
          file,
          new Set(
            parse(readFileSync(file, 'utf8'))
              .querySelectorAll('[id]')
              .map((e) => e.id),
          ),
        );
      return idsOf.get(file)!;
    };
    for (const page of pages) {
      for (const a of page.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, abs(page.path));
        if (url.origin !== SITE.origin) continue;
        const file = fileForPath(url.pathname);
        if (!file) {
          broken.push(`${page.path}: ${href}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !ids(file).has(fragment)) broken.push(`${page.path}: ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the tools', () => {
  it('each have a built page in both languages (a tool needs its route file in src/pages)', async () => {
    const { tools } = await import('../../src/tools/registry');
    const { toolKeys } = await import('../../src/tools/tool-info');
    // Every key of the union has its folder with a meta.ts, and every meta.ts is in the union.
    expect(tools.map((t) => t.key).sort()).toEqual([...toolKeys].sort());
    for (const tool of tools) {
      expect(fileForPath(`${BASE}id/alat/${tool.slug.id}/`), tool.key).toBeDefined();
      expect(fileForPath(`${BASE}en/tools/${tool.slug.en}/`), tool.key).toBeDefined();
    }
  });

  it('each load only their own styles', () => {
    const tools = pages.filter((p) => /\/(alat|tools)\/[^/]+\/$/.test(p.path));
    const sheets = tools.map((p) =>
      p.doc
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => l.getAttribute('href'))
        .sort()
        .join(' '),
    );
    // The id and en page of one tool share their sheets; different tools do not.
    expect(new Set(sheets).size).toBe(tools.length / 2);
  });
});
