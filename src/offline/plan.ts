/**
 * What the service worker keeps, as pure functions over the offline manifest: the build writes
 * the manifest (scripts/service-worker.ts), the worker (./sw.ts) follows these plans, and the
 * tests check them without a browser. Nothing here touches the DOM, the Cache API or the network.
 *
 * The manifest lists every file the site may need offline, each with a revision (a hash of its
 * content; `null` when the file name already carries one, as `_astro/*` and Pagefind's chunks
 * do) and the packs it belongs to:
 * - `core`: saved when the worker installs, whatever the connection: the offline pages and
 *   what they need (a few kilobytes).
 * - `id`, `en`: a language's pages (guide, tools, print sheets, …), the code and styles they use
 *   and that language's search index. Saved in the background for the reader's language; the
 *   other language is saved page by page as it is visited.
 * - none: saved on first use only (Pagefind's own search windows, the app icons only an install
 *   reads).
 */
import type { Locale } from '../i18n/locales';

export type PackName = 'core' | Locale;

/** One file of the offline manifest. */
export interface OfflineEntry {
  /** Site path with the base, as the browser asks for it: `/id/panduan/`, `/_astro/x.AbCd1234.js`. */
  url: string;
  /** Hash of the content; null when the file name changes with the content. */
  revision: string | null;
  /** The packs that bring this file along; empty: saved on first use. */
  packs: PackName[];
  /** A page's styles, scripts and what they load: positions in the manifest. */
  deps?: number[];
}

/** Query parameter that keeps two revisions of one address apart in the cache. */
export const REVISION_PARAM = '__rev';

/**
 * The cache key of an entry (a path with its revision): two builds' copies of a page can sit side
 * by side while a new worker waits, and a key that is not in the current manifest is outdated.
 * @example cacheKey({ url: '/id/', revision: 'abc', packs: [] }) // => '/id/?__rev=abc'
 * @example cacheKey({ url: '/_astro/a.B1c2D3e4.js', revision: null, packs: [] }) // => '/_astro/a.B1c2D3e4.js'
 */
export function cacheKey(entry: OfflineEntry): string {
  return entry.revision === null ? entry.url : `${entry.url}?${REVISION_PARAM}=${encodeURIComponent(entry.revision)}`;
}

/**
 * The address a cache key stands for (the key without its revision).
 * @example keyPath('/id/?__rev=abc') // => '/id/'
 */
export function keyPath(key: string): string {
  const at = key.indexOf(`?${REVISION_PARAM}=`);
  return at === -1 ? key : key.slice(0, at);
}

/**
 * The manifest path a request is for: the path alone (a query string or a fragment never
 * selects another file of a static site), with `index.html` read as its folder.
 * @example requestPath('/id/index.html?x=1#top') // => '/id/'
 */
export function requestPath(pathAndQuery: string): string {
  const path = pathAndQuery.replace(/[?#].*$/, '');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Looks entries up by path. */
export function indexManifest(manifest: readonly OfflineEntry[]): Map<string, OfflineEntry> {
  return new Map(manifest.map((entry) => [entry.url, entry]));
}

/** The entries of one pack. */
export function packEntries(manifest: readonly OfflineEntry[], pack: PackName): OfflineEntry[] {
  return manifest.filter((entry) => entry.packs.includes(pack));
}

/**
 * What a new worker fetches while it installs: the core pack, and the new revision of every
 * file the reader had saved from an earlier build (any revision of its path is in the cache).
 * What is already cached under its current key is not fetched again.
 * @param cachedKeys keys (path + query) in the cache now
 */
export function installPlan(manifest: readonly OfflineEntry[], cachedKeys: Iterable<string>): OfflineEntry[] {
  const keys = new Set(cachedKeys);
  const savedPaths = new Set([...keys].map(keyPath));
  return manifest.filter(
    (entry) => !keys.has(cacheKey(entry)) && (entry.packs.includes('core') || savedPaths.has(entry.url)),
  );
}

/**
 * What is still missing to have these pages (with what they load) or a whole pack offline:
 * entries not cached under their current key. Paths that are not in the manifest are ignored.
 */
export function missingEntries(
  manifest: readonly OfflineEntry[],
  wanted: { pack?: PackName | undefined; paths?: readonly string[] | undefined },
  cachedKeys: Iterable<string>,
): OfflineEntry[] {
  const keys = new Set(cachedKeys);
  const paths = new Set((wanted.paths ?? []).map(requestPath));
  const needed = new Set<OfflineEntry>();
  manifest.forEach((entry) => {
    if ((wanted.pack && entry.packs.includes(wanted.pack)) || paths.has(entry.url)) {
      needed.add(entry);
      for (const dep of entry.deps ?? []) if (manifest[dep]) needed.add(manifest[dep]);
    }
  });
  return manifest.filter((entry) => needed.has(entry) && !keys.has(cacheKey(entry)));
}

/**
 * Cache keys the current manifest no longer knows: other revisions and removed files. The
 * worker deletes them once it has taken over from the previous one.
 */
export function outdatedKeys(manifest: readonly OfflineEntry[], cachedKeys: Iterable<string>): string[] {
  const current = new Set(manifest.map(cacheKey));
  return [...cachedKeys].filter((key) => !current.has(key));
}

/**
 * The language of a path inside the site: its first segment after the base, or the default.
 * @example languageOfPath('/mitra/en/guide/', '/mitra/') // => 'en'
 * @example languageOfPath('/lain/', '/') // => 'id'
 */
export function languageOfPath(path: string, base: string): Locale {
  return path.startsWith(`${base}en/`) ? 'en' : 'id';
}

/**
 * A short, stable name for a manifest (FNV-1a over its entries), so caches and messages can
 * tell builds apart.
 * @example manifestVersion([]) // => '811c9dc5'
 */
export function manifestVersion(manifest: readonly OfflineEntry[]): string {
  let hash = 0x811c9dc5;
  for (const entry of manifest) {
    for (const char of `${entry.url} ${entry.revision ?? ''} ${entry.packs.join(',')}\n`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}
