import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import kitDictionaries from '../../src/tools/kit/i18n';
import dictionaries from '../../src/tools/smart-goal/i18n';
import { smartLetters } from '../../src/tools/smart-goal/letters';
import { examples } from '../../src/tools/smart-goal/schema';
import { expectNoAxeViolations, openMore } from './fixtures';
import { compact, printToPdf } from './pdf';

const languages = [
  { lang: 'id' as const, path: '/id/alat/tujuan-smart/', type: 'Menambah penjualan', cadence: 'Setiap dua minggu' },
  { lang: 'en' as const, path: '/en/tools/smart-goals/', type: 'Increase sales', cadence: 'Every two weeks' },
];

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-tool-island][data-hydrated] .smart-tool').waitFor();
}

/** Saved work in the browser before the page loads, as the kit stores it. */
async function withSaved(page: Page, state: unknown) {
  await page.addInitScript((s) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'mitra:smart-goal',
        JSON.stringify({ tool: 'smart-goal', v: 1, at: new Date().toISOString(), state: s }),
      );
      sessionStorage.setItem('seeded', '1');
    }
  }, state);
}

for (const { lang, path, type, cadence } of languages) {
  const t = dictionaries[lang];
  const kit = kitDictionaries[lang];
  const name = (partner: string, key: 'field.contribution' | 'field.benefit') => t[key].replace('{name}', partner);

  test.describe(`SMART goal builder (${lang})`, () => {
    test('takes a vague start to all five letters met, and passes axe when complete', async ({ page }) => {
      await open(page, path);
      await page.getByLabel(t['partners.a']).fill('Rina');
      await page
        .getByLabel(t['field.what'])
        .fill(lang === 'id' ? 'supaya toko lebih dikenal' : 'make our shop better known');
      await expect(page.locator('.smart-count')).toHaveText(t['check.count'].replace('{n}', '0'));
      // Nothing is judged while the reader types; leaving the section shows its check.
      await expect(page.locator('.smart-reasons')).toHaveCount(0);
      await page.getByLabel(t['field.metric']).focus();
      await expect(page.locator('.smart-reasons').first()).toContainText(t['issue.what-vague']);

      await page.getByLabel(t['partners.b']).fill('Dimas');
      await page
        .getByLabel(t['field.what'])
        .fill(
          lang === 'id'
            ? 'menjual 150 lembar batik tulis melalui kode promo'
            : 'sell 150 pieces of batik through a promo code',
        );
      await page
        .getByLabel(t['field.scope'])
        .fill(lang === 'id' ? 'batik tulis, pengikut TikTok Dimas' : "hand-drawn batik, Dimas's TikTok followers");
      await page.getByLabel(type).check();
      await page.locator('.smart-suggest-list button').nth(2).click();
      await page.getByLabel(t['field.baseline']).fill('0');
      await page.getByLabel(t['field.target']).fill('150');
      await page.getByLabel(t['field.source']).fill('Shopee Seller Centre');
      await page
        .getByLabel(name('Rina', 'field.contribution'))
        .fill(lang === 'id' ? 'stok 200 lembar' : '200 pieces in stock');
      await page
        .getByLabel(name('Dimas', 'field.contribution'))
        .fill(lang === 'id' ? 'tiga video per minggu' : 'three videos a week');
      await page.getByLabel(name('Rina', 'field.benefit')).fill(lang === 'id' ? 'penjualan naik' : 'more sales');
      await page.getByLabel(name('Dimas', 'field.benefit')).fill(lang === 'id' ? 'komisi 10%' : '10% commission');
      await page.getByLabel(t['field.start']).fill('2099-01-04');
      await page.getByLabel(t['field.deadline']).fill('2099-03-01');
      await page.getByLabel(cadence).check();

      await expect(page.locator('.smart-count')).toHaveText(t['check.allMet']);
      await expect(page.locator('.smart-letters .is-met')).toHaveCount(5);
      await expect(page.locator('.smart-statement-text').first()).toContainText(
        lang === 'id' ? 'paling lambat 1 Maret 2099' : 'by 1 March 2099',
      );
      await expect(page.locator('.smart-milestones tbody tr')).toHaveCount(4);
      // One sentence as a person says it; what each partner brings is in the full statement.
      await expect(page.locator('#smart-g1-sentence')).toContainText(
        lang === 'id'
          ? 'naik dari 0 menjadi 150 pesanan paling lambat 1 Maret 2099, target yang ditinjau Rina dan Dimas setiap dua minggu.'
          : 'rise from 0 to 150 orders by 1 March 2099, a target Rina and Dimas review every two weeks.',
      );
      await expect(page.locator('.smart-statement-text').first()).toContainText(
        lang === 'id' ? 'Kontribusi Rina: stok 200 lembar.' : 'Rina contributes: 200 pieces in stock.',
      );
      await expect(page.locator('.smart-glance .is-met')).toHaveCount(5);
      await page.getByRole('button', { name: t['check.button'] }).click();
      await expect(page.locator('.error-summary')).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveText(t['check.done']);
      await expectNoAxeViolations(page, `${path} (complete)`);
    });

    test('shows a message for a number it cannot read', async ({ page }) => {
      await open(page, path);
      await page.getByLabel(t['field.target']).fill(lang === 'id' ? 'banyak' : 'lots');
      await expect(page.locator('#smart-g1-target-read')).toHaveText(
        t['issue.number-unreadable.unreadable']
          .replace('{field}', t['field.targetShort'])
          .replace('{text}', lang === 'id' ? 'banyak' : 'lots'),
      );
      await page.getByLabel(t['field.target']).fill(lang === 'id' ? 'Rp1,5 juta' : 'IDR 1.5 million');
      await expect(page.locator('#smart-g1-target-read')).toHaveText(
        t['field.readAs'].replace('{value}', lang === 'id' ? 'Rp1.500.000' : 'Rp1,500,000'),
      );
    });

    test('catches a past deadline in the error summary, linked to its field', async ({ page }) => {
      await withSaved(page, examples.batik);
      await open(page, path);
      await page.getByLabel(t['field.start']).fill('2020-01-06');
      await page.getByLabel(t['field.deadline']).fill('2020-03-01');
      await page.getByRole('button', { name: t['check.button'] }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(kit['errors.title']);
      const message = t['issue.deadline-in-past'].replace('{date}', lang === 'id' ? '1 Maret 2020' : '1 March 2020');
      await expect(summary.getByRole('link', { name: message })).toBeVisible();
      await summary.getByRole('link', { name: message }).click();
      await expect(page.getByLabel(t['field.deadline'])).toBeFocused();
      await expect(page.getByLabel(t['field.deadline'])).toHaveAttribute('aria-invalid', 'true');
    });

    test('an early check lists the problems letter by letter, in normal weight, from the first one', async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, path);
      await page.getByLabel(t['partners.a']).fill('Rina');
      await page
        .getByLabel(t['field.what'])
        .fill(lang === 'id' ? 'supaya toko lebih dikenal' : 'make our shop better known');
      await expect(page.getByLabel(t['field.what'])).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#smart-g1-sentence')).toBeVisible();
      await page.getByRole('button', { name: t['check.button'] }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      // Focus brought the summary's title and its first problem into view.
      await expect(summary.getByRole('heading', { level: 2 })).toBeInViewport();
      await expect(summary.getByRole('link').first()).toBeInViewport();
      await expect(summary.getByRole('link').first()).toHaveText(t['issue.partner-missing.partnerB']);
      await expect(summary.getByRole('heading', { level: 3 })).toHaveText([
        t['partners.legend'],
        ...smartLetters.map((l) => `${l.letter}${l.text[lang].name}`),
      ]);
      for (const link of await summary.getByRole('link').all())
        expect(await link.evaluate((a) => Number(getComputedStyle(a).fontWeight))).toBeLessThan(600);
      // What the reader typed stays, now marked and described by its message.
      const what = page.getByLabel(t['field.what']);
      await expect(what).toHaveValue(lang === 'id' ? 'supaya toko lebih dikenal' : 'make our shop better known');
      await expect(what).toHaveAttribute('aria-invalid', 'true');
      await expect(what).toHaveAttribute('aria-describedby', 'smart-g1-what-hint smart-g1-what-error');
    });

    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`passes axe in the error state (${scheme}, ${width} px)`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, path);
          await page.getByLabel(t['partners.a']).fill('Rina');
          await page.getByLabel(t['field.target']).fill(lang === 'id' ? 'banyak' : 'lots');
          // The checks have loaded and the answer panel is in place: the button stays put for the tap.
          await expect(page.locator('#smart-g1-sentence')).toContainText(lang === 'id' ? 'banyak' : 'lots');
          await page.getByRole('button', { name: t['check.button'] }).click();
          await expect(page.locator('.error-summary')).toBeFocused();
          await expectNoAxeViolations(page, `${path} (errors, ${scheme}, ${width} px)`);
        });
      }
    }

    test('keeps the work after a reload', async ({ page }) => {
      await open(page, path);
      await page.getByLabel(t['partners.a']).fill('Toko Kopi Bayu');
      await page.getByLabel(t['field.baseline']).fill('1.500');
      // Autosave runs right after each change; wait for it as a reader would not reload within milliseconds.
      await expect.poll(() => page.evaluate(() => localStorage.getItem('mitra:smart-goal'))).toContain('"1.500"');
      await page.reload();
      await page.locator('[data-tool-island][data-hydrated] .smart-tool').waitFor();
      await expect(page.getByLabel(t['partners.a'])).toHaveValue('Toko Kopi Bayu');
      await expect(page.getByLabel(t['field.baseline'])).toHaveValue('1.500');
      await expect(page.locator('#smart-g1-baseline-read')).toHaveText(
        t['field.readAs'].replace('{value}', lang === 'id' ? '1.500' : '1.5'),
      );
    });

    test('opens its share link in a fresh browser with the same goal', async ({ page, browser }) => {
      await withSaved(page, examples.sambal);
      await open(page, path);
      const statement = await page.locator('.smart-statement-text').first().textContent();
      await page.getByRole('button', { name: kit['actions.share'], exact: true }).click();
      const link = await page.getByLabel(kit['actions.shareLabel']).inputValue();
      expect(link).toContain('#share=');

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(link);
      await other.locator('[data-tool-island][data-hydrated] .smart-tool').waitFor();
      await expect(other.getByLabel(t['partners.a'])).toHaveValue('Ayu');
      await expect(other.getByLabel(t['field.baseline'])).toHaveValue('Rp1,5 juta');
      await expect(other.locator('.smart-statement-text').first()).toHaveText(statement ?? '');
      await fresh.close();
    });

    test('downloads the calendar from right under the milestones table, and it parses', async ({ page }) => {
      await withSaved(page, examples.batik);
      await open(page, path);
      const button = page.getByRole('button', { name: t['ics.button'] });
      // Under the table, in view with it, not tucked away under "More".
      await expect(page.locator('.smart-milestones table + .smart-calendar').getByRole('button')).toHaveText(
        t['ics.button'],
      );
      await expect(page.locator('.kit-actions').getByRole('button', { name: t['ics.button'] })).toHaveCount(0);
      const table = (await page.locator('.smart-milestones table').boundingBox())!;
      const box = (await button.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(table.y + table.height);
      expect(box.y - (table.y + table.height)).toBeLessThan(40);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^mitra-smart-goal-\d{4}-\d{2}-\d{2}\.ics$/);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      // An independent RFC 5545 parser reads it back: three reviews and the deadline.
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(4);
      expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual([
        '2027-01-18',
        '2027-02-01',
        '2027-02-15',
        '2027-03-01',
      ]);
      await expect(page.getByRole('status')).toHaveText(t['ics.downloaded'].replace('{n}', '4'));
    });

    test('downloads a Markdown summary that holds the statement', async ({ page }) => {
      await withSaved(page, examples.batik);
      await open(page, path);
      await openMore(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: kit['actions.downloadMarkdown'] }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.startsWith(`# ${t['summary.title']}\n`)).toBe(true);
      expect(text).toContain(lang === 'id' ? 'Tujuan bersama Rina dan Dimas' : 'Shared goal of Rina and Dimas');
      expect(text).toContain(t['check.met']);
    });

    test('prints the goal, not the form', async ({ page }) => {
      await withSaved(page, examples.batik);
      await open(page, path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.smart-statement-text').first()).toBeVisible();
      await expect(page.locator('.smart-milestones table')).toBeVisible();
      await expect(page.locator('.smart-form')).toBeHidden();
      await expect(page.locator('.kit-actions')).toBeHidden();
      await expect(page.locator('.kit-print-header')).toBeVisible();
      // The goal sentence prints first, in full; every badge keeps its letter (backgrounds off).
      const sentence = compact((await page.locator('#smart-g1-sentence').textContent()) ?? '');
      const printed = await printToPdf(page);
      expect(printed.text).toContain(sentence);
      expect(printed.text.indexOf(sentence)).toBeLessThan(printed.text.indexOf(compact(t['check.title'])));
      for (const row of await page.locator('.smart-glance li').allTextContents())
        expect(printed.text).toContain(compact(row));
      for (const mark of await page.locator('.smart-panel .smart-mark').all()) {
        const style = await mark.evaluate((el) => {
          const s = getComputedStyle(el);
          return { color: s.color, border: s.borderTopColor, width: s.borderTopWidth };
        });
        expect(style).toEqual({ color: 'rgb(0, 0, 0)', border: 'rgb(0, 0, 0)', width: '2px' });
      }
    });

    test('without JavaScript shows the SMART worksheet', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole('heading', { name: t['page.worksheetTitle'] })).toBeVisible();
      await expect(page.locator('.smart-sheet-letter')).toHaveCount(5);
      // Chromium parses <noscript> as text when only script execution is switched off, so check
      // the markup a browser without JavaScript renders.
      expect(await page.locator('.smart-worksheet noscript').innerHTML()).toContain(t['page.noscript']);
      await context.close();
    });
  });
}
