import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { type PageLinks, sitemapEntries, sitemapXml } from '../lib/sitemap';

/** Reads a page's canonical URL, hreflang alternates, robots and last-change date. */
export function readPageLinks(html: string): PageLinks {
  const head = parse(html).querySelector('head');
  const alternates: Record<string, string> = {};
  for (const link of head?.querySelectorAll('link[rel="alternate"][hreflang]') ?? []) {
    alternates[link.getAttribute('hreflang')!] = link.getAttribute('href')!;
  }
  const modified = head?.querySelector('meta[property="article:modified_time"]')?.getAttribute('content');
  return {
    canonical: head?.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    alternates,
    noindex: /noindex/i.test(head?.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''),
    lastmod: modified?.slice(0, 10),
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e): Promise<string[]> => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(full);
      return e.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat();
}

/**
 * Writes `sitemap.xml` after the build from the pages actually built (see src/lib/sitemap.ts).
 * @astrojs/sitemap pairs languages by identical paths; our slugs differ per language.
 */
export default function sitemap(): AstroIntegration {
  return {
    name: 'mitra-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(root)).map(async (f) => readPageLinks(await readFile(f, 'utf8'))),
        );
        const entries = sitemapEntries(pages);
        await writeFile(join(root, 'sitemap.xml'), sitemapXml(entries));
        logger.info(`sitemap.xml: ${entries.length} URLs`);
      },
    },
  };
}
