import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { type Locale, sections } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { questionIds } from '../../src/content/mou-questions';
import kitDictionaries from '../../src/tools/kit/i18n';
import { encodeShare } from '../../src/tools/kit/share';
import dict from '../../src/tools/mou-checklist/i18n';
import meta from '../../src/tools/mou-checklist/meta';
import { selectClauses } from '../../src/tools/mou-checklist/model';
import { initialState, mouChecklist } from '../../src/tools/mou-checklist/tool';
import { loadLibrary } from '../fixtures/content';
import { version2 } from '../fixtures/mou';
import { expectNoAxeViolations } from './fixtures';

const library = loadLibrary();
const path = (lang: Locale) => `/${lang}/${sections.tools[lang]}/${meta.slug[lang]}/`;
/** Whitespace-insensitive text, so a title wrapped over two lines in a PDF still matches. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Opens the tool and waits until the island has hydrated (inputs enabled). */
async function open(page: Page, lang: Locale, url = path(lang)) {
  await page.goto(url);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.getByLabel(dict[lang]['parties.first'])).toBeEnabled();
}

/** The questionnaire's radios and checkboxes. */
const answerInputs = (page: Page) =>
  page.locator('.mou-questions input[type="radio"], .mou-questions input[type="checkbox"]');

/** The radio group of one question. */
const question = (page: Page, lang: Locale, key: keyof (typeof dict)['id']) =>
  page.getByRole('group', { name: dict[lang][key] });

/** A clause's list item, its disclosure and its tick. */
function clause(page: Page, id: string) {
  const item = page.locator(`[data-clause="${id}"]`);
  return {
    item,
    summary: item.locator('summary').first(),
    tick: item.locator('.mou-tick input'),
    /** The whole row that ticks the clause (the label around the checkbox). */
    tickRow: item.locator('label.mou-tick'),
    note: item.locator('textarea'),
  };
}

/** Fills the checklist the same way in every test: a reseller with a foreign partner. */
async function fillIn(page: Page, lang: Locale) {
  const t = dict[lang];
  await page.getByLabel(t['parties.first']).fill('Toko Lilin <Putri>');
  await page.getByLabel(t['parties.second']).fill('Bean & Co');
  await page.getByLabel(t['kind.reselling']).check();
  await question(page, lang, 'q.foreignParty').getByLabel(t['answer.yes']).check();
  await expect(clause(page, 'language-law').item).toBeVisible();
  const roles = clause(page, 'roles');
  await roles.tick.check();
  await roles.summary.click();
  await roles.note.fill('Putri: produksi; Bima: desain');
}

/** The clauses the filled-in answers select, per the library. */
const filledInSelection = () =>
  selectClauses(library, { ...initialState().answers, kinds: ['reselling'], foreignParty: 'yes' });

for (const lang of ['id', 'en'] as const) {
  const t = dict[lang];
  const kit = kitDictionaries[lang];

  test.describe(`MoU checklist (${lang})`, () => {
    test('a fresh page has no answer ticked and says what the open questions could add', async ({ page }) => {
      await open(page, lang);
      await expect(answerInputs(page).first()).toBeVisible();
      expect(await answerInputs(page).count()).toBeGreaterThan(20);
      for (const input of await answerInputs(page).all()) await expect(input).not.toBeChecked();
      const box = page.locator('.mou-open');
      await expect(box.locator('[data-question]')).toHaveCount(questionIds.length);
      const data = library.find((c) => c.id === 'personal-data')!.text[lang].title;
      await expect(box.locator('[data-question="customerData"]')).toContainText(data);
      // The link goes to the question; answering takes it off the list.
      await box.locator('[data-question="customerData"] a').click();
      const customerData = question(page, lang, 'q.customerData');
      await expect(customerData).toBeInViewport();
      await customerData.getByLabel(t['answer.yes']).check();
      await expect(clause(page, 'personal-data').item).toBeVisible();
      await expect(box.locator('[data-question]')).toHaveCount(questionIds.length - 1);
    });

    test('an old share link (version 2) opens with its answers, ticks and notes', async ({ browser }) => {
      const older = {
        ...mouChecklist,
        version: 2,
        migrate: undefined,
        schema: { safeParse: (v: unknown) => ({ success: true as const, data: v }) },
      };
      const fragment = await encodeShare(older as never, version2.state);
      const context = await browser.newContext();
      const page = await context.newPage();
      await open(page, lang, `${path(lang)}#${fragment}`);
      await expect(page.getByLabel(t['parties.first'])).toHaveValue('CV Kopi Nusantara');
      await expect(question(page, lang, 'q.money').getByLabel(t['answer.yes'])).toBeChecked();
      await expect(question(page, lang, 'q.customerData').getByLabel(t['answer.yes'])).toBeChecked();
      await expect(question(page, lang, 'q.exclusivity').getByLabel(t['answer.yes'])).toBeChecked();
      await expect(question(page, lang, 'q.term').getByLabel(t['term.open'])).toBeChecked();
      await expect(page.getByLabel(t['kind.reselling'])).toBeChecked();
      await expect(clause(page, 'personal-data').item).toBeVisible();
      await expect(clause(page, 'language-law').tick).toBeChecked();
      // Only the question version 2 did not have is open.
      await expect(page.locator('.mou-open [data-question]')).toHaveCount(1);
      await expect(page.locator('.mou-open [data-question="binding"]')).toBeVisible();
      await context.close();
    });

    test('prints the signers’ names and positions in the signature block', async ({ page }) => {
      await open(page, lang);
      await page.getByLabel(t['parties.first']).fill('Toko Lilin Putri');
      const first = page.locator('[data-party="first"]');
      await first.locator('summary').click();
      await first.getByLabel(t['parties.signer']).fill('Putri Wulandari');
      await first.getByLabel(t['parties.capacity']).fill(lang === 'id' ? 'Pemilik' : 'Owner');
      await expect(page.locator('.mou-sign [data-sign="first"]')).toContainText('Putri Wulandari', {
        useInnerText: false,
      });
      const pdf = await page.pdf({ format: 'A4' });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const printed = flat(text);
      const block = printed.slice(printed.lastIndexOf(t['md.signatures']));
      const expected = [
        t['doc.firstPartyLabel'],
        'Toko Lilin Putri',
        t['doc.stamp'],
        'Putri Wulandari',
        lang === 'id' ? 'Pemilik' : 'Owner',
      ];
      let at = 0;
      for (const words of expected) {
        const found = block.indexOf(words, at);
        expect(found, `"${words}" in order in: ${block}`).toBeGreaterThanOrEqual(at);
        at = found + words.length;
      }
      // The second party, with nothing typed, has one blank for both, and no bare caption.
      expect(block).toContain(t['doc.secondPartyLabel']);
      expect(block.split(t['doc.signBlank']).length - 1).toBe(1);
      expect(block).not.toMatch(/Nama dan jabatan|Name and position/);
    });

    test('answers, ticks and notes survive a reload', async ({ page }) => {
      await open(page, lang);
      await fillIn(page, lang);
      const selected = filledInSelection();
      await expect(page.getByText(`${lang === 'id' ? '1 dari' : '1 of'} ${selected.length}`)).toBeVisible();
      await page.reload();
      await open(page, lang, page.url());
      await expect(page.getByLabel(t['parties.first'])).toHaveValue('Toko Lilin <Putri>');
      await expect(clause(page, 'roles').tick).toBeChecked();
      await expect(clause(page, 'roles').note).toHaveValue('Putri: produksi; Bima: desain');
      await expect(clause(page, 'language-law').item).toBeVisible();
      const shown = await page.locator('.mou-clause-title').allTextContents();
      expect(shown.sort()).toEqual(selected.map((c) => c.text[lang].title).sort());
    });

    test('a share link carries the whole checklist to another browser', async ({ page, browser }) => {
      await open(page, lang);
      await fillIn(page, lang);
      await page.getByRole('button', { name: kit['actions.share'], exact: true }).click();
      const link = await page.getByLabel(kit['actions.shareLabel']).inputValue();
      expect(link).toContain('#share=');
      const other = await browser.newContext();
      const fresh = await other.newPage();
      await open(fresh, lang, link);
      await expect(fresh.getByLabel(t['parties.second'])).toHaveValue('Bean & Co');
      await expect(clause(fresh, 'roles').tick).toBeChecked();
      await expect(clause(fresh, 'roles').note).toHaveValue('Putri: produksi; Bima: desain');
      await expect(clause(fresh, 'language-law').item).toBeVisible();
      await expect(fresh.getByRole('status')).toHaveText(kit['status.adopted']);
      await other.close();
    });

    test('downloads a .docx outline with every selected clause and the notes', async ({ page }) => {
      await open(page, lang);
      await fillIn(page, lang);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: t['docx.download'] }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
      const xml = strFromU8(files['word/document.xml']!);
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) =>
          m[1]!
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&'),
        )
        .join('\n');
      // A foreign party: Indonesian and English side by side.
      for (const c of filledInSelection()) {
        expect(text).toContain(c.text.id.title);
        expect(text).toContain(c.text.en.title);
      }
      expect(text).toContain('Putri: produksi; Bima: desain');
      expect(text).toContain('Toko Lilin <Putri>');
    });

    test('prints on A4 with every selected clause and without the site’s navigation', async ({ page }) => {
      await open(page, lang);
      await fillIn(page, lang);
      const pdf = await page.pdf({ format: 'A4' });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const printed = flat(text);
      for (const c of filledInSelection()) expect(printed, c.id).toContain(flat(c.text[lang].title));
      expect(printed).toContain('Putri: produksi; Bima: desain');
      expect(printed).toContain('Toko Lilin <Putri>');
      for (const chrome of [
        ui[lang]['site.tagline'],
        ui[lang]['footer.privacy'],
        ui[lang]['skip.main'],
        kit['actions.title'],
        t['docx.download'],
      ]) {
        expect(printed).not.toContain(chrome);
      }
    });

    test('works with the keyboard alone', async ({ page }) => {
      await open(page, lang);
      /** Presses Tab until `target` has focus. */
      const tabTo = async (target: Locator) => {
        for (let i = 0; i < 120; i++) {
          if (await target.evaluate((el) => el === document.activeElement)) return;
          await page.keyboard.press('Tab');
        }
        throw new Error('never reached by Tab');
      };
      await tabTo(page.getByLabel(t['parties.first']));
      await page.keyboard.type('Kopi Bayu');
      // The foreign-party question: nothing is chosen yet, so Tab reaches its first radio and
      // Space chooses it; arrows then change the answer.
      const foreign = question(page, lang, 'q.foreignParty');
      await tabTo(foreign.getByLabel(t['answer.yes']));
      await expect(foreign.getByLabel(t['answer.yes'])).not.toBeChecked();
      await page.keyboard.press('Space');
      await expect(foreign.getByLabel(t['answer.yes'])).toBeChecked();
      await page.keyboard.press('ArrowRight');
      await expect(foreign.getByLabel(t['answer.no'])).toBeChecked();
      await page.keyboard.press('ArrowLeft');
      await expect(foreign.getByLabel(t['answer.yes'])).toBeChecked();
      await expect(clause(page, 'language-law').item).toBeVisible();
      // Open a clause, write a note, tick it.
      const law = clause(page, 'language-law');
      await tabTo(law.summary);
      await page.keyboard.press('Enter');
      await expect(law.item.locator('details').first()).toHaveAttribute('open', '');
      await tabTo(law.note);
      await page.keyboard.type('Bahasa Inggris berlaku');
      await tabTo(law.tick);
      await page.keyboard.press('Space');
      await expect(law.tick).toBeChecked();
      const total = selectClauses(library, { ...initialState().answers, foreignParty: 'yes' }).length;
      await expect(page.getByText(`${lang === 'id' ? '1 dari' : '1 of'} ${total}`)).toBeVisible();
      // Focus is always visible.
      const outline = await law.tick.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
    });

    test('the “settled” tick is a whole row at least 44 px tall on a phone (390 px)', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, lang);
      const roles = clause(page, 'roles');
      // Mid-screen, where a reader taps it (the progress bar sits at the bottom of the screen); at
      // once, not with the page's smooth scrolling, so the box measured is where the row stays.
      await roles.tickRow.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      const row = await roles.tickRow.boundingBox();
      const card = await roles.item.boundingBox();
      if (!row || !card) throw new Error('the tick row is not on screen');
      expect(row.height).toBeGreaterThanOrEqual(44);
      // The row spans the card, inside its borders (1 px on the right, a 6 px edge on the left).
      expect(row.width).toBeGreaterThanOrEqual(card.width - 8);
      // A tap anywhere on the row ticks the clause; another tap unticks it.
      await page.mouse.click(row.x + row.width - 10, row.y + row.height / 2);
      await expect(roles.tick).toBeChecked();
      await page.mouse.click(row.x + row.width / 2, row.y + row.height - 3);
      await expect(roles.tick).not.toBeChecked();
    });

    test('every disclosure shows its state with the same arrow, by mouse and by keyboard', async ({ page }) => {
      await open(page, lang);
      const arrow = (summary: Locator) =>
        summary.evaluate((el) => getComputedStyle(el, '::before').content.replace(/"/g, ''));
      const roles = clause(page, 'roles');
      const other = roles.item.locator('details.mou-other > summary');
      const sources = page.locator('details.mou-sources > summary');
      for (const summary of [roles.summary, sources]) expect(await arrow(summary)).toBe('▸');
      await roles.summary.click();
      expect(await arrow(roles.summary)).toBe('▾');
      expect(await arrow(other)).toBe('▸');
      await other.focus();
      await page.keyboard.press('Enter');
      await expect(roles.item.locator('details.mou-other')).toHaveAttribute('open', '');
      expect(await arrow(other)).toBe('▾');
      await page.keyboard.press('Space');
      await expect(roles.item.locator('details.mou-other')).not.toHaveAttribute('open', '');
      expect(await arrow(other)).toBe('▸');
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violations with a clause expanded (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, lang);
        await fillIn(page, lang);
        const law = clause(page, 'language-law');
        await law.summary.click();
        await law.item.locator('details.mou-other summary').click();
        await expect(law.item.locator('.mou-legal')).toBeVisible();
        await expectNoAxeViolations(page, `${path(lang)} (${scheme}, clause expanded)`);
      });
    }

    for (const width of [390, 1280]) {
      test(`has no axe violations fresh, with the open questions listed (${width} px, light and dark)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, lang);
        await expect(page.locator('.mou-open')).toBeVisible();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expectNoAxeViolations(page, `${path(lang)} (${scheme}, ${width} px, fresh)`);
        }
      });

      test(`has no axe violations when the outline cannot be made (${width} px, light and dark)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        // The outline's code cannot load (the reader went offline).
        await page.route(/\/_astro\/docx\.[\w-]+\.js$/, (route) => route.abort());
        await open(page, lang);
        await fillIn(page, lang);
        await page.getByRole('button', { name: t['docx.download'] }).click();
        await expect(page.getByRole('alert').filter({ hasText: t['docx.failed'] })).toBeVisible();
        // What the reader had stays.
        await expect(page.getByLabel(t['parties.first'])).toHaveValue('Toko Lilin <Putri>');
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expectNoAxeViolations(page, `${path(lang)} (${scheme}, ${width} px, outline failed)`);
        }
      });
    }

    test('without JavaScript shows the core clause checklist with explanations', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path(lang));
      // (The <noscript> note is checked in the built HTML: Chromium with scripts disabled by
      // Playwright still parses <noscript> as if scripting were on.)
      const core = library.filter((c) => c.priority === 'essential').sort((a, b) => a.order - b.order);
      const essential = page.locator('[data-priority="essential"] .mou-clause-title');
      await expect(essential).toHaveText(core.map((c) => c.text[lang].title));
      const roles = clause(page, 'roles');
      await roles.summary.click();
      await expect(roles.item.getByText(library.find((c) => c.id === 'roles')!.text[lang].why)).toBeVisible();
      await context.close();
    });
  });
}
