import { expect, type Page, test } from '@playwright/test';
import { htmlPages, measurePage } from '../../scripts/lib/page-weight.ts';
import { BASE, DIST } from '../helpers/dist';

/**
 * Every page of dist/, in a real browser under its Content-Security-Policy: no violation, no
 * request to another origin, islands hydrate, and the scripts it loads before interaction are
 * the ones `npm run measure` counts (so the budgets measure what readers really download).
 * The search window is opened too, on tool pages and one page of each other kind and language.
 */
const pages = htmlPages(DIST, BASE);

interface Watch {
  problems: string[];
  scripts: Set<string>;
}

/** Records CSP violations, console errors, uncaught errors, foreign requests and scripts. */
async function watch(page: Page): Promise<Watch> {
  const result: Watch = { problems: [], scripts: new Set() };
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text()))
      result.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (error) => result.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:'].includes(url.protocol) && url.origin !== origin)
      result.problems.push(`third-party request: ${url.href}`);
    if (request.resourceType() === 'script' || (request.resourceType() === 'other' && url.pathname.endsWith('.js')))
      result.scripts.add(url.pathname);
  });
  return result;
}

/**
 * Scrolls every island into view and waits until all have hydrated: Astro islands lose `ssr`,
 * a tool (hydrated by the kit, see src/tools/kit/ToolIsland.astro) gets `data-hydrated`.
 */
async function hydrateIslands(page: Page) {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('[data-tool-island]:not([data-hydrated])')).toHaveCount(0);
}

const searchHere = new Set<string>();
for (const lang of ['id', 'en']) {
  for (const prefix of [`${BASE}${lang}/`, `${BASE}${lang}/${lang === 'id' ? 'panduan' : 'guide'}/`]) {
    if (pages.some((p) => p.path === prefix)) searchHere.add(prefix);
  }
}

test.describe('every page under its Content-Security-Policy', () => {
  for (const entry of pages) {
    test(`${entry.path}: no violation, no third-party request, measured scripts only`, async ({ page }) => {
      const seen = await watch(page);
      // `?choose` keeps the language chooser at / on screen instead of redirecting.
      await page.goto(entry.path === BASE ? `${BASE}?choose` : entry.path);
      await page.waitForLoadState('networkidle');
      await hydrateIslands(page);
      const measured = await measurePage(DIST, entry, BASE);
      const unmeasured = [...seen.scripts].filter((s) => !measured.files.includes(s));
      expect(unmeasured, 'scripts loaded before interaction that the measurement misses').toEqual([]);

      const kind = measured.kind;
      if (kind === 'tool' || searchHere.has(entry.path)) {
        await page.keyboard.press('/');
        await expect(page.locator('.search-window input[type="search"]')).toBeFocused();
        await page.keyboard.type(entry.path.includes('/en/') ? 'partner' : 'mitra');
        await expect(page.locator('.search-window .sw-title[href]').first()).toBeVisible();
        await page.keyboard.press('Escape');
      }
      expect(seen.problems).toEqual([]);
    });
  }
});
