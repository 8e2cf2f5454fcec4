import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { type Locale, sections } from '../../src/i18n/locales';
import dict from '../../src/tools/mou-checklist/i18n';
import meta from '../../src/tools/mou-checklist/meta';
import { expectNoAxeViolations } from './fixtures';

/**
 * The MoU checklist's party block, filled sample wording, copy buttons and the bar with the
 * progress and the download, in a real browser, in both languages.
 */
const path = (lang: Locale) => `/${lang}/${sections.tools[lang]}/${meta.slug[lang]}/`;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const longName = 'Dimas Creative Studio Pte. Ltd.';

async function open(page: Page, lang: Locale) {
  await page.goto(path(lang));
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.getByLabel(dict[lang]['parties.first'])).toBeEnabled();
}

/** Fills both parties (the second with its details open) and two kinds of collaboration. */
async function fillParties(page: Page, lang: Locale) {
  const t = dict[lang];
  await page.getByLabel(t['parties.first']).fill('Toko Lilin Putri');
  await page.getByLabel(t['parties.second']).fill(longName);
  const second = page.locator('[data-party="second"]');
  await second.locator('summary').click();
  await second.getByLabel(t['parties.address']).fill('Jl. Kaliurang Km 5 No. 12, Sleman');
  await second.getByLabel(t['parties.registration']).fill('9120001234567');
  await second.getByLabel(t['parties.signer']).fill('Dimas Pratama');
  await second.getByLabel(t['parties.capacity']).fill(lang === 'id' ? 'Direktur' : 'Director');
  await page.getByLabel(t['kind.co-marketing']).check();
  await page.getByLabel(t['kind.joint-product']).check();
  // Two answers more (no question starts answered): money changes hands, for a fixed term.
  await page.getByRole('group', { name: t['q.money'] }).getByLabel(t['answer.yes']).check();
  await page.getByRole('group', { name: t['q.term'] }).getByLabel(t['term.fixed']).check();
}

for (const lang of ['id', 'en'] as const) {
  const t = dict[lang];
  const acting = lang === 'id' ? 'dalam hal ini bertindak untuk dan atas nama' : 'acting for and on behalf of';
  const kinds =
    lang === 'id'
      ? 'pemasaran bersama dan pengembangan produk bersama'
      : 'joint marketing and joint product development';

  test.describe(`MoU party block and sample wording (${lang})`, () => {
    test('a party block per party, kept after a reload, in the page and the .docx', async ({ page }) => {
      await open(page, lang);
      await fillParties(page, lang);
      const preview = page.locator('[data-party="second"] .mou-party-preview');
      await expect(preview).toContainText(
        `Dimas Pratama, ${lang === 'id' ? 'Direktur' : 'Director'}, ${acting} ${longName}`,
      );
      await expect(preview).toContainText('NIB 9120001234567');
      // The first party's unknown details stay visible blanks.
      await expect(page.locator('[data-party="first"] .mou-blank').first()).toBeVisible();
      await page.reload();
      await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
      await expect(page.locator('[data-party="second"]').getByLabel(t['parties.signer'])).toHaveValue('Dimas Pratama');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: t['docx.download'] }).click();
      const files = unzipSync(new Uint8Array(readFileSync(await (await downloading).path())));
      const xml = strFromU8(files['word/document.xml']!);
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(text).toContain(
        `Dimas Pratama, Direktur, dalam hal ini bertindak untuk dan atas nama ${longName}`.replace(
          'Direktur',
          lang === 'id' ? 'Direktur' : 'Director',
        ),
      );
      expect(text).toContain('bekerja sama dalam pemasaran bersama dan pengembangan produk bersama');
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    });

    test('fills the sample wording and copies it with one button', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, lang);
      await fillParties(page, lang);
      const scope = page.locator('[data-clause="scope-goals"]');
      await scope.locator('.mou-details > summary').click();
      const wording = scope.locator('.mou-wording').first();
      await expect(wording).toContainText(kinds);
      await expect(wording).toContainText(`(${longName})`);
      await expect(wording.locator('.mou-blank').first()).toBeVisible();
      await scope.getByRole('button', { name: new RegExp(t['clause.copy']) }).click();
      await expect(page.getByRole('status').filter({ hasText: t['clause.copied'] })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(flat(copied)).toBe(flat((await wording.textContent()) ?? ''));
    });

    test('on a phone the progress and the download stay on screen while reading the list', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, lang);
      const bar = page.locator('.mou-bar');
      const download = bar.getByRole('button', { name: t['bar.download'] });
      // Far down the list, the bar sits at the bottom of the screen (the last clauses of a new
      // checklist sit so close to the list's end that the bar rests there, as it should).
      for (const id of ['roles', 'termination', 'notices']) {
        await page.locator(`[data-clause="${id}"]`).scrollIntoViewIfNeeded();
        const box = await bar.boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.y + box!.height, id).toBeLessThanOrEqual(844 + 1);
        expect(box!.y, id).toBeGreaterThan(844 - 140);
        await expect(download).toBeInViewport();
      }
      // After the list it rests in place: the outline section below is not covered.
      await page.locator('.mou-docx').scrollIntoViewIfNeeded();
      const barBox = (await bar.boundingBox())!;
      const docxBox = (await page.locator('.mou-docx').boundingBox())!;
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(docxBox.y);
      // No sideways scrolling at 390 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const downloading = page.waitForEvent('download');
      await download.click();
      expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
    });

    test('prints the parties in full as text, questions without “?:”, the title once', async ({ page }) => {
      await open(page, lang);
      await fillParties(page, lang);
      for (const background of [true, false]) {
        const pdf = await page.pdf({ format: 'A4', printBackground: background });
        const doc = await getDocumentProxy(new Uint8Array(pdf));
        const { text } = await extractText(doc, { mergePages: false });
        const all = flat(text.join(' '));
        expect(all).toContain(longName);
        expect(all).toContain(`${acting} ${longName}`);
        expect(all).toContain(flat(t['q.money']));
        expect(all).not.toContain('?:');
        expect(all).toContain(flat(t['page.disclaimerTitle']));
        // The tool's title once on the page (the running header above it names the page too).
        const page1 = flat(text[0]!);
        expect(page1.split(t['tool.name']).length - 1).toBeLessThanOrEqual(2);
        expect(all).not.toContain(t['bar.download']);
        // The first page carries the parties, the answers and the first clauses, not just a title.
        expect(page1).toContain(flat(t['list.title']));
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        test(`has no axe violations filled in (${scheme}, ${width} px)`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, lang);
          await fillParties(page, lang);
          await page.locator('[data-clause="scope-goals"] .mou-details > summary').click();
          await expectNoAxeViolations(page, `${path(lang)} (${scheme}, ${width} px, filled)`);
        });
      }
    }
  });
}
