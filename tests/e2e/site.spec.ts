import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, sitePages } from './fixtures';

const pages = sitePages();
const languagePages = pages.filter((p) => p.counterpart);

test.describe('language switcher', () => {
  for (const { path, counterpart } of languagePages) {
    test(`${path} leads to its counterpart and back`, async ({ page }) => {
      await page.goto(path);
      const lang = await page.locator('html').getAttribute('lang');
      await page.locator('a[data-lang-choice]').click();
      await expect(page).toHaveURL(counterpart!);
      await expect(page.locator('html')).not.toHaveAttribute('lang', lang!);
      await page.locator('a[data-lang-choice]').click();
      await expect(page).toHaveURL(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang!);
    });
  }
});

test.describe('the language chooser at /', () => {
  test('offers a reader who has not chosen both languages, on the page itself (no blank page, no redirect)', async ({
    page,
  }) => {
    const response = await page.request.get('/');
    const html = await response.text();
    expect(html).toContain('Bahasa Indonesia');
    expect(html).toContain('English');
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: /Bahasa Indonesia/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /English/ })).toBeVisible();
  });

  test('remembers a reader who switched to English', async ({ page }) => {
    await page.goto('/id/');
    await page.locator('a[data-lang-choice]').click();
    await expect(page).toHaveURL('/en/');
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
  });

  test('works without JavaScript: two links, one per language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: /English/ }).click();
    await expect(page).toHaveURL('/en/');
    await context.close();
  });
});

test.describe('keyboard', () => {
  for (const path of ['/id/', '/en/guide/shared-goals/']) {
    test(`the first Tab on ${path} reaches the skip link, which moves focus to the content`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
    });
  }
});

test('an unknown address shows the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/id/panduan/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman Tidak Ditemukan');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const { path } of pages) {
      test(`${path} in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        // `?choose` keeps the chooser at / on screen instead of redirecting.
        await page.goto(path === '/' ? '/?choose' : path);
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      });
    }
  }
});

test('on a 320 px phone nothing scrolls sideways and the switcher still names the language', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/id/', '/id/panduan/peran-dan-tanggung-jawab/', '/en/guide/agreement-and-mou/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBe(0);
  }
  await expect(page.getByRole('link', { name: /Bahasa Indonesia/ })).toBeVisible();
});

/** What the layout-shift test keeps on the page's window (set by its init script). */
interface ShiftWindow {
  shift: number;
  moved: string[];
  shiftObserver: PerformanceObserver;
  addShifts: (entries: PerformanceEntryList) => void;
}

test.describe('no layout shift on reading pages', () => {
  // Tools and the partnership plan change once the reader's saved work loads, and the offline
  // page keeps only the links to pages saved on the device (an asynchronous look into its cache;
  // the service worker shows that page in place of one that is not saved); every other page must
  // not move at all.
  for (const { path } of pages.filter(
    (p) => !/\/(alat|tools)\/[^/]+\/$|\/(luring|offline)\/$|\/(id\/rencana|en\/plan)\/$/.test(p.path),
  )) {
    test(`${path} does not shift while it loads`, async ({ page }) => {
      await page.addInitScript(() => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const w = window as unknown as ShiftWindow;
        w.shift = 0;
        w.moved = [];
        // What moved, for the failure message: the element and its box before and after.
        const describe = (node: Node | null | undefined) =>
          node instanceof Element
            ? `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`
            : (node?.nodeName ?? '?');
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as Shift[]) {
            if (entry.hadRecentInput) continue;
            w.shift += entry.value;
            for (const s of entry.sources ?? [])
              w.moved.push(
                `${describe(s.node)} at ${Math.round(entry.startTime)} ms: y ${s.previousRect.y} -> ${s.currentRect.y}, h ${s.previousRect.height} -> ${s.currentRect.height}`,
              );
          }
        };
        w.addShifts = add;
        w.shiftObserver = new PerformanceObserver((list) => add(list.getEntries()));
        w.shiftObserver.observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path === '/' ? '/?choose' : path, { waitUntil: 'networkidle' });
      // Once the fonts are in and two more frames are painted, every shift the page could make
      // while loading has happened; take the entries not yet delivered to the observer too.
      const { shift, moved } = await page.evaluate(async () => {
        const w = window as unknown as ShiftWindow;
        await document.fonts.ready;
        for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
        w.addShifts(w.shiftObserver.takeRecords());
        return { shift: w.shift, moved: w.moved };
      });
      expect(shift, moved.join('\n')).toBe(0);
    });
  }
});
