import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/**
 * Site search (Pagefind's Component UI, loaded on demand). Each language has its own index:
 * a word from one step page finds that page, and no page of the other language.
 */
const languages = [
  {
    lang: 'id',
    start: '/id/tentang/',
    /** Appears on this step page only. */
    word: 'terukur',
    page: '/id/panduan/tujuan-bersama/',
    /** Not on the page itself: found through its stem (selaras), which Pagefind derives for Indonesian. */
    derived: 'keselarasan',
    /** On many pages. */
    common: 'mitra',
    strings: { button: 'Cari', placeholder: 'Cari', filter: 'Jenis halaman', guide: 'Panduan', results: /hasil/ },
  },
  {
    lang: 'en',
    start: '/en/about/',
    word: 'realistic',
    page: '/en/guide/shared-goals/',
    derived: undefined,
    common: 'partner',
    strings: { button: 'Search', placeholder: 'Search', filter: 'Page type', guide: 'Guide', results: /results?/ },
  },
] as const;

const dialog = (page: Page) => page.locator('pagefind-modal dialog');
const input = (page: Page) => page.locator('pagefind-modal input[type="search"]');
const resultLinks = (page: Page) => page.locator('pagefind-results .pf-result-link');

async function search(page: Page, query: string) {
  await input(page).fill(query);
  await expect(resultLinks(page).first()).toBeVisible();
  // Results arrive in one go once the index chunks are in; wait until the list stops growing.
  await expect
    .poll(async () => {
      const before = await resultLinks(page).count();
      await page.waitForTimeout(250);
      return (await resultLinks(page).count()) === before;
    })
    .toBe(true);
  return resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The visible text of a page's <main>, to check that a test word really is (or is not) there. */
async function mainText(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main.replace(/<[^>]+>/g, ' ').toLowerCase();
}

for (const l of languages) {
  test.describe(`search on ${l.lang} pages`, () => {
    test(`finds the ${l.lang} page with "${l.word}", and no page of the other language`, async ({ page }) => {
      expect(await mainText(page, l.page), `"${l.word}" should be on ${l.page}`).toContain(l.word);
      await page.goto(l.start);
      await page.getByRole('button', { name: l.strings.button }).click();
      await expect(dialog(page)).toBeVisible();
      const found = await search(page, l.word);
      expect(found).toContain(l.page);
      expect(
        found.every((p) => p.startsWith(`/${l.lang}/`)),
        found.join(', '),
      ).toBe(true);
      // The result is titled like the page it leads to.
      const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(await page.request.get(l.page).then((r) => r.text()))![1]!;
      await expect(page.locator(`pagefind-results .pf-result-link[href="${l.page}"]`)).toHaveText(h1.trim());
    });

    if (l.derived) {
      test(`matches word forms: "${l.derived}" finds ${l.page}`, async ({ page }) => {
        expect(await mainText(page, l.page)).not.toContain(l.derived);
        await page.goto(l.start);
        await page.keyboard.press('/');
        const found = await search(page, l.derived);
        expect(found).toContain(l.page);
      });
    }

    test('speaks the page language', async ({ page }) => {
      await page.goto(l.start);
      await page.keyboard.press('/');
      await expect(input(page)).toHaveAttribute('placeholder', l.strings.placeholder);
      await expect(page.locator('pagefind-filter-dropdown')).toContainText(l.strings.filter);
      await input(page).fill(l.word);
      await expect(page.locator('pagefind-summary')).toContainText(l.strings.results);
    });

    test('separates guide pages from the rest with a filter', async ({ page }) => {
      await page.goto(l.start);
      const results = await page.evaluate(
        async ({ filter, word }) => {
          interface Results {
            results: { data: () => Promise<{ url: string }> }[];
          }
          const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
            search: (term: string, options?: { filters: Record<string, string> }) => Promise<Results>;
            filters: () => Promise<Record<string, Record<string, number> | undefined>>;
          };
          const all = await pagefind.search(word);
          const guide = await pagefind.search(word, { filters: { type: filter } });
          const urls = async (r: Results) => Promise.all(r.results.map(async (x) => (await x.data()).url));
          return { all: await urls(all), guide: await urls(guide), filters: await pagefind.filters() };
        },
        { filter: l.strings.guide, word: l.common },
      );
      const guideSection = l.lang === 'id' ? '/id/panduan/' : '/en/guide/';
      expect(Object.keys(results.filters.type ?? {})).toContain(l.strings.guide);
      expect(results.guide.length).toBeGreaterThan(3);
      expect(
        results.guide.every((u) => u.startsWith(guideSection)),
        results.guide.join(', '),
      ).toBe(true);
      expect(results.all.some((u) => !u.startsWith(guideSection))).toBe(true);
    });
  });
}

test.describe('keyboard', () => {
  test('/ opens search with the cursor in the box; Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/id/panduan/tujuan-bersama/');
    const link = page.locator('main a').first();
    await link.focus();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await expect(page.locator('[data-search-open]')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(link).toBeFocused();
    await expect(page.locator('[data-search-open]')).toHaveAttribute('aria-expanded', 'false');
  });

  for (const combo of ['Control+k', 'Meta+k']) {
    test(`${combo} opens search, and again after closing`, async ({ page }) => {
      await page.goto('/en/guide/');
      await page.keyboard.press(combo);
      await expect(input(page)).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      await page.keyboard.press(combo);
      await expect(dialog(page)).toBeVisible();
    });
  }

  test('the search button opens search; Escape gives the button its focus back', async ({ page }) => {
    await page.goto('/en/');
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(input(page)).toBeFocused();
    await input(page).fill('goals');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Arrow down reaches the first result and Enter opens it', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('/');
    await search(page, 'realistic');
    await page.keyboard.press('ArrowDown');
    const first = resultLinks(page).first();
    await expect(first).toBeFocused();
    // Whichever page ranks first (the SMART tool's intro also says "realistic"), Enter opens it.
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/en\//);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });
});

test.describe('loading on demand', () => {
  test('letters typed while the window loads land in the search box', async ({ page }) => {
    // A slow connection: the window's script takes a while.
    await page.route('**/pagefind/pagefind-component-ui.js', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.goto('/id/panduan/');
    await page.keyboard.press('/');
    await page.keyboard.type('kpi');
    await expect(input(page)).toHaveValue('kpi');
    await expect(input(page)).toBeFocused();
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('when the window cannot load, the reader is told in the page language, and can try again', async ({ page }) => {
    // No live region waits on the page: the message is an alert, made when it is needed.
    await page.goto('/id/panduan/');
    await expect(page.getByRole('status')).toHaveCount(0);
    await page.route('**/pagefind/pagefind-component-ui.js', (route) => route.abort());
    await page.goto('/id/panduan/');
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Pencarian tidak dapat dimuat/);
    await page.unroute('**/pagefind/pagefind-component-ui.js');
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(page.locator('[data-search-status]')).toBeHidden();
  });

  test('nothing of the search window or its index loads until the reader opens it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/id/panduan/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.includes('/search-'))).toEqual([]);
    await page.keyboard.press('/');
    await expect(input(page)).toBeFocused();
    await input(page).fill('mitra');
    await expect(resultLinks(page).first()).toBeVisible();
    expect(requested).toContain('/pagefind/pagefind-component-ui.js');
    expect(requested).toContain('/pagefind/pagefind-component-ui.css');
    expect(requested.some((p) => p.startsWith('/pagefind/wasm.id'))).toBe(true);
    expect(requested.some((p) => p.startsWith('/pagefind/wasm.en'))).toBe(false);
  });

  test('without JavaScript there is no search button to press', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/id/panduan/');
    await expect(page.locator('[data-search-open]')).toBeHidden();
    await expect(page.locator('a[data-lang-choice]')).toBeVisible();
    await context.close();
  });

  test('with JavaScript the button is there from the first paint', async ({ page }) => {
    await page.goto('/id/panduan/');
    await expect(page.getByRole('button', { name: 'Cari' })).toBeVisible();
  });
});

test.describe('accessibility of the search window (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`with results, in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/id/panduan/');
      await page.keyboard.press('/');
      await search(page, 'mitra');
      await expectNoAxeViolations(page, `search window (${scheme})`);
    });
  }
});
