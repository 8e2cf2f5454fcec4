import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../helpers/dist';
import { format } from '../../src/i18n/dictionary';
import { locales, type Locale } from '../../src/i18n/locales';
import text from '../../src/print/i18n';
import mouWords from '../../src/tools/mou-checklist/i18n';
import { anchorLevels, criteria } from '../../src/tools/partner-fit/criteria';
import { goalTypeInfo, smartLetters } from '../../src/tools/smart-goal/letters';
import { sheetPath, sheets, sheetText } from '../../src/print/registry';
import { chromeTexts, compact, printToPdf, type PrintedPdf } from './pdf';

/**
 * Printing, checked on real PDFs: Chromium prints each page (print media, A4 and Letter), pdf.js
 * reads the text back. Budgets: each sheet's `maxPages` in src/print/registry.ts.
 */

const built = builtPages();

/** The step pages of one language as built: number, path and the actions listed on the page. */
function builtSteps(lang: Locale) {
  return built
    .filter((p) => p.doc.querySelector('html')?.getAttribute('lang') === lang && p.doc.querySelector('section.actions'))
    .map((p) => ({
      step: Number(/\d+/.exec(p.doc.querySelector('.page-head .eyebrow')?.text ?? '')?.[0]),
      path: p.path,
      actions: p.doc.querySelectorAll('section.actions li').map((li) => li.text.trim()),
    }))
    .sort((a, b) => a.step - b.step);
}

/** The items a built sheet marks with `data-sheet-item`. */
function sheetItemsOf(key: string, lang: Locale): string[] {
  const path = sheetPath(
    sheets.find((s) => s.key === key)!,
    lang,
  );
  const page = built.find((p) => p.path === path)!;
  return page.doc.querySelectorAll('[data-sheet-item]').map((e) => e.text.trim());
}

/** The visible labels a sheet takes from the print dictionary (`<prefix>.*`), filled in. */
function labels(lang: Locale, prefix: string, params: Record<string, string | number> = {}, skip: string[] = []) {
  return Object.entries(text[lang])
    .filter(
      ([k]) =>
        k.startsWith(`${prefix}.`) && ![...['summary', 'description'], ...skip].includes(k.slice(prefix.length + 1)),
    )
    .map(([, v]) => format(v, params));
}

/** What each sheet must put on paper, from the sources the sheet reads (not from the sheet). */
function expectedItems(key: string, lang: Locale): string[] {
  const steps = builtSteps(lang);
  switch (key) {
    case 'seven-steps':
      return steps.flatMap((s) => s.actions);
    case 'partner-fit':
      return [
        ...criteria.flatMap((c) => {
          const own = c.text[lang];
          return [own.name, own.explanation, ...own.questions, ...anchorLevels.map((level) => own.anchors[level])];
        }),
        // `scores` is the tables' caption for screen readers; the other labels are printed.
        ...labels(lang, 'partnerFit', { letter: 'C', max: criteria.length * 5 }, ['scores']),
      ];
    case 'smart-goal':
      return [
        ...goalTypeInfo.map((type) => type.text[lang].name),
        ...smartLetters.flatMap((l) => [l.letter, l.text[lang].name, l.text[lang].question, ...l.text[lang].prompts]),
        ...labels(lang, 'smartGoal'),
      ];
    case 'mou-clauses':
      // The clause library is a content collection, which only Astro reads; that the sheet lists
      // exactly the library's clauses is checked on the built page (tests/built/print.test.ts).
      // Here: every clause and question the page shows reaches paper.
      return [...sheetItemsOf(key, lang), ...labels(lang, 'mouClauses', { tool: toolName('mou-checklist', lang) })];
    case 'evaluation':
      return [...steps.find((s) => s.step === 7)!.actions, ...labels(lang, 'evaluation')];
    default:
      throw new Error(`No expectations written for sheet "${key}"`);
  }
}

/** A tool's name as its page shows it (the MoU sheet names the MoU checklist). */
function toolName(key: string, lang: Locale): string {
  const dictionaries = { 'mou-checklist': mouWords } as const;
  return dictionaries[key as keyof typeof dictionaries][lang]['tool.name'];
}

function expectOnPaper(pdf: PrintedPdf, items: readonly string[], label: string) {
  const missing = items.filter((item) => !pdf.text.includes(compact(item)));
  expect(missing, `${label}: missing from the PDF`).toEqual([]);
}

async function expectNoChrome(page: Page, pdf: PrintedPdf, label: string) {
  const chrome = await chromeTexts(page);
  expect(chrome.length, 'the page has chrome to leave out').toBeGreaterThan(3);
  const leaked = chrome.filter((c) => pdf.text.includes(c));
  expect(leaked, `${label}: screen chrome on paper`).toEqual([]);
}

async function canonicalOf(page: Page) {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

test.describe('printable sheets', () => {
  for (const sheet of sheets) {
    for (const lang of locales) {
      const path = sheetPath(sheet, lang);
      test(`${path} prints every item, no chrome, within ${sheet.maxPages} A4/Letter pages`, async ({ page }) => {
        await page.goto(path);
        const own = sheetText(sheet, lang);
        const items = expectedItems(sheet.key, lang);
        expect(items.length).toBeGreaterThan(5);
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await printToPdf(page, format);
          test.info().annotations.push({ type: `${format} pages`, description: `${path}: ${pdf.pages}` });
          expect(pdf.pages, `${path} on ${format}`).toBeLessThanOrEqual(sheet.maxPages);
          expectOnPaper(pdf, [own.title, own.lead, await canonicalOf(page), ...items], `${path} (${format})`);
          await expectNoChrome(page, pdf, `${path} (${format})`);
        }
      });
    }
  }
});

test.describe('step pages on paper', () => {
  for (const lang of locales) {
    for (const { path } of builtSteps(lang)) {
      test(`${path} prints its content and no site chrome`, async ({ page }) => {
        await page.goto(path);
        const content = await page
          .locator('main article :is(h1, .eyebrow, h2, h3, p, li, dt, dd)')
          .filter({ hasNot: page.locator('nav') })
          .evaluateAll((els) =>
            els
              // A card's own heading, text and facts are checked one by one, not run together.
              .filter((el) => !el.closest('nav, .no-print') && !el.querySelector('h2, h3, p, dl'))
              .map((el) => el.textContent ?? ''),
          );
        expect(content.length).toBeGreaterThan(10);
        const pdf = await printToPdf(page);
        expectOnPaper(pdf, [...content, await canonicalOf(page)], path);
        await expectNoChrome(page, pdf, path);
      });
    }
  }
});

test.describe('print styles', () => {
  const samples = [sheetPath(sheets[0]!, 'id'), sheetPath(sheets.at(-1)!, 'en'), builtSteps('en')[0]!.path];

  for (const path of samples) {
    test(`${path} prints black on white even in dark mode`, async ({ page }) => {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.goto(path);
      const offenders = await page.evaluate(() => {
        const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
        const bad: string[] = [];
        for (const el of document.body.querySelectorAll('*')) {
          if (!(el as HTMLElement).getClientRects().length) continue; // not printed
          const style = getComputedStyle(el);
          const [r = 0, g = 0, b = 0] = rgb(style.color);
          if (Math.max(r, g, b) > 0x40) bad.push(`${el.tagName}.${el.className} text ${style.color}`);
          const [br = 255, bg = 255, bb = 255, ba = 1] = rgb(style.backgroundColor);
          if (ba > 0 && Math.min(br, bg, bb) < 0xf5)
            bad.push(`${el.tagName}.${el.className} background ${style.backgroundColor}`);
        }
        return [...new Set(bad)];
      });
      expect(offenders).toEqual([]);
      const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(body).toBe('rgb(255, 255, 255)');
    });
  }

  test('tick boxes print as empty black squares, drawn with borders', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(sheetPath(sheets.at(-1)!, 'id'));
    const boxes = await page.evaluate(() => {
      const pseudo = [...document.querySelectorAll('.checklist li')].map((li) => getComputedStyle(li, '::before'));
      const spans = [...document.querySelectorAll('.sheet-box')].map((box) => getComputedStyle(box));
      return [...pseudo, ...spans].map((s) => ({
        width: parseFloat(s.width),
        height: parseFloat(s.height),
        border: `${s.borderTopStyle} ${s.borderTopColor}`,
        borderWidth: parseFloat(s.borderTopWidth),
        background: s.backgroundColor,
      }));
    });
    expect(boxes.length).toBeGreaterThan(6);
    for (const box of boxes) {
      expect(box.border).toBe('solid rgb(0, 0, 0)');
      expect(box.borderWidth).toBeGreaterThanOrEqual(1);
      expect(Math.abs(box.width - box.height)).toBeLessThan(1);
      expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(box.background);
    }
  });

  test('an external link shows its address after the text; an internal one does not', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(builtSteps('id')[0]!.path);
    const after = await page.evaluate(() => {
      const prose = document.querySelector('.prose')!;
      prose.insertAdjacentHTML(
        'beforeend',
        '<p><a id="ext" href="https://www.ojk.go.id/">OJK</a> <a id="int" href="/id/">Mitra</a></p>',
      );
      const content = (id: string) => getComputedStyle(document.getElementById(id)!, '::after').content;
      return { external: content('ext'), internal: content('int') };
    });
    expect(after.external).toContain('https://www.ojk.go.id/');
    expect(['none', 'normal']).toContain(after.internal);
  });
});

test.describe('the print button', () => {
  const paths = [sheetPath(sheets[0]!, 'en'), builtSteps('id')[6]!.path];

  for (const path of paths) {
    test(`${path}: opens the print dialog`, async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(path);
      const button = page.locator('button[data-print]');
      await expect(button).toBeVisible();
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });

    test(`${path}: is not shown without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('button[data-print]')).toBeHidden();
      await context.close();
    });
  }
});
