/**
 * Replaces Vite's ~0.9 KB gzip "preload helper" with a few bytes, and makes every on-demand
 * `import()` of the site retry for real after a failed load.
 *
 * Why a helper of our own: Vite wraps every dynamic `import()` in the browser build with
 * `__vitePreload`, which preloads the imported chunk's own imports and CSS. Our on-demand chunks
 * (the search window, share links, JSON files, the .docx builder, …) are loaded on a click,
 * where a parallel preload saves nothing noticeable, yet the helper itself costs almost 5 % of a
 * tool page's 20 KB JavaScript budget. Vite offers no switch for it (vitejs/vite#13952, #18551),
 * so this plugin supplies the helper module. Stylesheets an on-demand chunk needs are still added
 * before it runs; its JS imports load with it, as the browser resolves them.
 *
 * Why the retry: a browser keeps a module that failed to load (a network blip) as failed for its
 * address for the rest of the page's life (whatwg/html#6768; Chromium 150 still does), so calling
 * the same `import()` again fails at once. The helper remembers which chunk failed and loads it
 * the next time from a fresh address (`?retry=N`). It knows the chunk because
 * `modulePreloadDependencies` (below, which this plugin sets as the browser build's
 * `build.modulePreload.resolveDependencies`) puts the imported chunk first in the list Vite hands
 * the helper. A stylesheet that failed is removed, so
 * the retry adds it again.
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

/**
 * The on-demand chunks that get the retry: the search window (issue 17). Each chunk listed costs
 * about 70 B gzip in every script that imports it (its name, in Vite's dependency map), which
 * the tool pages' 20 KB budget does not leave room for today; add a tool's chunk here when it has.
 */
export const RETRY_CHUNKS = /\/search-window\.[\w-]+\.js$/;

/**
 * `build.modulePreload.resolveDependencies`: for a chunk that gets the retry, the chunk itself,
 * so the helper knows which file to load again after a failure; for the others, nothing (the
 * helper does not preload JavaScript: the browser loads a chunk's imports with it). Vite adds
 * the stylesheets after this list.
 * @example modulePreloadDependencies('_astro/search-window.a1.js') // => ['_astro/search-window.a1.js']
 * @example modulePreloadDependencies('_astro/files.b2.js') // => []
 */
export function modulePreloadDependencies(file: string): string[] {
  return RETRY_CHUNKS.test(`/${file}`) ? [file] : [];
}

export default function slimPreload(base: string): Plugin {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    name: 'mitra:slim-preload',
    enforce: 'pre',
    apply: 'build',
    // Astro builds the browser bundle in Vite's `client` environment and sets its own build
    // options there, so a `vite.build.modulePreload` in astro.config.mjs would not reach it.
    configEnvironment(name) {
      if (name !== 'client') return undefined;
      return { build: { modulePreload: { polyfill: false, resolveDependencies: modulePreloadDependencies } } };
    },
    resolveId(id) {
      return id === HELPER_ID ? HELPER_ID : undefined;
    },
    load(id) {
      if (id !== HELPER_ID) return undefined;
      return `const base = ${JSON.stringify(prefix)};
const failed = new Map();
const css = (href) => new Promise((done, fail) => {
  if (document.querySelector('link[href="' + href + '"]')) return done();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: done });
  link.onerror = () => fail(link.remove());
  document.head.append(link);
});
export const __vitePreload = (load, deps = []) => {
  const chunk = deps.find((d) => d.endsWith('.js'));
  const tries = failed.get(chunk) || 0;
  return Promise.all(deps.filter((d) => d.endsWith('.css')).map((d) => css(base + d)))
    .then(() => (tries && chunk ? import(/* @vite-ignore */ base + chunk + '?retry=' + tries) : load()))
    .catch((error) => {
      if (chunk) failed.set(chunk, tries + 1);
      throw error;
    });
};`;
    },
  };
}
