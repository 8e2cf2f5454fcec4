import type { Locale } from '../i18n/locales';
import { withBase } from '../i18n/paths';
import { ui } from '../i18n/ui';

/**
 * The web app manifests, for "Install" and "Add to home screen". One per language, linked from
 * that language's pages (`/id/manifest.webmanifest`, `/en/manifest.webmanifest`): the installed
 * app opens at its language's home page, with its name in that language. Each has its own `id`,
 * so the two are two apps a browser never mixes up; both cover the whole site (`scope` is the
 * base), so switching language inside the app stays inside it. The language chooser and the 404
 * page link `/manifest.webmanifest`, which starts at the chooser (it sends a reader on to the
 * language they picked before).
 *
 * Icons: 192 and 512 px PNGs, a maskable 512 px one (the logo inside the safe zone) and the SVG,
 * all drawn by scripts/make-images.ts. Screenshots (a phone and a wide screen, in the manifest's
 * language) are made from the built site by scripts/app-screenshots.mjs; browsers show them in
 * their install dialog.
 */
export function webManifest(lang: Locale | 'root') {
  const words = ui[lang === 'root' ? 'id' : lang];
  const start = lang === 'root' ? '/' : `/${lang}/`;
  const shots = lang === 'root' ? 'id' : lang;
  return {
    id: withBase(start),
    name: words['site.homeTitle'],
    short_name: words['site.name'],
    description: words['home.description'],
    lang: lang === 'root' ? 'id' : lang,
    dir: 'ltr',
    start_url: withBase(start),
    scope: withBase('/'),
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
        src: withBase(`/screenshots/${shots}-narrow.png`),
        sizes: '780x1688',
        type: 'image/png',
        form_factor: 'narrow',
        label: words['home.description'],
      },
      {
        src: withBase(`/screenshots/${shots}-wide.png`),
        sizes: '1280x800',
        type: 'image/png',
        form_factor: 'wide',
        label: words['home.description'],
      },
    ],
  };
}

/** The manifest as the server sends it. */
export function manifestResponse(lang: Locale | 'root'): Response {
  return new Response(`${JSON.stringify(webManifest(lang), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
