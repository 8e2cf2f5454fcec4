import { expect, type Page, test } from '@playwright/test';
import { glossary } from '../../src/content/glossary';
import { ui } from '../../src/i18n/ui';
import { expectNoAxeViolations } from './fixtures';

/**
 * The glossary's letter index and filter box (src/pages/[lang]/[glossary].astro). The filter is
 * progressive enhancement: without JavaScript there is no box and every term shows; with it, its
 * code (src/scripts/glossary-filter.ts) loads on the first key press, not with the page.
 */
const pages = [
  { lang: 'id', path: '/id/istilah/', letter: 'M', letterId: 'huruf-m', typed: 'per', matches: ['kontrak', 'pks'] },
  {
    lang: 'en',
    path: '/en/glossary/',
    letter: 'S',
    letterId: 'letter-s',
    typed: 'con',
    matches: ['kerahasiaan', 'kontrak', 'influencer', 'wanprestasi'],
  },
] as const;

const box = (page: Page) => page.locator('[data-glossary-filter]');
const visibleEntries = (page: Page) =>
  page.locator('.entry:visible').evaluateAll((entries) => entries.map((e) => e.id).sort());
const filterChunk = /\/_astro\/glossary-filter\.[\w-]+\.js$/;

for (const p of pages) {
  test.describe(`${p.lang} glossary`, () => {
    test('the letter index leads to each letter, and lists only letters that have terms', async ({ page }) => {
      await page.goto(p.path);
      const index = page.getByRole('navigation', { name: ui[p.lang]['glossary.letters'] });
      const letters = await index.getByRole('link').allTextContents();
      const firsts = new Set(glossary.map((e) => e.term[p.lang].normalize('NFD').charAt(0).toUpperCase()));
      expect(letters).toEqual([...firsts].sort((a, b) => a.localeCompare(b, p.lang)));
      await index.getByRole('link', { name: p.letter, exact: true }).click();
      await expect(page).toHaveURL(`${p.path}#${p.letterId}`);
      const heading = page.getByRole('heading', { name: p.letter, exact: true });
      await expect(heading).toBeInViewport();
      // Every term under the letter starts with it.
      const terms = await page.locator(`[id="${p.letterId}"] dt`).allTextContents();
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) expect(term.toUpperCase().startsWith(p.letter), term).toBe(true);
    });

    test('the filter shows only the terms that match, says how many, and loads its code on first use', async ({
      page,
    }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(p.path);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((r) => filterChunk.test(r))).toEqual([]);
      await expect(page.locator('.entry:visible')).toHaveCount(glossary.length);

      await box(page).pressSequentially(p.typed);
      await expect.poll(() => visibleEntries(page)).toEqual([...p.matches].sort());
      expect(requested.some((r) => filterChunk.test(r))).toBe(true);
      const status = page.getByRole('status');
      await expect(status).toHaveText(ui[p.lang]['glossary.count.other'].replace('{n}', String(p.matches.length)));
      // Letters left without a term leave the list and the index.
      const index = page.getByRole('navigation', { name: ui[p.lang]['glossary.letters'] });
      const shownLetters = await index.getByRole('link').allTextContents();
      const groups = await page.locator('[data-letter-group]:visible h2').allTextContents();
      expect(shownLetters).toEqual(groups);
      expect(groups.length).toBeLessThan(glossary.length);

      // Nothing matches: said, with what to try.
      await box(page).fill('xqzv');
      await expect(page.locator('.entry:visible')).toHaveCount(0);
      await expect(status).toHaveText(ui[p.lang]['glossary.none'].replace('{query}', 'xqzv'));
      // An emptied box shows every term again, and says nothing.
      await box(page).fill('');
      await expect(page.locator('.entry:visible')).toHaveCount(glossary.length);
      await expect(page.locator('[data-glossary-status]')).toBeEmpty();
      await expect(index.getByRole('link')).toHaveCount(new Set(await page.locator('.letter').allTextContents()).size);
    });

    test('by keyboard: the box is labelled and reached with Tab, and a term stays linkable', async ({ page }) => {
      await page.goto(`${p.path}#${p.matches[0]}`);
      await expect(page.locator(`[id="${p.matches[0]}"]`)).toBeInViewport();
      await expect(page.getByRole('searchbox', { name: ui[p.lang]['glossary.filter'] })).toBeVisible();
      await page.getByRole('searchbox', { name: ui[p.lang]['glossary.filter'] }).focus();
      await page.keyboard.type(p.typed);
      await expect.poll(() => visibleEntries(page)).toEqual([...p.matches].sort());
      await page.keyboard.press('Tab');
      await expect(
        page.getByRole('navigation', { name: ui[p.lang]['glossary.letters'] }).getByRole('link').first(),
      ).toBeFocused();
    });

    test('without JavaScript: no filter box, every term listed, the letter index works', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(p.path);
      await expect(box(page)).toBeHidden();
      await expect(page.locator('.entry:visible')).toHaveCount(glossary.length);
      await page.getByRole('link', { name: p.letter, exact: true }).click();
      await expect(page.getByRole('heading', { name: p.letter, exact: true })).toBeInViewport();
      await context.close();
    });
  });
}

test.describe('accessibility of the glossary with the filter in use (axe)', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`at ${width} px in ${scheme} mode`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        for (const p of pages) {
          await page.goto(p.path);
          await box(page).pressSequentially(p.typed);
          await expect.poll(() => visibleEntries(page)).toEqual([...p.matches].sort());
          await expectNoAxeViolations(page, `${p.path} filtered (${width} px, ${scheme})`);
        }
      });
    }
  }
});
