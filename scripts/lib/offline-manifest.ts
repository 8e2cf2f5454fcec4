// Which built files the service worker saves, and when: read from dist/ after Pagefind, so the
// packs follow whatever the pages really use. Used by scripts/service-worker.ts (which writes
// them into the worker's manifest) and by the built-site test (tests/built/offline.test.ts).
// Plain Node + TypeScript (Node 24 strips the types): no Astro, no Vite.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { OfflineEntry, PackName } from '../../src/offline/plan.ts';

export type Lang = 'id' | 'en';
export const languages: readonly Lang[] = ['id', 'en'];

/** What one language may fetch in the background on a first visit (core pack included), compressed. */
export const BACKGROUND_BUDGET = 800 * 1024;

/** The offline pages (core pack), relative to dist/. Their slugs live in src/offline/paths.ts. */
export const offlinePages: Record<Lang, string> = { id: 'id/luring/index.html', en: 'en/offline/index.html' };

/** Files listed for offline use (relative to dist/). */
export const globPatterns = [
  '**/*.{html,js,css,json,webmanifest,svg,png,ico,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
];

/**
 * Left out of the manifest: the worker itself, the 404 page (the offline page stands in for it),
 * the root language chooser's social image, files only crawlers, hosts or install dialogs read,
 * and Pagefind's playground.
 */
export const globIgnores = [
  'sw.js',
  '404.html',
  'social.png',
  'screenshots/**',
  'robots.txt',
  'sitemap.xml',
  '_headers',
  'pagefind/playground/**',
];

/**
 * Saved on first use only, never in the background: Pagefind's ready-made search windows (the
 * site's search uses Pagefind's JavaScript API, which is in the language packs; a window the site
 * loads on demand is kept once it has been used). Nothing a page of the site can import is here:
 * every chunk a page loads on demand (the MoU tool's Word builder, share links, files, the search
 * window) is found in the built code and goes with the page, so it works offline after one
 * visit. Each pattern must match a built file: the built-site test says so when a name changes.
 */
export const onFirstUse: readonly RegExp[] = [/^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/];

/** Names with a content hash (Vite's `name.HASH.js`/`name-HASH.js`, Pagefind's chunks): no revision needed. */
export const hashedName =
  /^(_astro\/.+[.-][\w-]{8}\.(js|css)|pagefind\/(index|fragment|filter)\/.+|pagefind\/pagefind\.[^/]+\.pf_meta)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (dist: string, file: string) => relative(dist, file).split(sep).join('/');

/** Every file of dist/, relative, with `/` separators. */
export function distFiles(dist: string): string[] {
  return walk(dist)
    .map((f) => rel(dist, f))
    .sort();
}

/** The HTML pages of one language tree (`id/…`, `en/…`). */
export function languagePages(dist: string, lang: Lang): string[] {
  return distFiles(dist).filter((f) => f.startsWith(`${lang}/`) && f.endsWith('.html'));
}

/**
 * The local files a built page loads: stylesheets, scripts, module preloads, icons, the web
 * manifest, images, and every island's component and renderer. Links to other pages are not
 * loads (`<a>`, canonical, alternates).
 */
export function pageAssets(dist: string, page: string, base: string): string[] {
  const doc = parse(readFileSync(join(dist, page), 'utf8'));
  const urls = [
    ...doc
      .querySelectorAll('link[href]')
      .filter((l) => !/\b(canonical|alternate)\b/.test(l.getAttribute('rel') ?? ''))
      .map((l) => l.getAttribute('href')!),
    ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...doc.querySelectorAll('img[src]').map((i) => i.getAttribute('src')!),
    ...doc
      .querySelectorAll('astro-island')
      .flatMap((island) =>
        ['component-url', 'renderer-url', 'before-hydration-url'].map((a) => island.getAttribute(a) ?? ''),
      ),
  ];
  const pageUrl = new URL(`${base}${page}`, 'http://site.invalid');
  return urls
    .filter(Boolean)
    .map((href) => new URL(href, pageUrl))
    .filter((url) => url.origin === pageUrl.origin && url.pathname.startsWith(base))
    .map((url) => decodeURIComponent(url.pathname.slice(base.length)))
    .filter((file) => existsSync(join(dist, file)) && statSync(join(dist, file)).isFile());
}

/**
 * What each script and stylesheet may load: every other built asset whose name appears in its
 * text (static and dynamic imports, `new URL(…)`/`?url` addresses, CSS `url()`). Hashed names
 * are unique, so a name in the text is a reference.
 */
export function assetReferences(dist: string): Map<string, string[]> {
  const assets = distFiles(dist).filter((f) => f.startsWith('_astro/'));
  const names = assets.map((f) => ({ file: f, name: f.slice('_astro/'.length) }));
  const refs = new Map<string, string[]>();
  for (const file of assets.filter((f) => /\.(js|css)$/.test(f))) {
    const text = readFileSync(join(dist, file), 'utf8');
    refs.set(
      file,
      names.filter((n) => n.file !== file && text.includes(n.name)).map((n) => n.file),
    );
  }
  return refs;
}

/**
 * The search index of one language, read from Pagefind's own description of it:
 * `pagefind-entry.json` names the language's meta file and WebAssembly, and the meta file names
 * the index, filter and fragment chunks. Plus Pagefind's JavaScript API and its worker, which
 * every search needs.
 */
export function pagefindFiles(dist: string, lang: Lang): string[] {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string | null }>;
  };
  const language = entry.languages[lang];
  if (!language) throw new Error(`Pagefind built no index for "${lang}"`);
  const meta = `pagefind/pagefind.${language.hash}.pf_meta`;
  // The meta file is gzip (after a "pagefind_dcd" signature, CBOR inside); the chunk names it
  // lists are plain strings in it, each `<lang>_<hash>`.
  const text = gunzipSync(readFileSync(join(dist, meta))).toString('latin1');
  const chunkNames = new Set(text.match(new RegExp(`${lang}_[0-9a-f]+`, 'g')) ?? []);
  const chunks = ['index', 'fragment', 'filter'].flatMap((dir) =>
    readdirSync(join(dist, 'pagefind', dir))
      .filter((name) => chunkNames.has(name.replace(/\.pf_\w+$/, '')))
      .map((name) => `pagefind/${dir}/${name}`),
  );
  const wasm = language.wasm ? [`pagefind/wasm.${language.wasm}.pagefind`] : [];
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    meta,
    ...wasm,
    ...chunks,
  ];
}

/** Whether a file is saved on first use only. */
export const isOnFirstUse = (file: string) => onFirstUse.some((pattern) => pattern.test(file));

/** Everything these pages need, following asset references (never into on-first-use files). */
function closure(dist: string, base: string, pages: readonly string[], refs: Map<string, string[]>): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file) || isOnFirstUse(file)) return;
    found.add(file);
    for (const next of refs.get(file) ?? []) visit(next);
  };
  for (const page of pages) {
    visit(page);
    for (const asset of pageAssets(dist, page, base)) visit(asset);
  }
  return found;
}

/**
 * What each page needs besides itself (its styles, scripts and what they load, never an
 * on-first-use file), so the worker can save a visited page whole, even the first one, which
 * loaded before the worker ran.
 */
export function pageDependencies(dist: string, base: string): Map<string, string[]> {
  const refs = assetReferences(dist);
  return new Map(
    distFiles(dist)
      .filter((f) => f.endsWith('.html'))
      .map((page) => [page, [...closure(dist, base, [page], refs)].filter((f) => f !== page).sort()]),
  );
}

/**
 * The packs of every file that belongs to one: `core` (the offline pages and what they load)
 * and each language (its pages, what they load, its search index).
 */
export function packsOf(dist: string, base: string): Map<string, Set<PackName>> {
  const refs = assetReferences(dist);
  const packs = new Map<string, Set<PackName>>();
  const add = (file: string, pack: PackName) => {
    if (!packs.has(file)) packs.set(file, new Set());
    packs.get(file)!.add(pack);
  };
  for (const file of closure(dist, base, Object.values(offlinePages), refs)) add(file, 'core');
  for (const lang of languages) {
    for (const file of closure(dist, base, languagePages(dist, lang), refs)) add(file, lang);
    for (const file of pagefindFiles(dist, lang)) add(file, lang);
  }
  return packs;
}

/**
 * The site path of a built file, as the browser asks for it.
 * @example sitePath('id/panduan/index.html', '/mitra/') // => '/mitra/id/panduan/'
 */
export function sitePath(file: string, base: string): string {
  const path = `${base}${file}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file behind a site path (the inverse of `sitePath`). */
export function fileOfPath(path: string, base: string): string {
  const file = path.slice(base.length);
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/**
 * Bytes on the wire: gzip for text; files that are compressed already (images, Pagefind's
 * gzip chunks and WebAssembly) as they are.
 */
export function compressedSize(dist: string, file: string): number {
  const content = readFileSync(join(dist, file));
  return Math.min(content.length, gzipSync(content, { level: 9 }).length);
}

/** What a first visit in `lang` fetches in the background: the core pack and the language's pack. */
export function backgroundBytes(dist: string, base: string, manifest: readonly OfflineEntry[], lang: Lang): number {
  return manifest
    .filter((e) => e.packs.includes('core') || e.packs.includes(lang))
    .reduce((sum, e) => sum + compressedSize(dist, fileOfPath(e.url, base)), 0);
}

/**
 * Reads the manifest back out of a built dist/sw.js (Workbox injects it as JSON with sorted keys,
 * so it starts with `[{"deps":` or, when the first file has no dependencies, `[{"packs":`).
 */
export function readWorkerManifest(dist: string): OfflineEntry[] {
  const source = readFileSync(join(dist, 'sw.js'), 'utf8');
  const start = source.search(/\[\{"(deps|packs)":/);
  if (start === -1) throw new Error('dist/sw.js holds no offline manifest');
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) return JSON.parse(source.slice(start, i + 1)) as OfflineEntry[];
    }
  }
  throw new Error('dist/sw.js: the offline manifest does not end');
}
