import type { APIRoute } from 'astro';
import { manifestResponse } from '../offline/web-manifest';

/** The manifest of the language chooser and the 404 page (see src/offline/web-manifest.ts). */
export const GET: APIRoute = () => manifestResponse('root');
