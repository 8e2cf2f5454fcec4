import { expect, type Page, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import kitDictionaries from '../../src/tools/kit/i18n';
import dictionaries from '../../src/tools/smart-goal/i18n';
import { smartLetters } from '../../src/tools/smart-goal/letters';
import meta from '../../src/tools/smart-goal/meta';
import { examples, type SmartState } from '../../src/tools/smart-goal/schema';
import { expectNoAxeViolations } from './fixtures';
import { compact } from './pdf';

/**
 * The SMART goal builder's answer beside the form: the milestone chart, the panel that stays in
 * view on a wide screen, the jump to the result on a phone, and the printed result with and
 * without background graphics, in both languages.
 */
const paths = { id: '/id/alat/tujuan-smart/', en: '/en/tools/smart-goals/' } as const;
const longName = 'Dimas Creative Studio Pte. Ltd.';
const longWhat =
  'menjual 150 lembar batik tulis motif parang rusak dan kawung melalui kode promo khusus Dimas Creative Studio di TikTok Shop dan Shopee';

/** The batik goal with the longest values a reader might type in its names and aims. */
const long: SmartState = {
  ...examples.batik,
  partners: { a: 'Toko Batik Rina Sejahtera Abadi', b: longName },
  goals: [{ ...examples.batik.goals[0]!, specific: { ...examples.batik.goals[0]!.specific, what: longWhat } }],
};

async function open(page: Page, lang: 'id' | 'en', state: SmartState = examples.batik) {
  await page.addInitScript((s) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'mitra:smart-goal',
        JSON.stringify({ tool: 'smart-goal', v: 1, at: new Date().toISOString(), state: s }),
      );
      sessionStorage.setItem('seeded', '1');
    }
  }, state);
  await page.goto(paths[lang]);
  await page.locator('[data-tool-island][data-hydrated] .smart-tool').waitFor();
  // Saved work loads the answer at once.
  await page.locator('.smart-panel').waitFor();
}

for (const lang of ['id', 'en'] as const) {
  const t = dictionaries[lang];
  const kit = kitDictionaries[lang];

  test.describe(`SMART goal answer (${lang})`, () => {
    test('draws the milestones as a chart beside the table, hidden from screen readers', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, lang);
      const chart = page.locator('.smart-milestones .smart-chart');
      await expect(chart.locator('svg')).toHaveAttribute('aria-hidden', 'true');
      // The start, three reviews every two weeks, and the deadline.
      await expect(chart.locator('circle')).toHaveCount(5);
      await expect(chart.locator('figcaption')).toHaveText(t['chart.caption']);
      await expect(chart.locator('svg')).toContainText(t['chart.target'].replace('{value}', '150 lembar'));
      await expect(chart.locator('svg')).toContainText(lang === 'id' ? '1 Maret 2027' : '1 March 2027');
      // Beside the table on a wide screen.
      const table = (await page.locator('.smart-milestones table').boundingBox())!;
      const figure = (await chart.boundingBox())!;
      expect(figure.x).toBeGreaterThanOrEqual(table.x + table.width);
      // Below it on a phone, without sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(async () => (await chart.boundingBox())!.y).toBeGreaterThan(table.y);
      const narrow = (await chart.boundingBox())!;
      expect(narrow.x + narrow.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test('on a wide screen the goal and its letters stay in view while the form scrolls by', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      // The longest names and aim: a long sentence scrolls in its box, the letters stay in view.
      await open(page, lang, long);
      const panel = page.locator('.smart-panel');
      const sentence = page.locator('#smart-g1-sentence');
      const letters = panel.locator('.smart-glance > li');
      const copy = panel.getByRole('button', { name: t['sentence.copy'] });
      for (const field of ['field.metric', 'field.evidence', 'field.deadline'] as const) {
        await page.getByLabel(t[field]).scrollIntoViewIfNeeded();
        await page.getByLabel(t[field]).focus();
        await expect(panel, field).toBeInViewport();
        await expect(sentence, field).toBeInViewport();
        // The copy button is outside the sentence's scroll box: however long the sentence, it shows.
        await expect(copy, field).toBeInViewport({ ratio: 1 });
        for (const letter of await letters.all()) await expect(letter, field).toBeInViewport({ ratio: 1 });
        const box = (await panel.boundingBox())!;
        expect(box.y, field).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, field).toBeLessThanOrEqual(800);
        // Beside the form, not under it.
        const form = (await page.locator('.smart-form').first().boundingBox())!;
        expect(box.x, field).toBeGreaterThanOrEqual(form.x + form.width);
      }
      // The page really scrolled: the form's top is long gone.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
      // What the reader types shows in the panel at once.
      await page.getByLabel(t['partners.a']).fill('Rina Wulandari');
      await page.getByLabel(t['field.deadline']).scrollIntoViewIfNeeded();
      await expect(sentence).toContainText('Rina Wulandari');
      await expect(sentence).toBeInViewport();
      // Below the form, the details scroll by and the panel still stays.
      await page.locator('.smart-milestones table').scrollIntoViewIfNeeded();
      await expect(letters.last()).toBeInViewport({ ratio: 1 });
    });

    test('on a phone the result is one tap away from the top of the goal', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, lang);
      const jump = page.getByRole('link', { name: t['sentence.jump'].replace('{n}', '1') });
      await page.locator('#smart-g1-heading').scrollIntoViewIfNeeded();
      await expect(jump).toBeInViewport();
      await expect(page.locator('.smart-panel')).not.toBeInViewport();
      await jump.click();
      await expect(page.locator('.smart-panel')).toBeInViewport();
      await expect(page.locator('#smart-g1-sentence')).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test('prints the goal sentence first and in full, every badge letter, the title once', async ({ page }) => {
      await open(page, lang, long);
      const sentence = compact((await page.locator('#smart-g1-sentence').textContent()) ?? '');
      expect(sentence).toContain(compact(longName));
      for (const background of [true, false]) {
        const pdf = await page.pdf({ format: 'A4', printBackground: background });
        const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
        const pages = text.map(compact);
        const all = pages.join('');
        const label = `printBackground: ${background}`;
        expect(all, label).toContain(sentence);
        expect(all, label).toContain(compact(longWhat));
        expect(all, label).toContain(compact('Toko Batik Rina Sejahtera Abadi'));
        // The sentence before the title of the check, both on the first page, which is full.
        expect(pages[0]!.indexOf(sentence), label).toBeGreaterThanOrEqual(0);
        expect(pages[0]!.indexOf(sentence), label).toBeLessThan(pages[0]!.indexOf(compact(t['check.title'])));
        // Every badge's letter next to its name, in the panel and in the check.
        for (const l of smartLetters) {
          const row = compact(`${l.letter}${l.text[lang].name}`);
          expect(all.split(row).length - 1, `${label}: ${l.letter}`).toBeGreaterThanOrEqual(2);
        }
        // The chart's labels print as text.
        expect(all, label).toContain(compact(t['chart.target'].replace('{value}', '150 lembar')));
        expect(all, label).not.toContain('?:');
        // The tool's title once (the running header at the top names the page as well).
        expect(pages[0]!.split(compact(meta.text[lang].name)).length - 1, label).toBeLessThanOrEqual(2);
        // No screen chrome: whole words, as "Shared goal" holds "Share".
        const words = text.join(' ').replace(/\s+/g, ' ');
        for (const chrome of [kit['actions.share'], kit['actions.more'], kit['actions.print'], t['sentence.copy']])
          expect(words, `${label}: ${chrome}`).not.toMatch(new RegExp(`(^|[^\\p{L}])${chrome}($|[^\\p{L}])`, 'u'));
        expect(all, label).not.toContain(compact(t['sentence.jump'].replace('{n}', '1')));
      }
      // With background graphics off, a badge is a black letter in a black ring.
      await page.emulateMedia({ media: 'print' });
      for (const mark of await page.locator('.smart-mark').all()) {
        const style = await mark.evaluate((el) => {
          const s = getComputedStyle(el);
          return { color: s.color, border: s.borderTopColor, width: s.borderTopWidth };
        });
        expect(style).toEqual({ color: 'rgb(0, 0, 0)', border: 'rgb(0, 0, 0)', width: '2px' });
      }
      // The chart is drawn in strokes, which print whatever the background setting.
      const line = await page
        .locator('.smart-chart-line')
        .evaluate((el) => ({ stroke: getComputedStyle(el).stroke, fill: getComputedStyle(el).fill }));
      expect(line).toEqual({ stroke: 'rgb(0, 0, 0)', fill: 'none' });
    });

    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        test(`has no axe violations with the chart and the panel (${scheme}, ${width} px)`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, lang, long);
          await expect(page.locator('.smart-chart')).toBeVisible();
          await expectNoAxeViolations(page, `${paths[lang]} (${scheme}, ${width} px, filled)`);
        });
      }
    }
  });
}
