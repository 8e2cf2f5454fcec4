import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/**
 * Reading like the best docs sites (issue 15): "On this page", links to each section, a theme
 * that is remembered and never flashes, card grids without an orphan, and a language chooser
 * that offers the reader's language first.
 */

const longPages = [
  {
    lang: 'id',
    path: '/id/panduan/peran-dan-tanggung-jawab/',
    contents: 'Di Halaman Ini',
    anchorLabel: 'Tautan ke bagian',
  },
  {
    lang: 'en',
    path: '/en/guide/roles-and-responsibilities/',
    contents: 'On this page',
    anchorLabel: 'Link to section',
  },
] as const;

/** The section headings of <main> that have a section link, in page order. */
async function sectionHeadings(page: Page) {
  return page
    .locator('main .anchored > :is(h2, h3)')
    .evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '', level: h.tagName })));
}

for (const l of longPages) {
  test.describe(`reading ${l.path}`, () => {
    test('on a phone, "On this page" is a collapsed list at the top that leads to each section', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(l.path);
      const top = page.locator('details.toc-top');
      await expect(top).toBeVisible();
      await expect(top).not.toHaveAttribute('open');
      await expect(page.locator('nav.toc-side')).toBeHidden();
      // It comes before the text.
      const [tocY, firstSectionY] = await Promise.all([
        top.evaluate((e) => e.getBoundingClientRect().top),
        page
          .locator('main .prose .anchored')
          .first()
          .evaluate((e) => e.getBoundingClientRect().top),
      ]);
      expect(tocY).toBeLessThan(firstSectionY);
      await top.locator('summary').click();
      const nav = page.getByRole('navigation', { name: l.contents });
      const links = nav.getByRole('link');
      const headings = (await sectionHeadings(page)).filter((h) => h.level === 'H2');
      expect(headings.length).toBeGreaterThanOrEqual(3);
      for (const h of headings) await expect(nav.getByRole('link', { name: h.text, exact: true })).toBeVisible();
      const target = headings[2]!;
      await links.filter({ hasText: target.text }).first().click();
      await expect(page).toHaveURL(`${l.path}#${target.id}`);
      await expect(page.locator(`[id="${target.id}"]`)).toBeInViewport();
    });

    test('on a wide screen, "On this page" sits beside the text and marks the section being read', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(l.path);
      const side = page.getByRole('navigation', { name: l.contents });
      await expect(side).toBeVisible();
      await expect(page.locator('details.toc-top')).toBeHidden();
      const [sideBox, textBox] = await Promise.all([side.boundingBox(), page.locator('main .prose').boundingBox()]);
      expect(sideBox!.x).toBeGreaterThan(textBox!.x + textBox!.width - 1);
      const headings = (await sectionHeadings(page)).filter((h) => h.level === 'H2');
      for (const h of [headings[1]!, headings[3]!, headings[0]!]) {
        await page.locator(`[id="${h.id}"]`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await expect(side.locator('a[aria-current="true"]')).toHaveText(h.text);
        await expect(side.locator('a[aria-current="true"]')).toHaveCount(1);
      }
    });

    test('every section heading has a link to it, shown on hover and focus, named for screen readers', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(l.path);
      const headings = await sectionHeadings(page);
      expect(headings.length).toBeGreaterThanOrEqual(4);
      for (const h of headings) {
        const link = page.getByRole('link', { name: `${l.anchorLabel} ${h.text}`, exact: true });
        await expect(link).toHaveAttribute('href', `#${h.id}`);
      }
      const h = headings[1]!;
      const anchor = page.getByRole('link', { name: `${l.anchorLabel} ${h.text}`, exact: true });
      const opacity = () => anchor.evaluate((e) => getComputedStyle(e).opacity);
      expect(await opacity()).toBe('0');
      await page.locator(`[id="${h.id}"]`).hover();
      await expect.poll(opacity).toBe('1');
      await page.mouse.move(0, 0);
      await expect.poll(opacity).toBe('0');
      // Keyboard: Tab from the heading's section reaches the link, which shows itself.
      await anchor.focus();
      expect(await anchor.evaluate((e) => e.matches(':focus-visible'))).toBe(true);
      await expect.poll(opacity).toBe('1');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${l.path}#${h.id}`);
    });
  });
}

test.describe('colour theme', () => {
  /** Records which colours the first frame is painted with (rAF runs just before each paint). */
  async function watchFirstFrame(page: Page) {
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const root = getComputedStyle(document.documentElement);
        (window as unknown as { firstFrame: unknown }).firstFrame = {
          bg: root.getPropertyValue('--bg').trim(),
          scheme: root.colorScheme,
          body: document.body ? getComputedStyle(document.body).backgroundColor : '',
        };
      });
    });
  }
  const firstFrame = (page: Page) =>
    page.waitForFunction(() => (window as unknown as { firstFrame?: unknown }).firstFrame).then((h) => h.jsonValue());

  const light = { bg: '#fbfaf7', body: 'rgb(251, 250, 247)' };
  const dark = { bg: '#101513', body: 'rgb(16, 21, 19)' };

  async function choose(browser: Browser, system: 'light' | 'dark', choice: 'Gelap' | 'Terang') {
    const context = await browser.newContext({ colorScheme: system });
    const page = await context.newPage();
    await watchFirstFrame(page);
    await page.goto('/id/panduan/');
    await page.getByRole('group', { name: 'Tampilan' }).getByLabel(choice).check();
    return { context, page };
  }

  test('a reader who chose dark on a light phone gets dark on every page and reload, from the first frame', async ({
    browser,
  }) => {
    const { context, page } = await choose(browser, 'light', 'Gelap');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', dark.body);
    for (const path of ['/id/panduan/tujuan-bersama/', '/en/tools/', '/id/alat/tujuan-smart/', '/id/tidak-ada/']) {
      await page.goto(path);
      expect(await firstFrame(page), path).toMatchObject({ bg: dark.bg });
      await expect(page.locator('body')).toHaveCSS('background-color', dark.body);
    }
    await page.goto('/en/guide/');
    await page.reload();
    expect(await firstFrame(page)).toMatchObject({ bg: dark.bg, body: dark.body, scheme: 'dark' });
    // The footer shows the choice in force.
    await expect(page.getByRole('group', { name: 'Theme' }).getByLabel('Dark')).toBeChecked();
    await context.close();
  });

  test('a reader who chose light on a dark phone gets light from the first frame', async ({ browser }) => {
    const { context, page } = await choose(browser, 'dark', 'Terang');
    await expect(page.locator('body')).toHaveCSS('background-color', light.body);
    await page.goto('/en/guide/shared-goals/');
    expect(await firstFrame(page)).toMatchObject({ bg: light.bg, scheme: 'light' });
    await context.close();
  });

  test('"Same as device" follows the system again, and without a choice nothing is stored', async ({ browser }) => {
    const { context, page } = await choose(browser, 'dark', 'Terang');
    await page.getByRole('group', { name: 'Tampilan' }).getByLabel('Ikuti perangkat').check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate(() => localStorage.getItem('mitra:theme'))).toBeNull();
    await page.reload();
    expect(await firstFrame(page)).toMatchObject({ bg: dark.bg });
    await context.close();
  });

  test('without JavaScript there is no theme choice to press, and the system theme applies', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/guide/');
    await expect(page.locator('[data-theme-choice]')).toBeHidden();
    await expect(page.locator('body')).toHaveCSS('background-color', dark.body);
    await context.close();
  });

  test('a chosen dark theme passes axe with the contents open', async ({ browser }) => {
    // axe over a long page, on a busy machine.
    test.setTimeout(90_000);
    const { context, page } = await choose(browser, 'light', 'Gelap');
    await page.goto('/id/panduan/peran-dan-tanggung-jawab/');
    await page.locator('details.toc-top summary').click();
    await expectNoAxeViolations(page, 'chosen dark theme');
    await context.close();
  });
});

test.describe('home page grids', () => {
  for (const width of [390, 768, 1280]) {
    for (const path of ['/id/', '/en/']) {
      test(`${path} at ${width} px: every row of cards is full, no card left alone`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const grids = await page.locator('main .even-grid').evaluateAll((lists) =>
          lists.map((list) => {
            const box = list.getBoundingClientRect();
            const rows = new Map<number, DOMRect[]>();
            for (const item of list.children) {
              const r = item.getBoundingClientRect();
              const top = Math.round(r.top);
              rows.set(top, [...(rows.get(top) ?? []), r]);
            }
            return {
              left: box.left,
              right: box.right,
              rows: [...rows.values()].map((cards) => ({
                count: cards.length,
                left: Math.min(...cards.map((c) => c.left)),
                right: Math.max(...cards.map((c) => c.right)),
              })),
            };
          }),
        );
        // Tools (3), reasons (5) and steps (7).
        expect(grids.map((g) => g.rows.reduce((n, r) => n + r.count, 0))).toEqual([3, 5, 7]);
        for (const grid of grids) {
          for (const row of grid.rows) {
            expect(row.left).toBeCloseTo(grid.left, 0);
            expect(row.right).toBeCloseTo(grid.right, 0);
          }
          const counts = grid.rows.map((r) => r.count);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          if (width >= 768) expect(Math.max(...counts)).toBeGreaterThan(1);
        }
      });
    }
  }

  test('on a phone, the tools come before the guide: reached without scrolling past it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/id/');
    const [tools, reasons] = await Promise.all([
      page.getByRole('heading', { name: 'Alat Praktis' }).boundingBox(),
      page.getByRole('heading', { name: 'Mengapa Bermitra?' }).boundingBox(),
    ]);
    expect(tools!.y).toBeLessThan(reasons!.y);
    // Each tool card says what it gives and how long it takes.
    const cards = page.locator('.tool-cards > li');
    await expect(cards).toHaveCount(3);
    for (const card of await cards.all()) {
      await expect(card.locator('dt')).toHaveText(['Hasilnya', 'Waktu']);
      await expect(card.locator('dd').nth(1)).toHaveText(/\d+ menit/);
    }
  });
});

test.describe('the language chooser at /', () => {
  async function order(browser: Browser, locale: string) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    // The order on screen in the first frame that shows both choices (rAF runs just before each
    // paint; on a slow machine the browser may paint before the parser has reached the list, and
    // such a frame shows no choice at all): top, then left.
    await page.addInitScript(() => {
      const sample = () => {
        const lis = [...document.querySelectorAll('#choices > li')];
        if (lis.length < 2) {
          requestAnimationFrame(sample);
          return;
        }
        (window as unknown as { firstOrder: string[] }).firstOrder = lis
          .map((li) => ({ lang: li.getAttribute('lang') ?? '', box: li.getBoundingClientRect() }))
          .sort((a, b) => Math.round(a.box.top - b.box.top) || a.box.left - b.box.left)
          .map((x) => x.lang);
      };
      requestAnimationFrame(sample);
    });
    await page.goto('/');
    await expect(page).toHaveURL('/');
    const first = await page
      .waitForFunction(() => (window as unknown as { firstOrder?: string[] }).firstOrder)
      .then((h) => h.jsonValue());
    const now = await page.locator('#choices > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('lang')));
    await context.close();
    return { first, now };
  }

  test("offers the browser's language first, from the first frame (no reordering on screen)", async ({ browser }) => {
    test.setTimeout(60_000);
    expect(await order(browser, 'en-US')).toEqual({ first: ['en', 'id'], now: ['en', 'id'] });
    expect(await order(browser, 'id-ID')).toEqual({ first: ['id', 'en'], now: ['id', 'en'] });
    // Neither language: Indonesian, the main audience, first.
    expect(await order(browser, 'fr-FR')).toEqual({ first: ['id', 'en'], now: ['id', 'en'] });
  });

  test('the first choice is the first link a keyboard reaches', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('hreflang', 'en');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/en/');
    // Chosen once, remembered: the next visit goes straight there.
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await context.close();
  });
});
