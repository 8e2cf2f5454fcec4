import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST, fileForPath, SITE } from '../helpers/dist';

/**
 * What search engines, link previews and browsers read: Open Graph and Twitter tags, icons,
 * the manifest, robots.txt, the sitemap, the Content-Security-Policy and the search index.
 * Every check runs over every page in dist/.
 */
const pages = builtPages();
const languagePages = pages.filter((p) => /^(id|en)\//.test(p.path.slice(BASE.length)));
const abs = (path: string) => new URL(path, SITE).href;
const meta = (page: (typeof pages)[number], key: string) =>
  page.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The parts of the web app manifest these tests read (JSON, so checked by the tests, not typed). */
interface WebManifest {
  name: string;
  short_name: string;
  start_url: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The dist/ file behind an absolute URL of this site. */
const fileOfUrl = (url: string) => {
  const target = new URL(url);
  expect(target.origin).toBe(SITE.origin);
  return fileForPath(target.pathname);
};

describe('link previews (Open Graph, Twitter)', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s has a complete card', (path, page) => {
    const title = page.doc.querySelector('title')?.text;
    expect(meta(page, 'og:title')).toBe(title);
    expect(meta(page, 'twitter:title')).toBe(title);
    expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    expect(meta(page, 'og:url')).toBe(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(meta(page, 'og:url')).toBe(abs(path));
    expect(meta(page, 'og:locale')).toBe(
      page.doc.querySelector('html')?.getAttribute('lang') === 'en' ? 'en_GB' : 'id_ID',
    );
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    const image = meta(page, 'og:image')!;
    expect(meta(page, 'twitter:image')).toBe(image);
    expect(meta(page, 'og:image:alt')?.length).toBeGreaterThan(20);
    const file = fileOfUrl(image);
    expect(file, image).toBeDefined();
    const size = pngSize(file!);
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual([
      String(size.width),
      String(size.height),
    ]);
  });

  it('uses a 1200 × 630 PNG, served from this site', () => {
    expect(pngSize(join(DIST, 'social.png'))).toEqual({ width: 1200, height: 630 });
  });

  it('marks guide pages as articles with their last change', () => {
    const guide = pages.find((p) => p.path === `${BASE}id/panduan/tujuan-bersama/`)!;
    expect(meta(guide, 'og:type')).toBe('article');
    expect(meta(guide, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(guide.doc.querySelector('time')?.getAttribute('datetime')).toBe(meta(guide, 'article:modified_time'));
  });
});

describe('icons and the web app manifest', () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    '%s links icons (and its language’s manifest) that exist',
    (_, page) => {
      const links = page.doc.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]');
      // The chooser and the 404 page belong to neither language's app (tests/built/offline.test.ts).
      const app = /^\/(id|en)\//.test(page.path.slice(BASE.length - 1)) ? ['manifest'] : [];
      expect(links.map((l) => l.getAttribute('rel')).sort()).toEqual(['apple-touch-icon', 'icon', 'icon', ...app]);
      for (const link of links)
        expect(fileForPath(link.getAttribute('href')!), link.getAttribute('href')).toBeDefined();
    },
  );

  it('declares icons whose files have the sizes it states', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'id/manifest.webmanifest'), 'utf8')) as WebManifest;
    expect(manifest.name).toMatch(/Mitra/);
    expect(manifest.short_name).toBe('Mitra');
    expect(fileForPath(manifest.start_url)).toBeDefined();
    const sizes = manifest.icons.filter((i) => i.type === 'image/png');
    expect(sizes.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of sizes) {
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(fileForPath(icon.src)!)).toEqual({ width: w, height: h });
    }
    expect(pngSize(join(DIST, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
    expect(readFileSync(join(DIST, 'favicon.ico')).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});

describe('robots.txt and the sitemap', () => {
  const sitemapUrl = abs(`${BASE}sitemap.xml`);
  const sitemap = parse(readFileSync(join(DIST, 'sitemap.xml'), 'utf8'));
  const entries = sitemap.querySelectorAll('url').map((url) => ({
    loc: url.querySelector('loc')!.text,
    alternates: Object.fromEntries(
      url.querySelectorAll('xhtml\\:link').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
    ),
  }));

  it('points robots to the sitemap with an absolute address', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots.split('\n')).toContain(`Sitemap: ${sitemapUrl}`);
  });

  it('lists every indexable language page once, and nothing else', () => {
    const expected = languagePages
      .filter((p) => !(meta(p, 'robots') ?? '').includes('noindex'))
      .map((p) => abs(p.path))
      .sort();
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(expected);
  });

  it('does not list / as a duplicate of a home page', () => {
    expect(entries.map((e) => e.loc)).not.toContain(abs(BASE));
    expect(entries.find((e) => e.loc === abs(`${BASE}id/`))?.alternates['x-default']).toBe(abs(BASE));
  });

  it.each(entries.map((e) => [e.loc, e] as const))(
    '%s carries the same hreflang alternates as the page',
    (loc, entry) => {
      const page = pages.find((p) => abs(p.path) === loc)!;
      const onPage = Object.fromEntries(
        page.doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
      );
      expect(entry.alternates).toEqual(onPage);
      expect(Object.keys(entry.alternates).sort()).toEqual(['en', 'id', 'x-default']);
      for (const href of Object.values(entry.alternates)) expect(fileOfUrl(href), href).toBeDefined();
    },
  );
});

describe('Content-Security-Policy', () => {
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const directives = (page: (typeof pages)[number]) => {
    const content = page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    return Object.fromEntries(
      content
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
  };

  it.each(pages.map((p) => [p.path, p] as const))('%s has a strict policy that covers its inline code', (_, page) => {
    const csp = directives(page);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toContain("'wasm-unsafe-eval'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
    expect(csp['style-src']).not.toContain("'unsafe-inline'");
    expect(csp['worker-src']).toEqual(["'self'"]);
    // Every inline script and style is allowed by its hash, and nothing else is inline.
    // (A `type="application/json"` block is data the browser never runs: CSP does not apply.)
    for (const [, body] of page.html.matchAll(
      /<script(?![^>]*\s(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g,
    ))
      expect(csp['script-src'], 'inline script').toContain(sha256(body!));
    for (const [, body] of page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
      expect(csp['style-src'], 'inline style').toContain(sha256(body!));
    expect(page.html).not.toMatch(/\sstyle="/);
    expect(page.html).not.toMatch(/\son[a-z]+="/);
  });
});

describe('the search index', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = pages.filter((p) => p.doc.querySelector('[data-pagefind-body]'));

  it('has one index per language, with every searchable page of that language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
    for (const lang of ['id', 'en']) {
      const count = indexed.filter((p) => p.doc.querySelector('html')?.getAttribute('lang') === lang).length;
      expect(count).toBeGreaterThan(8);
      expect(entry.languages[lang]?.page_count, lang).toBe(count);
      expect(existsSync(join(DIST, 'pagefind', `wasm.${lang}.pagefind`))).toBe(true);
    }
  });

  it('indexes the reading content of each page, not the header, navigation or footer', () => {
    for (const page of indexed) {
      const body = page.doc.querySelector('[data-pagefind-body]')!;
      expect(body.tagName, page.path).toBe('MAIN');
      expect(page.doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    }
    const home = pages.filter((p) => /^(id|en)\/$/.test(p.path.slice(BASE.length)));
    for (const page of home) expect(page.doc.querySelector('[data-pagefind-body]'), page.path).toBeNull();
  });

  it('files each page under a page type in its own language and titles the result like the page', () => {
    const types: Record<string, Record<string, string>> = {
      id: { guide: 'Panduan', tool: 'Alat', other: 'Lainnya' },
      en: { guide: 'Guide', tool: 'Tool', other: 'Other' },
    };
    for (const page of indexed) {
      const lang = page.doc.querySelector('html')!.getAttribute('lang')!;
      const main = page.doc.querySelector('main')!;
      const rest = page.path.slice(BASE.length).split('/').filter(Boolean);
      const kind = ['panduan', 'guide'].includes(rest[1] ?? '')
        ? 'guide'
        : ['alat', 'tools'].includes(rest[1] ?? '') && rest.length === 3
          ? 'tool'
          : 'other';
      expect(main.getAttribute('data-pagefind-filter'), page.path).toBe(`type:${types[lang]![kind]}`);
      const title = page.doc.querySelector('title')!.text.replace(/ · Mitra$/, '');
      expect(main.getAttribute('data-pagefind-meta'), page.path).toBe(`title:${title}`);
    }
  });
});

describe('delivery headers (public/_headers, for Netlify and Cloudflare Pages)', () => {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map<string, string>()));
    else {
      const [name, ...value] = line.trim().split(':');
      current!.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  const all = rules.get('/*')!;

  it('sends the security headers on every path', () => {
    expect(all.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    // The page policy (with its hashes) lives in each page's <meta>; a header copy would block.
    expect(all.get('content-security-policy')).not.toMatch(/script-src|style-src/);
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.has('x-frame-options')).toBe(true);
    expect(all.has('permissions-policy')).toBe(true);
  });

  it('sets each header once per path (both hosts would join repeated values with a comma)', () => {
    for (const [pattern, headers] of rules) {
      if (pattern === '/*') continue;
      for (const name of headers.keys()) expect(all.has(name), `${pattern} repeats ${name}`).toBe(false);
    }
  });

  it('caches for a year only files whose names change with their content', () => {
    const immutable = [...rules]
      .filter(([, h]) => (h.get('cache-control') ?? '').includes('immutable'))
      .map(([p]) => p);
    expect(immutable).toContain('/_astro/*');
    for (const pattern of immutable) {
      const dir = join(DIST, pattern.replace(/^\//, '').replace(/\/\*$/, ''));
      const files = readdirSync(dir);
      expect(files.length, pattern).toBeGreaterThan(0);
      // Astro: name.HASH.ext or name-HASH.ext (8 characters); Pagefind: lang_HASH.ext (7 hex).
      for (const file of files) {
        const hash = /[._-]([A-Za-z0-9_-]{7,8})\.[a-z_]+$/.exec(file)?.[1] ?? '';
        expect(/[A-Z0-9]/.test(hash), `${pattern}: ${file} has no content hash in its name`).toBe(true);
      }
    }
  });
});
