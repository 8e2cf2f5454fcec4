import type { APIRoute } from 'astro';
import { type Locale, locales } from '../../i18n/locales';
import { manifestResponse } from '../../offline/web-manifest';

/** Each language's web app manifest (see src/offline/web-manifest.ts). */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => manifestResponse(params.lang as Locale);
