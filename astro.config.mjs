// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import baseLinks from './src/integrations/base-links.ts';
import glossaryLinks from './src/integrations/glossary-links.ts';
import siteAddress, { resolveSite } from './src/integrations/site-address.ts';
import sitemap from './src/integrations/sitemap.ts';
import slimPreload from './src/integrations/slim-preload.ts';

/**
 * Astro wraps each content entry (our MDX guide pages, `?astroPropagatedAssets`) in a module that
 * starts with the directive "use astro:head-inject", and Rolldown warns that it may not keep
 * module-level directives when bundling: twenty yellow warnings in every build that look like
 * trouble. They are harmless (the marker is read before bundling; the built pages are tested)
 * and known upstream (withastro/astro#18087). This drops exactly that warning, in every build
 * environment (a `build.rolldownOptions.onwarn` does not reach Astro's prerender build); any
 * other warning still prints.
 * @returns {import('vite').Plugin}
 */
function quietHeadInject() {
  return {
    name: 'mitra:quiet-head-inject',
    apply: 'build',
    onLog(level, log) {
      if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"'))
        return false;
      return undefined;
    },
  };
}

/**
 * The public address of the site, for canonical and hreflang URLs, Open Graph tags, the address on
 * printouts, the sitemap and robots.txt: SITE_URL, required by `astro build` (e.g.
 * SITE_URL=https://your-domain.id npm run build), or the local address with LOCAL_BUILD=1
 * (`npm run build:local`, run by `npm start` and `npm test`). See src/integrations/site-address.ts.
 * BASE_PATH hosts the site under a sub-path.
 */
const address = resolveSite(process.env);
const site = address.site;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  integrations: [siteAddress(address), mdx(), preact(), sitemap()],
  markdown: {
    syntaxHighlight: false,
    // The guide's Markdown links are written from the site root; under BASE_PATH they get the prefix.
    // The first use of each glossary term on a guide page links to its entry (/id/istilah/).
    processor: satteri({ hastPlugins: [glossaryLinks(base), baseLinks(base)] }),
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [slimPreload(base), quietHeadInject()],
    build: {
      rolldownOptions: {
        output: {
          /*
           * Chunks shared by the islands, named so that a page loads only what it runs.
           * - `tool-runtime`: Preact's core, the little i18n the islands use, and the
           *   kit's hydration and saved-state reading (spec, validate, limits): what every island
           *   page runs at once, the partnership plan included. Left to itself, the bundler
           *   splits these into five or six files as soon as two islands share them; one file
           *   compresses better and is one request on a slow connection.
           * - `tool-kit`: Preact's hooks, the kit's form pieces and the tool shell (components,
           *   form, useTool, storage, result), which the three tools use and the plan page (a
           *   class component that only displays) does not.
           * - `plan-core`: the plan's bounds and the ticks' spec: the plan page loads them at once,
           *   the step pages' ticking and the header's progress on demand. Left to itself, the
           *   bundler hands the plan page a chunk of the actions' keys it does not need.
           * - `mou-core`, `smart-core`: a tool's spec, limits and (for the MoU) its model, which
           *   the tool's page and the partnership plan both load at once. Left to itself, the
           *   bundler splits each into two or three small files (the hand-offs import subsets of
           *   them), and every extra file costs a gzip header and its own dictionary.
           * The kit's on-demand modules (share links, files, clipboard) stay out, and reading
           * pages import none of it. So do the kit's form pieces that not every tool renders
           * (checkbox.tsx, disclosure.tsx, error-summary.tsx): they go with the tools that use them.
           * Vite's preload helper (our slim one) goes with the site script's small shared chunk
           * (`site-runtime`): every page loads that one anyway, and the site script's `import()`
           * of the search window must not pull in the tools' chunks.
           * Each group takes the dependencies of what it captures (Rolldown's default), so the
           * groups are matched from the smallest base up: a higher priority claims first.
           */
          codeSplitting: {
            groups: [
              {
                name: 'plan-core',
                priority: 6,
                test: /[\\/]src[\\/]plan[\\/](limits|ticks)\.ts$/,
              },
              {
                name: 'mou-core',
                priority: 5,
                test: /[\\/]src[\\/](tools[\\/]mou-checklist[\\/](limits|model|tool)|content[\\/](mou-questions|clause-terms))\.ts$/,
              },
              {
                name: 'smart-core',
                priority: 4,
                test: /[\\/]src[\\/]tools[\\/]smart-goal[\\/](tool|limits|dates|letters)\.ts$/,
              },
              {
                name: 'site-runtime',
                priority: 3,
                test: /vite[\\/]preload-helper|[\\/]src[\\/]scripts[\\/]language\.ts$/,
              },
              {
                name: 'tool-runtime',
                priority: 2,
                test: (id) =>
                  /node_modules[\\/]preact[\\/](?!hooks[\\/])|[\\/]src[\\/]i18n[\\/](dictionary|locales|format)\.ts/.test(
                    id,
                  ) || /[\\/]src[\\/]tools[\\/]kit[\\/](spec|validate|limits|hydrate)\.tsx?$/.test(id),
              },
              {
                name: 'tool-kit',
                priority: 1,
                test: /node_modules[\\/]preact[\\/]hooks[\\/]|[\\/]src[\\/]tools[\\/]kit[\\/](components|form|useTool|storage|result)\.tsx?$/,
              },
            ],
          },
        },
      },
    },
  },
  security: {
    /**
     * A strict Content-Security-Policy in a <meta> tag on every page. Astro adds the hashes of
     * its own inline scripts and styles; no 'unsafe-inline' anywhere. Pagefind compiles its
     * WebAssembly ('wasm-unsafe-eval') and searches in a worker loaded from our own origin.
     * Directives a <meta> policy cannot carry (frame-ancestors) are sent as headers: see
     * public/_headers and the README's deploy section.
     */
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
