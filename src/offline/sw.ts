/**
 * The service worker (built into dist/sw.js by scripts/service-worker.ts, after Pagefind, with
 * Workbox's manifest of the built files injected at `self.__WB_MANIFEST`).
 *
 * - Install: saves the core pack (the offline pages) and the new revision of whatever the reader
 *   had saved from an earlier version; then waits until the reader chooses to load the new
 *   version (the page shows a notice and sends `skip-waiting`).
 * - Activate: drops what the new manifest no longer lists, and takes control of open pages.
 * - Fetch: a file of the manifest comes from the cache, or from the network and is then kept
 *   (so visited pages of either language stay readable); a page that is not saved, with no
 *   connection, shows the offline page of its language. Only GET requests of this origin inside
 *   the worker's scope are touched: nothing from another origin is ever cached, and a share
 *   link's fragment never reaches a request.
 * - Message `save` (sent by the page when the browser is idle): saves the given paths and, unless
 *   the reader asked to save data, the whole pack of their language.
 * The decisions are in ./plan.ts (pure, unit-tested); this file only does the I/O.
 */
import { offlinePath } from './paths';
import { readToWorker, type SavedReport, type UpdateNotice } from './messages';
import {
  cacheKey,
  indexManifest,
  installPlan,
  languageOfPath,
  missingEntries,
  type OfflineEntry,
  outdatedKeys,
  requestPath,
} from './plan';

/* The parts of the service worker global scope used here (the project's TypeScript library is
 * the DOM's, not the webworker one, so they are declared locally). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  /** The page that sent the message (a window client, with its address). */
  readonly source: { postMessage(message: unknown): void; url?: string } | null;
}
interface WorkerScope {
  readonly __WB_MANIFEST: OfflineEntry[];
  readonly registration: ServiceWorkerRegistration;
  readonly location: Location;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<{ postMessage(message: unknown): void }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: WorkerScope;

const manifest = self.__WB_MANIFEST;
const byPath = indexManifest(manifest);
const base = new URL(self.registration.scope).pathname;
/** One cache per scope, so two sites under different base paths of one origin never mix. */
const CACHE = `mitra-offline ${base}`;

const localKey = (request: Request) => {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
};

async function cachedKeys(cache: Cache): Promise<string[]> {
  return (await cache.keys()).map(localKey);
}

/** A response the Cache API can keep and the browser can serve for a navigation. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function fetchInto(cache: Cache, entry: OfflineEntry): Promise<void> {
  // A revisioned file is revalidated so the copy matches this manifest; hashed names never change.
  const response = await fetch(entry.url, { cache: entry.revision === null ? 'default' : 'no-cache' });
  if (!response.ok || response.type !== 'basic') throw new Error(`${entry.url}: ${response.status}`);
  await cache.put(cacheKey(entry), await storable(response));
}

/** Fetches entries a few at a time (a slow connection stays usable); returns how many failed. */
async function fetchAll(cache: Cache, entries: readonly OfflineEntry[], parallel = 3): Promise<number> {
  let next = 0;
  let failed = 0;
  const lane = async () => {
    while (next < entries.length) {
      const entry = entries[next++]!;
      await fetchInto(cache, entry).catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, entries.length) }, lane));
  return failed;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const failed = await fetchAll(cache, installPlan(manifest, await cachedKeys(cache)));
      // All or nothing, like any precache: the browser tries the update again later.
      if (failed > 0) throw new Error(`${failed} files could not be saved for offline use`);
      // An earlier version runs the open pages: tell them this one is ready (they offer a reload).
      if (self.registration.active) {
        const notice: UpdateNotice = { type: 'update' };
        for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
          client.postMessage(notice);
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(outdatedKeys(manifest, await cachedKeys(cache)).map((key) => cache.delete(key)));
      await self.clients.claim();
    })(),
  );
});

async function offlinePage(path: string): Promise<Response> {
  const entry = byPath.get(`${base}${offlinePath(languageOfPath(path, base)).slice(1)}`);
  const saved = entry && (await caches.open(CACHE).then((cache) => cache.match(cacheKey(entry))));
  return saved ?? Response.error();
}

async function fromCache(event: FetchEvent, entry: OfflineEntry): Promise<Response> {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(cacheKey(entry));
  if (saved) return saved;
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic' && !response.redirected) {
      event.waitUntil(cache.put(cacheKey(entry), response.clone()));
    }
    return response;
  } catch (error) {
    if (event.request.mode === 'navigate') return offlinePage(entry.url);
    throw error;
  }
}

async function fromNetwork(request: Request, path: string): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return offlinePage(path);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  const entry = byPath.get(requestPath(url.pathname));
  if (entry) event.respondWith(fromCache(event, entry));
  else if (request.mode === 'navigate') event.respondWith(fromNetwork(request, url.pathname));
});

self.addEventListener('message', (event) => {
  const sender = event.source && 'url' in event.source ? new URL(String(event.source.url)).pathname : undefined;
  const message = readToWorker(event.data, base, sender);
  if (message?.type === 'skip-waiting') void self.skipWaiting();
  if (message?.type !== 'save') return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The reader's language is the one whose pack they have; the other is saved as visited.
      const other = message.lang === 'en' ? 'id' : 'en';
      const readsOther = missingEntries(manifest, { pack: other }, await cachedKeys(cache)).length === 0;
      const everything = message.force || (message.everything && !readsOther);
      const wanted = { pack: everything ? message.lang : undefined, paths: message.paths };
      const failed = await fetchAll(cache, missingEntries(manifest, wanted, await cachedKeys(cache)));
      const complete = missingEntries(manifest, { pack: message.lang }, await cachedKeys(cache)).length === 0;
      const report: SavedReport = { type: failed ? 'partial' : 'saved', lang: message.lang, everything, complete };
      event.source?.postMessage(report);
      if (self.registration.waiting) event.source?.postMessage({ type: 'update' } satisfies UpdateNotice);
    })(),
  );
});
