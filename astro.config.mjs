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
          manualChunks(id) {
            if (/node_modules\/preact\/|\/src\/tools\/kit\/|\/src\/i18n\/(dictionary|locales)|vite\/preload-helper/.test(id)) return 'kit';
          },
        },
      },
    },
  },
});
