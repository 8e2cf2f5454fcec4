import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { format } from '../../src/i18n/dictionary';
import { offlineText } from '../../src/offline/i18n';
import { offlinePath } from '../../src/offline/paths';
import mouText from '../../src/tools/mou-checklist/i18n';
import partnerFitText from '../../src/tools/partner-fit/i18n';
import smartGoalText from '../../src/tools/smart-goal/i18n';
import { buildSite, withoutAddress } from '../helpers/build';
import { BASE, builtPages, DIST } from '../helpers/dist';
import { type StaticSite, startStaticSite } from '../helpers/static-server';

/**
 * The site with its service worker, in Chromium: after one visit the reader's language works
 * without a connection (every page, the tools with their autosave, a print sheet, search), a page
 * that is not saved shows the offline page, save-data mode saves only what is visited (and the
 * About page saves the rest on request), and a new build served to the same browser shows the
 * update notice without losing a tool's work.
 *
 * The site is served by a small static host on a port the system picks (tests/helpers/
 * static-server.ts), not by `astro preview`: the update test switches that host to a second
 * build (dist-next/, built here when older than dist/) on the same origin.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

const NEXT = 'dist-next';
const NEXT_SITE = 'https://next.mitra.example';

let site: StaticSite;
test.beforeAll(async () => {
  site = await startStaticSite(DIST, BASE);
});
test.afterAll(async () => site.close());
test.afterEach(() => site.serve(DIST));

const pages = builtPages();
const languagePages = (lang: 'id' | 'en') =>
  pages.filter((p) => p.path.startsWith(`${BASE}${lang}/`) && p.path !== `${BASE}${offlinePath(lang).slice(1)}`);
const h1Of = (path: string) =>
  pages
    .find((p) => p.path === path)!
    .doc.querySelector('h1')!
    .text.trim();

/** Fails the test on CSP violations, console errors, uncaught errors and foreign requests (the worker's too). */
function watch(context: BrowserContext) {
  const problems: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:'].includes(url.protocol) && url.origin !== site.origin)
      problems.push(`third-party request: ${url.href}`);
  });
  context.on('page', (page) => {
    page.on('console', (m) => {
      // With no connection Chromium logs each request that fails on the network: expected.
      if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED'))
        problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  });
  return problems;
}

/** Opens a page and waits until the service worker reports that it has saved what it was asked to. */
async function visitAndSave(page: Page, path: string) {
  await page.goto(site.origin + path);
  await expect(page.locator('html')).toHaveAttribute('data-saved', '', { timeout: 90_000 });
}

const tools = [
  {
    path: `${BASE}id/alat/kecocokan-mitra/`,
    field: format(partnerFitText.id['cand.name'], { n: 1 }),
    value: 'Toko Sari',
  },
  { path: `${BASE}id/alat/tujuan-smart/`, field: smartGoalText.id['partners.a'], value: 'Rina' },
  { path: `${BASE}id/alat/klausul-mou/`, field: mouText.id['parties.first'], value: 'Toko Lilin Putri' },
];

async function openTool(page: Page, path: string) {
  await page.goto(site.origin + path);
  await page.locator('[data-tool-island][data-hydrated]').waitFor();
}

test('after one visit, the Indonesian site works offline: every page, the tools, a print sheet, search', async ({
  context,
  page,
}) => {
  const problems = watch(context);
  await visitAndSave(page, `${BASE}id/`);
  // Pagefind's ready-made search window is kept once used (the site's own search is in the
  // pack): open it once while online, without searching, so the index itself comes from the pack.
  await page.keyboard.press('/');
  await expect(page.locator('.search-window input[type="search"]')).toBeFocused();
  await page.keyboard.press('Escape');

  await context.setOffline(true);
  for (const entry of languagePages('id')) {
    const response = await page.goto(site.origin + entry.path);
    expect(response?.ok(), entry.path).toBe(true);
    await expect(page.locator('h1').first(), entry.path).toHaveText(h1Of(entry.path));
  }

  for (const tool of tools) {
    await openTool(page, tool.path);
    await page.getByLabel(tool.field).fill(tool.value);
    await page.reload();
    await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
    await expect(page.getByLabel(tool.field), tool.path).toHaveValue(tool.value);
  }

  await page.goto(`${site.origin}${BASE}id/cetak/daftar-periksa-tujuh-langkah/`);
  await expect(page.locator('[data-sheet-item]').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  await page.goto(`${site.origin}${BASE}id/tentang/`);
  await page.keyboard.press('/');
  await page.locator('.search-window input[type="search"]').fill('terukur');
  await expect(page.locator(`.search-window .sw-title[href="${BASE}id/panduan/tujuan-bersama/"]`)).toBeVisible();
  await page.keyboard.press('Escape');

  // Not saved: an address that is no page, and the other language. Each gets the offline page
  // in its language; the Indonesian one links to the saved pages.
  const id = offlineText.id;
  await page.goto(`${site.origin}${BASE}id/tidak-ada/`);
  await expect(page.locator('h1')).toHaveText(id['page.title']);
  await expect(page.locator(`main a[data-offline-link][href="${BASE}id/panduan/tujuan-bersama/"]`)).toBeVisible();
  await expect(page.locator('main a[data-offline-link]:visible')).toHaveCount(languagePages('id').length);
  await expect(page.getByText(id['page.none'])).toBeHidden();
  // Nothing English is saved: the English offline page says so and lists the Indonesian pages.
  await expect(page.locator('main .elsewhere')).toBeHidden();
  await page.goto(`${site.origin}${BASE}en/guide/`);
  const en = offlineText.en;
  await expect(page.locator('h1')).toHaveText(en['page.title']);
  await expect(page.getByText(en['page.none'])).toBeHidden();
  await expect(page.getByText(en['page.noneHere'])).toBeVisible();
  await expect(page.getByRole('heading', { name: en['page.otherSaved'] })).toBeVisible();
  const indonesian = page.locator('main .elsewhere a[data-offline-link]:visible');
  await expect(indonesian).toHaveCount(languagePages('id').length);
  await expect(page.locator(`main a[hreflang="id"][href="${BASE}id/panduan/tujuan-bersama/"]`)).toBeVisible();
  await expect(page.locator('main .groups a[data-offline-link]:visible')).toHaveCount(0);

  expect(problems).toEqual([]);
});

test('in save-data mode only visited pages are saved, and the About page saves everything on request', async ({
  context,
  page,
}) => {
  const problems = watch(context);
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
  });
  const en = offlineText.en;
  await visitAndSave(page, `${BASE}en/guide/shared-goals/`);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(h1Of(`${BASE}en/guide/shared-goals/`));
  await page.goto(`${site.origin}${BASE}en/guide/right-partner/`);
  await expect(page.locator('h1')).toHaveText(en['page.title']);
  // The offline page lists what is saved: the one page visited.
  await expect(page.locator('a[data-offline-link]:visible')).toHaveCount(1);
  // The Indonesian offline page names it too, as the one English page saved.
  const id = offlineText.id;
  await page.goto(`${site.origin}${BASE}id/panduan/`);
  await expect(page.locator('h1')).toHaveText(id['page.title']);
  await expect(page.getByText(id['page.noneHere'])).toBeVisible();
  await expect(page.getByText(id['page.none'])).toBeHidden();
  const english = page.locator('main .elsewhere a[data-offline-link]:visible');
  await expect(english).toHaveCount(1);
  await expect(english).toHaveAttribute('href', `${BASE}en/guide/shared-goals/`);
  await expect(english).toHaveAttribute('hreflang', 'en');

  await context.setOffline(false);
  await visitAndSave(page, `${BASE}en/about/`);
  await page.getByRole('button', { name: en['save.button'] }).click();
  await expect(page.getByText(en['save.saved'])).toBeVisible({ timeout: 90_000 });
  await context.setOffline(true);
  for (const entry of languagePages('en')) {
    await page.goto(site.origin + entry.path);
    await expect(page.locator('h1').first(), entry.path).toHaveText(h1Of(entry.path));
  }
  expect(problems).toEqual([]);
});

const mouPages = { id: `${BASE}id/alat/klausul-mou/`, en: `${BASE}en/tools/mou-checklist/` } as const;

for (const [lang, saveData] of [
  ['id', false],
  ['en', true],
] as const) {
  test(`the MoU tool’s Word outline is made offline after one visit (${lang}${saveData ? ', save-data mode: only the visited page is saved' : ''})`, async ({
    context,
    page,
  }) => {
    const problems = watch(context);
    if (saveData) {
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
      });
    }
    const t = mouText[lang];
    await visitAndSave(page, mouPages[lang]);
    await context.setOffline(true);
    await openTool(page, mouPages[lang]);
    await page.getByLabel(t['parties.first']).fill('Toko Lilin Putri');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t['docx.download'] }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    // A Word file is a zip archive.
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await expect(page.getByText(t['docx.failed'])).toBeHidden();
    expect(problems).toEqual([]);
  });
}

/** Builds the site again with other content (another public address) into dist-next/, unless fresh. */
function buildNext() {
  const worker = (dir: string) => `${dir}/sw.js`;
  if (existsSync(worker(NEXT)) && statSync(worker(NEXT)).mtimeMs > statSync(worker(DIST)).mtimeMs) return;
  buildSite(NEXT, { ...withoutAddress(), SITE_URL: NEXT_SITE });
}

test('a new build shows the update notice, and the tool keeps its work through the reload', async ({
  context,
  page,
}) => {
  test.setTimeout(420_000);
  buildNext();
  const problems = watch(context);
  const en = offlineText.en;
  const tool = `${BASE}en/tools/smart-goals/`;
  await visitAndSave(page, tool);
  await page.getByLabel(smartGoalText.en['partners.a']).fill('Rina');
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveAttribute('href', new RegExp(`^(?!${NEXT_SITE})`));

  site.serve(NEXT);
  await page.reload();
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toBeVisible({ timeout: 90_000 });
  await expect(notice).toContainText(en['update.text']);
  // The page in use stays as it was until the reader chooses.
  await expect(page.getByLabel(smartGoalText.en['partners.a'])).toHaveValue('Rina');
  await expect(canonical).toHaveAttribute('href', new RegExp(`^(?!${NEXT_SITE})`));

  await notice.getByRole('button', { name: en['update.reload'] }).click();
  await expect(canonical).toHaveAttribute('href', `${NEXT_SITE}${tool}`);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.getByLabel(smartGoalText.en['partners.a'])).toHaveValue('Rina');
  await expect(notice).toBeHidden();
  expect(problems).toEqual([]);
});

test('Chromium finds each language installable', async () => {
  // Chromium does not install from incognito windows, which is what a test context is: this test
  // opens a profile on disk instead.
  const profile = mkdtempSync(join(tmpdir(), 'mitra-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...test.info().project.use.launchOptions,
    serviceWorkers: 'allow',
  });
  try {
    const problems = watch(context);
    const page = context.pages()[0] ?? (await context.newPage());
    for (const lang of ['id', 'en'] as const) {
      await visitAndSave(page, `${BASE}${lang}/`);
      // Chromium's own check (what decides whether it offers to install), in place of the PWA
      // audit Lighthouse no longer has.
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors, lang).toEqual([]);
      const { errors, url } = await cdp.send('Page.getAppManifest');
      expect(errors, lang).toEqual([]);
      expect(url).toBe(`${site.origin}${BASE}${lang}/manifest.webmanifest`);
      await cdp.detach();
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the footer offers installing only when the browser does, and opens its dialog', async ({ context, page }) => {
  const problems = watch(context);
  await visitAndSave(page, `${BASE}en/`);
  const offer = page.getByRole('button', { name: offlineText.en['install.button'] });
  // A test context is incognito, where Chromium offers no install: no button.
  await expect(offer).toBeHidden();
  // What Chromium does where it offers installing: `beforeinstallprompt`, whose prompt() opens
  // its dialog. (A real profile gets the real event, but its timing is the browser's.)
  await page.evaluate(() => {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => {
        document.documentElement.dataset.prompted = '1';
        return Promise.resolve();
      },
    });
    dispatchEvent(event);
  });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(page.locator('html')).toHaveAttribute('data-prompted', '1');
  await expect(offer).toBeHidden();
  expect(problems).toEqual([]);
});
