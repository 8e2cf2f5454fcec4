// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

/**
 * The public address of the site, for canonical and hreflang URLs. Set SITE_URL when you deploy
 * (e.g. SITE_URL=https://mitra.example.id npm run build); BASE_PATH hosts it under a sub-path.
 */
const site = process.env.SITE_URL ?? 'https://mitra.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        output: {
          /*
           * Everything every tool page loads goes into one `kit` chunk: Preact, Astro's Preact
           * renderer, Vite's preload helper and the shared tool kit. Left to itself, Vite splits
           * these into five or six files as soon as two tools share them; one file compresses
           * better (about 1 KB gzip less) and is one request on a slow connection. Reading pages
           * never import any of it (their only script is src/scripts/site.ts).
           */
          manualChunks(id) {
            const shared = /node_modules\/preact\/|node_modules\/@astrojs\/preact\/dist\/(client|static-html)|vite\/preload-helper|\/src\/tools\/kit\//;
            return shared.test(id) ? 'kit' : undefined;
          },
        },
      },
    },
  },
});
