// Runs the search path in Chromium and reports what it downloads and how long the first result
// takes: the site's own search window, and for comparison Pagefind's Component UI (the window
// this site used before) and Pagefind's Modular UI, each set up as a page would use it. Used by
// `npm run measure` (scripts/measure.ts). Serves dist/ itself on a free port (no preview server),
// with gzip as a host would, and emulates a slow phone: Lighthouse's mobile "slow 4G" (150 ms,
// 1.6 Mbit/s) and a CPU four times slower.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { isPrecompressed } from './search-weight.ts';

export type SearchUi = 'site' | 'component' | 'modular';

export const uiNames: Record<SearchUi, string> = {
  site: 'Mitra search window (pagefind.js API)',
  component: 'Pagefind Component UI (previous window)',
  modular: 'Pagefind Modular UI',
};

export interface SearchRun {
  ui: SearchUi;
  lang: string;
  query: string;
  /** Site paths requested from opening search until the first query's results settled. */
  paths: string[];
  /** From the key press or click that opens search to the first result on screen. */
  firstResultMs: number;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Where the comparison UIs are mounted (never part of dist/). */
const HARNESS = '__search-compare/';

/**
 * A page that opens a Pagefind UI the way a site would: the Component UI as this site's previous
 * window did (modal, page-type filter, two sections per result), the Modular UI with an input
 * and a result list. Both use pagefind.js on the page (`noWorker`) for the Modular UI, as the
 * site's window does; the Component UI as it ships.
 */
function harnessPage(ui: 'component' | 'modular', lang: string, base: string): string {
  const bundlePath = `${base}pagefind/`;
  const open =
    ui === 'component'
      ? `const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '${bundlePath}pagefind-component-ui.css' });
  document.head.append(css);
  await import('${bundlePath}pagefind-component-ui.js');
  const instance = window.PagefindComponents.configureInstance('default', { bundlePath: '${bundlePath}', baseUrl: '${base}' });
  instance.setLanguage(document.documentElement.lang);
  const modal = document.createElement('pagefind-modal');
  document.body.append(modal);
  const filter = document.createElement('pagefind-filter-dropdown');
  filter.setAttribute('filter', 'type');
  modal.querySelector('pagefind-modal-body')?.prepend(filter);
  modal.querySelector('pagefind-results')?.setAttribute('max-sub-results', '2');
  modal.open();`
      : `const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '${bundlePath}pagefind-modular-ui.css' });
  document.head.append(css);
  await new Promise((done) => document.head.append(Object.assign(document.createElement('script'), { src: '${bundlePath}pagefind-modular-ui.js', onload: done })));
  const ui = new window.PagefindModularUI.Instance({ bundlePath: '${bundlePath}', baseUrl: '${base}', noWorker: true });
  ui.add(new window.PagefindModularUI.Input({ containerElement: '#box' }));
  ui.add(new window.PagefindModularUI.ResultList({ containerElement: '#results' }));
  document.querySelector('#box input')?.focus();`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${ui}</title></head>
<body><button type="button" id="open">Search</button><div id="box"></div><div id="results"></div>
<script type="module">
document.getElementById('open').addEventListener('click', async () => {
  ${open}
}, { once: true });
</script></body></html>`;
}

/** Serves dist/ (and the comparison pages) on a free local port, gzipping text as hosts do. */
export async function serveDist(dist: string, base = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const harness = new RegExp(`^${base}${HARNESS}(component|modular)/(\\w+)/$`).exec(url.pathname);
    let body: Buffer;
    let type: string;
    if (harness) {
      body = Buffer.from(harnessPage(harness[1] as 'component' | 'modular', harness[2]!, base));
      type = types['.html']!;
    } else {
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      let file = join(dist, rel);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!url.pathname.startsWith(base) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
      type = types[extname(file)] ?? 'application/octet-stream';
    }
    const gzip = !isPrecompressed(url.pathname) && /text|json|svg|manifest/.test(type);
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const selectors: Record<SearchUi, { input: string; result: string }> = {
  site: { input: '.search-window input[type="search"]', result: '.search-window .sw-title[href]' },
  component: { input: 'pagefind-modal input[type="search"]', result: 'pagefind-results .pf-result-link[href]' },
  modular: { input: '#box input', result: '#results a[href]' },
};

/** Starts the browser the tests use (Debian's Chromium). */
export async function launch(): Promise<Browser> {
  const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-quic', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/**
 * Opens search on a page of `lang`, types `query` and waits until the first result is on screen
 * and nothing more loads; returns what was requested meanwhile and the time to the first result.
 */
export async function runSearch(
  browser: Browser,
  origin: string,
  ui: SearchUi,
  lang: 'id' | 'en',
  query: string,
  base = '/',
): Promise<SearchRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const { input, result } = selectors[ui];
  await page.addInitScript((selector: string) => {
    const times = { start: 0, first: 0 };
    (window as unknown as { searchTimes: typeof times }).searchTimes = times;
    const start = () => {
      times.start ||= performance.now();
    };
    addEventListener('keydown', start, true);
    addEventListener('click', start, true);
    new MutationObserver(() => {
      if (!times.first && times.start && document.querySelector(selector)) times.first = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, result);
  const start =
    ui === 'site' ? `${base}${lang}/${lang === 'id' ? 'panduan' : 'guide'}/` : `${base}${HARNESS}${ui}/${lang}/`;
  await page.goto(origin + start, { waitUntil: 'networkidle' });

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  const paths: string[] = [];
  let last = Date.now();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.includes(HARNESS)) paths.push(url.pathname + url.search);
    last = Date.now();
  });
  page.on('requestfinished', () => {
    last = Date.now();
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  if (ui === 'site') await page.keyboard.press('/');
  else await page.click('#open');
  try {
    await page.locator(input).waitFor({ timeout: 60_000 });
  } catch (error) {
    const state = await page.evaluate(() => ({
      status: document.querySelector('[data-search-status]')?.textContent,
      dialogs: document.querySelectorAll('dialog').length,
      focus: document.activeElement?.outerHTML.slice(0, 80),
    }));
    throw new Error(`${ui} ${lang}: search did not open: ${JSON.stringify(state)} ${problems.join('; ')}`, {
      cause: error,
    });
  }
  await page.locator(input).pressSequentially(query);
  await page.locator(result).first().waitFor({ timeout: 60_000 });
  // The first query's results settle: nothing requested or finished for a second.
  while (Date.now() - last < 1000) await page.waitForTimeout(200);
  const times = await page.evaluate(
    () => (window as unknown as { searchTimes: { start: number; first: number } }).searchTimes,
  );
  await context.close();
  return { ui, lang, query, paths, firstResultMs: Math.round(times.first - times.start) };
}
