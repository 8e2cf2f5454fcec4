import { expect, type Page, test } from '@playwright/test';
import { budgets, KB } from '../../scripts/lib/page-weight.ts';
import { searchFileTable, searchPathWeight } from '../../scripts/lib/search-weight.ts';
import { glossary } from '../../src/content/glossary';
import searchWords from '../../src/search/i18n';
import { BASE, DIST } from '../helpers/dist';
import { escapeRegExp, expectNoAxeViolations } from './fixtures';

/**
 * Site search (our search window over Pagefind's JavaScript API, loaded on demand). Each
 * language has its own index: a word from one step page finds that page, and no page of the
 * other language.
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

const dialog = (page: Page) => page.locator('dialog.search-window');
const input = (page: Page) => page.locator('.search-window input[type="search"]');
/** The link of each result (its page title), in ranking order. */
const resultLinks = (page: Page) => page.locator('.search-window .sw-results .sw-title[href]');
/** The search window's script (its name has a content hash; a retry adds `?retry=N`). */
const windowScript = /\/_astro\/search-window\.[\w-]+\.js(\?|$)/;

async function search(page: Page, query: string) {
  await input(page).fill(query);
  // The status names the query once its results are listed; each listed result then fills in
  // its link when its fragment arrives: wait until every one has.
  await expect(page.locator('.search-window .sw-status')).toContainText(query);
  await expect(resultLinks(page).first()).toBeVisible();
  await expect
    .poll(async () => {
      const items = await page.locator('.search-window .sw-results > .sw-result').count();
      return items > 0 && items === (await resultLinks(page).count());
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
      await expect(page.locator(`.search-window .sw-title[href="${l.page}"]`)).toHaveText(h1.trim());
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
      await expect(page.locator('.search-window .sw-filter')).toContainText(l.strings.filter);
      await expect(page.getByRole('combobox', { name: l.strings.filter })).toBeVisible();
      await input(page).fill(l.word);
      await expect(page.locator('.search-window .sw-status')).toContainText(l.strings.results);
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

      // The same filter in the window: choosing the guide leaves only guide pages.
      await page.keyboard.press('/');
      const everything = await search(page, l.common);
      expect(everything.some((p) => !p.startsWith(guideSection))).toBe(true);
      await page.getByRole('combobox', { name: l.strings.filter }).selectOption(l.strings.guide);
      await expect.poll(async () => (await search(page, l.common)).every((p) => p.startsWith(guideSection))).toBe(true);
    });
  });
}

test.describe('keyboard', () => {
  test('/ opens search with the cursor in the box; Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/id/panduan/tujuan-bersama/');
    const link = page.locator('main a:visible').first();
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
    await page.route(windowScript, async (route) => {
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

  test('the words and tools offered make way as soon as the reader types, while Pagefind still loads', async ({
    page,
  }) => {
    const gate = Promise.withResolvers<void>();
    const held = gate.promise;
    const release = () => gate.resolve();
    await page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/en/guide/');
    await page.keyboard.press('/');
    await expect(page.locator('.search-window .sw-start')).toBeVisible();
    await input(page).fill('mou');
    await expect(page.locator('.search-window .sw-status')).toHaveText('Loading search…');
    await expect(page.locator('.search-window .sw-start')).toBeHidden();
    release();
    await expect(resultLinks(page).first()).toBeVisible();
  });

  /**
   * A network blip, then the connection is back. Some browsers keep a module that failed to
   * load as failed for its address for the rest of the page's life (Chromium up to version 155,
   * whatwg/html#6768); others fetch it again. To prove the retry on any browser, the failed
   * address keeps failing here as in those browsers: only a fresh address can load.
   */
  async function blip(page: Page, script: RegExp) {
    let online = false;
    await page.route(script, (route) =>
      online && new URL(route.request().url()).search ? route.continue() : route.abort(),
    );
    return () => {
      online = true;
    };
  }

  test('when the window cannot load, the reader is told in the page language, and can try again', async ({ page }) => {
    // No live region waits on the page: the message is an alert, made when it is needed.
    await page.goto('/id/panduan/');
    await expect(page.getByRole('status')).toHaveCount(0);
    const backOnline = await blip(page, windowScript);
    await page.goto('/id/panduan/');
    const button = page.getByRole('button', { name: 'Cari' });
    await button.click();
    await expect(page.getByRole('alert')).toHaveText(/Pencarian tidak dapat dimuat/);
    // Still failing: once this press's attempt is over (the button is busy until then: the
    // message was already there), the message stays, and nothing is left half-open.
    await button.click();
    await expect(button).not.toHaveAttribute('aria-busy');
    await expect(page.getByRole('alert')).toHaveText(/Pencarian tidak dapat dimuat/);
    await expect(dialog(page)).toHaveCount(0);
    backOnline();
    await button.click();
    await expect(dialog(page)).toBeVisible();
    await expect(page.locator('[data-search-status]')).toBeHidden();
    await input(page).fill('mitra');
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('when Pagefind cannot load, the window says so in the page language, and "try again" works', async ({
    page,
  }) => {
    const backOnline = await blip(page, /\/pagefind\/pagefind\.js(\?|$)/);
    await page.goto('/en/guide/');
    await page.keyboard.press('/');
    await input(page).fill('partner');
    const alert = dialog(page).getByRole('alert');
    await expect(alert).toContainText('Search could not be loaded');
    backOnline();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(resultLinks(page).first()).toBeVisible();
    await expect(alert).toBeHidden();
    await expect(input(page)).toBeFocused();
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
    expect(requested.some((p) => /^\/_astro\/search-window\.[\w-]+\.js$/.test(p))).toBe(true);
    expect(requested.some((p) => /^\/_astro\/search-window\.[\w-]+\.css$/.test(p))).toBe(true);
    expect(requested).toContain('/pagefind/pagefind.js');
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

test.describe('results', () => {
  const sectioned = [
    // "batik" is in one section of each page: the example of a batik seller.
    { lang: 'id', start: '/id/tentang/', word: 'batik', page: '/id/panduan/tujuan-bersama/', label: 'Bagian' },
    { lang: 'en', start: '/en/about/', word: 'batik', page: '/en/guide/shared-goals/', label: 'Section' },
  ] as const;
  for (const l of sectioned) {
    test(`${l.lang}: a result shows the section it comes from, and its link leads there`, async ({ page }) => {
      await page.goto(l.start);
      await page.keyboard.press('/');
      await search(page, l.word);
      const result = page.locator('.sw-result', { has: page.locator(`.sw-title[href="${l.page}"]`) });
      const section = result.locator('a.sw-section').first();
      await expect(section).toBeVisible();
      const href = (await section.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^${l.page}#[a-z0-9-]+$`));
      const id = href.split('#')[1]!;
      const html = await (await page.request.get(l.page)).text();
      const heading = new RegExp(`<h[23] id="${id}"[^>]*>([^<]+)</h[23]>`).exec(html)?.[1]?.trim();
      expect(heading, `a heading with id ${id} on ${l.page}`).toBeTruthy();
      // The link names the section; a screen reader hears that it is one.
      await expect(section.locator('.sw-section-title')).toHaveText(`${l.label}: ${heading}`);
      await expect(result.getByRole('link', { name: new RegExp(`^${l.label}: ${heading}`) })).toBeVisible();
      await section.click();
      await expect(page).toHaveURL(href);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }

  test('section titles never show a raw "#" or the section links\' words', async ({ page }) => {
    for (const [start, words] of [
      ['/id/tentang/', ['mitra', 'kerja', 'tujuan', 'mou', 'alat']],
      ['/en/about/', ['partner', 'goals', 'mou', 'tools', 'review']],
    ] as const) {
      await page.goto(start);
      const titles = await page.evaluate(async (queries) => {
        interface Fragment {
          sub_results: { title: string }[];
        }
        interface Pagefind {
          search: (term: string) => Promise<{ results: { data: () => Promise<Fragment> }[] }>;
        }
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
        const all: string[] = [];
        for (const q of queries) {
          const found = await pagefind.search(q);
          for (const r of found.results) all.push(...(await r.data()).sub_results.map((s) => s.title));
        }
        return all;
      }, words);
      expect(titles.length).toBeGreaterThan(20);
      const bad = titles.filter((t) => t.includes('#') || /Tautan ke bagian|Link to section/.test(t));
      expect(bad).toEqual([]);
    }
  });

  for (const l of [
    {
      lang: 'id',
      start: '/id/panduan/',
      none: 'Tidak ada hasil untuk “xqzvbn”',
      guide: 'Panduan lengkap',
      tools: 'Alat bantu kerja sama',
      suggestion: 'kerja sama',
    },
    {
      lang: 'en',
      start: '/en/guide/',
      none: 'No results for “xqzvbn”',
      guide: 'The full guide',
      tools: 'Partnership tools',
      suggestion: 'partnership',
    },
  ] as const) {
    test(`${l.lang}: with no result, the window suggests words and pages in the page language`, async ({ page }) => {
      await page.goto(l.start);
      await page.keyboard.press('/');
      await input(page).fill('xqzvbn');
      const panel = page.locator('.search-window .sw-none');
      await expect(panel).toBeVisible();
      // Said in the status line, so screen readers hear it too.
      await expect(dialog(page).getByRole('status')).toHaveText(l.none);
      await expect(panel.getByRole('link', { name: l.guide })).toHaveAttribute(
        'href',
        l.lang === 'id' ? '/id/panduan/' : '/en/guide/',
      );
      await expect(panel.getByRole('link', { name: l.tools })).toHaveAttribute(
        'href',
        l.lang === 'id' ? '/id/alat/' : '/en/tools/',
      );
      // Every suggested word finds something.
      const suggestions = panel.locator('.sw-chip');
      await expect(suggestions).toHaveCount(3);
      for (const word of await suggestions.allTextContents()) {
        await input(page).fill('xqzvbn');
        await expect(panel).toBeVisible();
        await panel.getByRole('button', { name: word }).click();
        await expect(input(page)).toHaveValue(word);
        await expect(resultLinks(page).first()).toBeVisible();
        await expect(panel).toBeHidden();
      }
      expect(await suggestions.allTextContents()).toContain(l.suggestion);
    });
  }
});

test.describe('what a result shows', () => {
  /**
   * The first result for everyday words, in the window: the page meant, and under it either the
   * page's own summary or the sections that match. Never a list of the page's search words
   * (they rank the page, unseen), never "What to do" or the MoU checklist's legal notice.
   */
  const cases = [
    { lang: 'id', query: 'kontrak', first: '/id/panduan/perjanjian-mou/' },
    { lang: 'id', query: 'PKS', first: '/id/panduan/perjanjian-mou/' },
    { lang: 'id', query: 'bagi hasil', first: '/id/panduan/peran-dan-tanggung-jawab/' },
    { lang: 'id', query: 'meterai', first: '/id/alat/klausul-mou/' },
    { lang: 'en', query: 'contract', first: '/en/guide/agreement-and-mou/' },
    { lang: 'en', query: 'agreement', first: '/en/guide/agreement-and-mou/' },
  ] as const;

  /** The page's search words, as its <meta name="keywords"> lists them. */
  async function keywordsOf(page: Page, path: string) {
    const html = await (await page.request.get(path)).text();
    return /<meta name="keywords" content="([^"]*)"/.exec(html)?.[1]?.split(', ') ?? [];
  }

  for (const c of cases) {
    test(`${c.lang} "${c.query}": the page meant first, with its summary or matching sections, no list of search words`, async ({
      page,
    }) => {
      await page.goto(`/${c.lang}/`);
      await page.keyboard.press('/');
      const found = await search(page, c.query);
      expect(found[0], found.join(', ')).toBe(c.first);
      const words = await keywordsOf(page, c.first);
      expect(words.length).toBeGreaterThan(3);
      const shown = await page.locator('.search-window .sw-results').innerText();
      for (let i = 2; i < words.length; i++) expect(shown).not.toContain(words.slice(i - 2, i + 1).join(', '));
      const sections = await page
        .locator('.search-window a.sw-section')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
      expect(sections.filter((h) => /^#(actions-title|mou-disclaimer-title)$/.test(h))).toEqual([]);
      // Found by its search words alone, the first page shows its description.
      const first = page.locator('.search-window .sw-result').first();
      if ((await first.locator('a.sw-section').count()) === 0) {
        const html = await (await page.request.get(c.first)).text();
        const description = /<meta name="description" content="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"');
        await expect(first.locator('.sw-excerpt')).toHaveText(description);
      }
    });
  }

  test('"bagi hasil" links the roles step to the section about sharing, not the one that says "keberhasilan"', async ({
    page,
  }) => {
    await page.goto('/id/');
    await page.keyboard.press('/');
    await search(page, 'bagi hasil');
    const roles = page.locator('.sw-result', {
      has: page.locator('.sw-title[href="/id/panduan/peran-dan-tanggung-jawab/"]'),
    });
    await expect(roles.locator('a.sw-section')).toHaveCount(1);
    await expect(roles.locator('a.sw-section')).toHaveAttribute('href', /#bahas-untung-risiko-dan-biaya-sejak-awal$/);
  });

  for (const g of [
    {
      lang: 'id',
      query: 'meterai',
      page: '/id/istilah/',
      id: 'meterai',
      term: 'Meterai (bea meterai)',
    },
    {
      lang: 'en',
      query: 'contract',
      page: '/en/glossary/',
      id: 'kontrak',
      term: 'Contract or agreement',
    },
  ] as const) {
    test(`${g.lang}: a glossary term is a section of the glossary's result, linked to its entry, its definition shown`, async ({
      page,
    }) => {
      await page.goto(`/${g.lang}/`);
      await page.keyboard.press('/');
      await search(page, g.query);
      const result = page.locator('.sw-result', { has: page.locator(`.sw-title[href="${g.page}"]`) });
      const entry = result.locator(`a.sw-section[href="${g.page}#${g.id}"]`);
      await expect(entry.locator('.sw-section-title')).toHaveText(new RegExp(`${escapeRegExp(g.term)}$`));
      // The excerpt is the term's definition: its first words, as the glossary has them.
      const definition = glossary.find((e) => e.id === g.id)!.definition[g.lang];
      const starts = definition.split(' ').slice(0, 4).join(' ');
      await expect(entry.locator('.sw-excerpt')).toHaveText(new RegExp(`^${escapeRegExp(starts)}`));
      await entry.click();
      await expect(page).toHaveURL(`${g.page}#${g.id}`);
      await expect(page.locator(`[id="${g.id}"] dt`)).toBeInViewport();
    });
  }
});

test.describe('the empty window', () => {
  for (const l of [
    { lang: 'id', start: '/id/panduan/', toolsPage: '/id/alat/' },
    { lang: 'en', start: '/en/guide/', toolsPage: '/en/tools/' },
  ] as const) {
    test(`${l.lang}: suggests everyday words and the three tools, in the page language, by keyboard`, async ({
      page,
    }) => {
      // The tools as the tools page lists them.
      await page.goto(l.toolsPage);
      const tools = await page
        .locator('main .tool-cards :is(h2, h3) a')
        .evaluateAll((links) => links.map((a) => [(a as HTMLAnchorElement).pathname, a.textContent.trim()] as const));
      expect(tools.length).toBe(3);
      await page.goto(l.start);
      await page.keyboard.press('/');
      const start = page.locator('.search-window .sw-start');
      await expect(start).toBeVisible();
      const words = searchWords[l.lang]['start.words'].split(',').map((w) => w.trim());
      await expect(start.locator('.sw-chip')).toHaveText(words);
      await expect(start).toContainText(searchWords[l.lang]['start.try']);
      const links = start.locator('a');
      await expect(links).toHaveCount(3);
      for (const [i, [href, name]] of tools.entries()) {
        await expect(links.nth(i)).toHaveText(name);
        await expect(links.nth(i)).toHaveAttribute('href', href);
      }
      // Down from the box to the first word; Enter searches for it.
      await expect(input(page)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(start.locator('.sw-chip').first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(start.locator('.sw-chip').nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(input(page)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(input(page)).toHaveValue(words[0]!);
      await expect(input(page)).toBeFocused();
      await expect(resultLinks(page).first()).toBeVisible();
      await expect(start).toBeHidden();
      // An emptied box offers them again; the last tool is reached with the arrow keys too.
      await input(page).fill('');
      await expect(start).toBeVisible();
      await expect(resultLinks(page)).toHaveCount(0);
      for (let i = 0; i < words.length + 3; i++) await page.keyboard.press('ArrowDown');
      await expect(links.last()).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(tools[2]![0]);
    });
  }

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`passes axe at ${width} px in ${scheme} mode`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('/en/guide/');
        await page.keyboard.press('/');
        await expect(page.locator('.search-window .sw-start')).toBeVisible();
        await expectNoAxeViolations(page, `empty search window (${width} px, ${scheme})`);
      });
    }
  }
});

test.describe('keyboard hints', () => {
  test('are shown with a mouse and a keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/guide/');
    await expect(page.locator('.search-key')).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.locator('.search-window .sw-hints')).toBeVisible();
  });

  test('are hidden on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto('/en/guide/');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await expect(page.locator('.search-key')).toBeHidden();
    await page.getByRole('button', { name: 'Search' }).tap();
    await expect(input(page)).toBeFocused();
    await expect(page.locator('.search-window .sw-hints')).toBeHidden();
    await context.close();
  });
});

test.describe('bytes of the search path', () => {
  test(`opening search and the first results stay within ${budgets.search.total / KB} KB`, async ({ page }) => {
    await page.goto('/id/panduan/');
    await page.waitForLoadState('networkidle');
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await search(page, 'mitra');
    await page.waitForLoadState('networkidle');
    const weight = searchPathWeight(DIST, loaded, BASE);
    const table = searchFileTable(weight);
    expect(weight.missing, table).toEqual([]);
    expect(weight.total.gzip, table).toBeLessThanOrEqual(budgets.search.total);
    // What makes up the path: the window, Pagefind on the page (no worker, no Pagefind UI), the
    // Indonesian WebAssembly and index, and one fragment per result shown (five at first).
    const paths = weight.files.map((f) => f.path);
    expect(paths.some((p) => /^\/_astro\/search-window\.[\w-]+\.js$/.test(p))).toBe(true);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths).toContain('/pagefind/wasm.id.pagefind');
    expect(paths.filter((p) => p.includes('/fragment/')).length).toBeLessThanOrEqual(5);
    expect(paths.filter((p) => /pagefind-(worker|ui|component-ui|modular-ui)|wasm\.en/.test(p))).toEqual([]);
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
