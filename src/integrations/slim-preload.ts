/**
 * Replaces Vite's ~0.9 KB gzip "preload helper" with a few bytes.
 *
 * Why: Vite wraps every dynamic `import()` in the browser build with `__vitePreload`, which
 * preloads the imported chunk's own imports and CSS. Our on-demand chunks (share links, JSON
 * files, the .docx builder, …) are loaded on a click, where a parallel preload saves nothing
 * noticeable, yet the helper itself costs almost 5 % of a tool page's 20 KB JavaScript budget.
 * Vite offers no switch for it (vitejs/vite#13952, #18551), so this plugin supplies the helper
 * module. Stylesheets an on-demand chunk needs are still added before it runs; its JS imports
 * load with it, as the browser resolves them.
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

export default function slimPreload(base: string): Plugin {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    name: 'mitra:slim-preload',
    enforce: 'pre',
    apply: 'build',
    // The helper preloads stylesheets only, so Vite need not list each chunk's JavaScript
    // imports next to every \`import()\` (file names that cost bytes on every tool page).
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    resolveId(id) {
      return id === HELPER_ID ? HELPER_ID : undefined;
    },
    load(id) {
      if (id !== HELPER_ID) return undefined;
      return `const css = (href) => new Promise((done, failed) => {
  if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return done();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: done, onerror: failed });
  document.head.append(link);
});
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((d) => d.endsWith('.css')).map((d) => css(${JSON.stringify(prefix)} + d))).then(load);`;
    },
  };
}
