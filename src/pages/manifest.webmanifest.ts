import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths';
import { ui } from '../i18n/ui';

/**
 * The web app manifest: name, icons and colours for "Add to home screen". It starts at the
 * language chooser, which sends a reader to the language they picked before.
 */
export const GET: APIRoute = () => {
  const manifest = {
    id: withBase('/'),
    name: ui.id['site.homeTitle'],
    short_name: ui.id['site.name'],
    description: ui.id['home.description'],
    lang: 'id',
    dir: 'ltr',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#ffffff',
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: withBase('/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase('/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase('/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
