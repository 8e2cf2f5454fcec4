// What each built page makes a reader download before they touch anything: the HTML, its
// stylesheets, its scripts and every module those scripts import statically. Used by
// `npm run measure` (scripts/measure.ts) and by the budget test (tests/built/budgets.test.ts),
// so the numbers printed and the numbers enforced are the same numbers.
// Plain Node + TypeScript (Node 24 strips the types): no Astro, no Vite.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse } from 'node-html-parser';
import { sections } from '../../src/i18n/locales.ts';

/** 1 KB = 1024 bytes, as browsers' developer tools and Lighthouse count. */
export const KB = 1024;

/**
 * The budgets, all in one place (gzip bytes). A reading page (guide, home, about, print, the
 * tools list, the language chooser, 404) ships at most 2 KB of JavaScript before interaction
 * and at most 30 KB of HTML + CSS + JavaScript in total. A tool page may ship more script for
 * its island: 20 KB, or its own figure below (keyed by the tool's English slug). Opening search
 * and getting the first results downloads at most 120 KB in all (the window, Pagefind, its
 * WebAssembly, the index and the results' fragments: scripts/lib/search-weight.ts).
 */
export const budgets = {
  reading: { js: 2 * KB, total: 30 * KB },
  search: { total: 120 * KB },
  tool: { js: 20 * KB, total: undefined },
  toolOverrides: {
    /** The MoU checklist carries a clause library and a document builder. */
    'mou-checklist': { js: 25 * KB },
  } as Record<string, { js: number }>,
} as const;

export type PageKind = 'tool' | 'reading';

export interface Budget {
  js: number;
  /** HTML + CSS + JS; undefined where the issues set no total. */
  total: number | undefined;
}

const toolSections = new Set<string>(Object.values(sections.tools));
const planSlugs = new Set<string>(Object.values(sections.plan));

/**
 * The kind of page a path is: the path tells it. `/<lang>/alat|tools/<slug>/` is a tool page;
 * so is the partnership plan `/<lang>/rencana|plan/` (an island that reads the tools' saved work,
 * under the tools' budget); everything else is a reading page (the tools list `/<lang>/alat/`
 * included).
 * @example pageKind('/en/tools/partner-fit/') // => 'tool'
 * @example pageKind('/mitra/id/alat/', '/mitra/') // => 'reading'
 * @example pageKind('/id/panduan/tujuan-bersama/') // => 'reading'
 * @example pageKind('/en/plan/') // => 'tool'
 */
export function pageKind(path: string, base = '/'): PageKind {
  const parts = path
    .slice(base.length - 1)
    .split('/')
    .filter(Boolean);
  if (parts.length === 2 && planSlugs.has(parts[1]!)) return 'tool';
  return parts.length === 3 && toolSections.has(parts[1]!) ? 'tool' : 'reading';
}

/**
 * The budget of a page. Tool pages are matched to an override by their English slug (the last
 * part of the page's own path in English, or of its English alternate).
 * @example budgetFor('tool', 'mou-checklist').js // => 25600
 * @example budgetFor('reading').total // => 30720
 */
export function budgetFor(kind: PageKind, englishSlug?: string): Budget {
  if (kind === 'reading') return { ...budgets.reading };
  const override = englishSlug ? budgets.toolOverrides[englishSlug] : undefined;
  return { js: override?.js ?? budgets.tool.js, total: budgets.tool.total };
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Site path, e.g. `/id/panduan/` (with base). */
  path: string;
  kind: PageKind;
  budget: Budget;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
  /** Site paths of the CSS and JS files counted (each once). */
  files: string[];
  /** Addresses the page loads from other origins (there should be none). */
  external: string[];
  /** Local files the page refers to that are missing from dist/. */
  missing: string[];
}

/** Whether a page is within its budget, and a readable reason when it is not. */
export function overBudget(weight: PageWeight): string[] {
  const problems: string[] = [];
  if (weight.js.gzip > weight.budget.js)
    problems.push(`${weight.path}: ${weight.js.gzip} B gzip JS > ${weight.budget.js} B budget`);
  if (weight.budget.total !== undefined && weight.total.gzip > weight.budget.total)
    problems.push(`${weight.path}: ${weight.total.gzip} B gzip total > ${weight.budget.total} B budget`);
  return problems;
}

const sizes = new Map<string, Bytes>();
/** Raw and gzip size of one file (gzip level 9, as servers precompress static files). */
export function bytesOf(content: string | Buffer): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function fileBytes(file: string): Bytes {
  if (!sizes.has(file)) sizes.set(file, bytesOf(readFileSync(file)));
  return sizes.get(file)!;
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Bytes = { raw: 0, gzip: 0 };

/** Walks dist/ for HTML pages (Pagefind's own files excluded), as site paths. */
export function htmlPages(dist: string, base = '/'): { path: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : walk(full);
      return name.endsWith('.html') ? [full] : [];
    });
  return walk(dist)
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      return { path: `${base}${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Measures one built page. Counts the HTML file, `<link rel="stylesheet">`, `<script src>`,
 * `<link rel="modulepreload">`, every island's component and renderer (whatever its `client:`
 * directive: a conservative count) and the static imports of all those modules, recursively.
 * Dynamic `import()` is not followed: that is what loads on interaction (the search window).
 */
export async function measurePage(dist: string, page: { path: string; file: string }, base = '/'): Promise<PageWeight> {
  await init;
  const html = readFileSync(page.file, 'utf8');
  const doc = parse(html);
  const pageUrl = new URL(page.path, 'http://site.invalid');
  const external: string[] = [];
  const missing: string[] = [];
  const css = new Set<string>();
  const js = new Set<string>();

  const local = (href: string, from: URL): string | undefined => {
    const url = new URL(href, from);
    if (url.origin !== pageUrl.origin) {
      external.push(url.href);
      return undefined;
    }
    if (!url.pathname.startsWith(base)) {
      missing.push(url.pathname);
      return undefined;
    }
    const file = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
    if (!existsSync(file)) {
      missing.push(url.pathname);
      return undefined;
    }
    return url.pathname;
  };
  const addModule = (href: string, from: URL) => {
    const path = local(href, from);
    if (!path || js.has(path)) return;
    js.add(path);
    const source = readFileSync(join(dist, path.slice(base.length)), 'utf8');
    const [imports] = parseModule(source);
    // d === -1: a static import or re-export; dynamic imports load later, on demand.
    for (const entry of imports) if (entry.d === -1 && entry.n) addModule(entry.n, new URL(path, pageUrl));
  };

  for (const link of doc.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const path = local(link.getAttribute('href')!, pageUrl);
    if (path) css.add(path);
  }
  for (const script of doc.querySelectorAll('script[src]')) addModule(script.getAttribute('src')!, pageUrl);
  for (const link of doc.querySelectorAll('link[rel="modulepreload"][href]'))
    addModule(link.getAttribute('href')!, pageUrl);
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const href = island.getAttribute(attr);
      if (href) addModule(href, pageUrl);
    }
  }

  const sum = (paths: Set<string>) =>
    [...paths].reduce((acc, p) => add(acc, fileBytes(join(dist, p.slice(base.length)))), zero);
  const htmlBytes = bytesOf(html);
  const cssBytes = sum(css);
  // Inline scripts the browser runs count as JavaScript too (they are also part of the HTML
  // bytes, so the total does not add them again). Data blocks such as
  // `<script type="application/json">` are not code and are not counted here.
  const inlineJs = doc
    .querySelectorAll('script:not([src])')
    .filter((script) => isJavaScript(script.getAttribute('type')))
    .map((script) => script.innerHTML)
    .join('\n');
  const externalJs = sum(js);
  const jsBytes = inlineJs ? add(externalJs, bytesOf(inlineJs)) : externalJs;
  const kind = pageKind(page.path, base);
  const englishSlug = kind === 'tool' ? englishSlugOf(page.path, doc, base) : undefined;
  return {
    path: page.path,
    kind,
    budget: budgetFor(kind, englishSlug),
    html: htmlBytes,
    css: cssBytes,
    js: jsBytes,
    total: add(add(htmlBytes, cssBytes), externalJs),
    files: [...css, ...js],
    external,
    missing,
  };
}

/** Whether a `<script type>` is JavaScript the browser runs (no type, a JS MIME type, or module). */
function isJavaScript(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/** The English slug of a tool page (or the plan): its own, or that of its English alternate. */
function englishSlugOf(path: string, doc: ReturnType<typeof parse>, base: string): string | undefined {
  const own = path
    .slice(base.length - 1)
    .split('/')
    .filter(Boolean);
  if (own[0] === 'en') return own.at(-1);
  const href = doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href');
  return href ? new URL(href).pathname.split('/').filter(Boolean).at(-1) : undefined;
}

/** Measures every page of dist/. */
export async function measureSite(dist: string, base = '/'): Promise<PageWeight[]> {
  return Promise.all(htmlPages(dist, base).map((page) => measurePage(dist, page, base)));
}

/** A Markdown table of the measurements, for the terminal and reports/bytes.md. */
export function weightTable(weights: readonly PageWeight[]): string {
  const kb = (n: number) => (n / KB).toFixed(1);
  const rows = weights.map((w) => {
    const problems = overBudget(w);
    const budget = `JS ≤ ${kb(w.budget.js)}${w.budget.total === undefined ? '' : `, total ≤ ${kb(w.budget.total)}`}`;
    return `| ${w.path} | ${w.kind} | ${w.html.raw} / ${w.html.gzip} | ${w.css.raw} / ${w.css.gzip} | ${w.js.raw} / ${w.js.gzip} | ${w.total.raw} / ${w.total.gzip} | ${budget} | ${problems.length ? 'OVER' : 'ok'} |`;
  });
  return [
    '| Page | Kind | HTML raw / gzip (B) | CSS raw / gzip (B) | JS raw / gzip (B) | Total raw / gzip (B) | Budget (KB gzip) | |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}
