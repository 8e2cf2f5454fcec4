import type { Locale } from '../i18n/locales';
import { withBase } from '../i18n/paths';
import { ui } from '../i18n/ui';

/**
 * The web app manifests, for "Install" and "Add to home screen": one app per language, linked from
 * that language's pages (`/id/manifest.webmanifest`, `/en/manifest.webmanifest`). Each app opens
 * at its language's home page, with its name, description and install screenshots in that
 * language, and covers that language's pages only (`scope` `/id/` or `/en/`), with its own `id`.
 *
 * Why two apps, each on its own scope: a reader installs the site in the language they read, and
 * a browser gets one name, description and set of screenshots per manifest (it does not pick a
 * manifest's words by the reader's language). Two apps that both claimed the whole site, as
 * before, overlapped: either could capture the other's links, and a browser with one installed
 * still offered the other on the other language's pages. With a scope each, every address
 * belongs to one app at most; a language switch inside an app opens the other language as a page
 * outside the app (in the browser's own frame, or in the other app where that one is installed).
 * The language chooser (`/`) and the 404 page belong to neither language and link no manifest.
 * The service worker still covers the whole site (its scope is the base), so both apps work
 * offline.
 *
 * Icons: 192 and 512 px PNGs, a maskable 512 px one (the logo inside the safe zone) and the SVG,
 * all drawn by scripts/make-images.ts. Screenshots (a phone and a wide screen, in the manifest's
 * language) are made from the built site by scripts/app-screenshots.mjs; browsers show them in
 * their install dialog.
 */
export function webManifest(lang: Locale) {
  const words = ui[lang];
  const home = withBase(`/${lang}/`);
  return {
    id: home,
    name: words['site.homeTitle'],
    short_name: words['site.name'],
    description: words['home.description'],
    lang,
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#ffffff',
    categories: ['business', 'education'],
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: withBase('/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase('/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase('/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    screenshots: [
      {
        src: withBase(`/screenshots/${lang}-narrow.png`),
        sizes: '780x1688',
        type: 'image/png',
        form_factor: 'narrow',
        label: words['home.description'],
      },
      {
        src: withBase(`/screenshots/${lang}-wide.png`),
        sizes: '1280x800',
        type: 'image/png',
        form_factor: 'wide',
        label: words['home.description'],
      },
    ],
  };
}

/** The manifest as the server sends it. */
export function manifestResponse(lang: Locale): Response {
  return new Response(`${JSON.stringify(webManifest(lang), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
