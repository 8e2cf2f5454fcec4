import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths';

/** Every page may be crawled; the sitemap's address is absolute, built from SITE_URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap.xml'), site ?? 'http://localhost:4321').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
