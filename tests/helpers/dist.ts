import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import config from '../../astro.config.mjs';

export const DIST = 'dist';
export const BASE = (config.base ?? '/').replace(/\/?$/, '/');

/**
 * The address the build in dist/ was made for (a local build's, or SITE_URL's), read from its root
 * page's canonical link: the tests hold a build to its own address, whatever the environment says
 * when they run.
 */
export const SITE = builtSite();

function builtSite(): URL {
  const root = join(DIST, 'index.html');
  const canonical = existsSync(root)
    ? parse(readFileSync(root, 'utf8')).querySelector('link[rel="canonical"]')?.getAttribute('href')
    : undefined;
  return new URL(canonical ?? config.site!);
}

export interface BuiltPage {
  /** Site path as a reader types it, e.g. `/id/panduan/` or `/404.html`. */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML page of the build (Pagefind's own UI files excluded). */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build:local` first (npm test does).');
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = `${BASE}${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, doc: parse(html) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file in dist/ that serves a site path, or undefined when nothing does. */
export function fileForPath(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(path.slice(BASE.length));
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [join(DIST, rel, 'index.html')]
      : [join(DIST, rel), join(DIST, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
