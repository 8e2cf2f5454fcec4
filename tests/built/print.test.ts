import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { entryLang, guideHref } from '../../src/lib/guide';
import { sheetByKey, sheetPath, sheets } from '../../src/print/registry';
import mouWords from '../../src/tools/mou-checklist/i18n';
import { groupByPriority, selectClauses } from '../../src/tools/mou-checklist/model';
import { commonAnswers } from '../../src/content/mou-questions';
import { anchorLevels, criteria } from '../../src/tools/partner-fit/criteria';
import { goalTypeInfo, smartLetters } from '../../src/tools/smart-goal/letters';
import { loadGuide, loadLibrary } from '../fixtures/content';
import { BASE, builtPages, fileForPath } from '../helpers/dist';

const entries = loadGuide();
const pages = builtPages();
const pageAt = (path: string) => {
  const page = pages.find((p) => p.path === `${BASE}${path.slice(1)}`);
  if (!page) throw new Error(`${path} was not built`);
  return page;
};
const stepEntries = (lang: 'id' | 'en') =>
  entries.filter((e) => entryLang(e) === lang && e.data.kind === 'step').sort((a, b) => a.data.step! - b.data.step!);
const itemsOn = (path: string) =>
  pageAt(path)
    .doc.querySelectorAll('.sheet [data-sheet-item]')
    .map((li) => li.text.trim());

describe('the print section', () => {
  it('has an index and every sheet in both languages, at readable addresses', () => {
    for (const lang of locales) {
      const index = pageAt(lang === 'id' ? '/id/cetak/' : '/en/print/');
      const links = index.doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const sheet of sheets) {
        expect(fileForPath(`${BASE}${sheetPath(sheet, lang).slice(1)}`), sheet.key).toBeDefined();
        expect(links).toContain(`${BASE}${sheetPath(sheet, lang).slice(1)}`);
      }
    }
  });

  it('lists "Print" in the main navigation of every page, after Tools', () => {
    for (const page of pages.filter((p) => p.doc.querySelector('nav.primary'))) {
      const labels = page.doc.querySelectorAll('nav.primary a').map((a) => a.text.trim());
      expect(labels.indexOf(labels.includes('Cetak') ? 'Cetak' : 'Print'), page.path).toBe(2);
    }
  });
});

describe('sheet 1, the seven-step checklist', () => {
  it.each(locales)('prints every action of every step page, in order (%s)', (lang) => {
    const sheet = sheetByKey('seven-steps')!;
    const expected = stepEntries(lang).flatMap((e) => e.data.actions);
    expect(expected.length).toBeGreaterThanOrEqual(21);
    expect(itemsOn(sheetPath(sheet, lang))).toEqual(expected);
    const headings = pageAt(sheetPath(sheet, lang))
      .doc.querySelectorAll('.sheet h2 a')
      .map((a) => a.getAttribute('href'));
    expect(headings).toEqual(stepEntries(lang).map((e) => `${BASE}${guideHref(e).slice(1)}`));
  });
});

describe('sheet 2, the partner-fit worksheet', () => {
  it.each(locales)('asks what the partner-fit tool asks, criterion by criterion (%s)', (lang) => {
    const expected = criteria.flatMap((c) => {
      const own = c.text[lang];
      return [own.name, own.explanation, ...own.questions, ...anchorLevels.map((level) => own.anchors[level])];
    });
    const page = pageAt(sheetPath(sheetByKey('partner-fit')!, lang));
    expect(itemsOn(sheetPath(sheetByKey('partner-fit')!, lang))).toEqual(expected);
    // Five boxes for each of three candidates on every criterion; deal-breakers are marked.
    expect(page.doc.querySelectorAll('.scores')).toHaveLength(criteria.length);
    for (const table of page.doc.querySelectorAll('.scores'))
      expect(table.querySelectorAll('tbody .sheet-box')).toHaveLength(15);
    expect(page.doc.querySelectorAll('.criterion .critical')).toHaveLength(criteria.filter((c) => c.critical).length);
  });
});

describe('sheet 3, the SMART goal worksheet', () => {
  it.each(locales)('asks what the SMART goal builder asks, letter by letter (%s)', (lang) => {
    const expected = [
      ...goalTypeInfo.map((type) => type.text[lang].name),
      ...smartLetters.flatMap((l) => [l.text[lang].name, l.text[lang].question, ...l.text[lang].prompts]),
    ];
    expect(itemsOn(sheetPath(sheetByKey('smart-goal')!, lang))).toEqual(expected);
    expect(
      pageAt(sheetPath(sheetByKey('smart-goal')!, lang))
        .doc.querySelectorAll('.letter h2 .initial')
        .map((e) => e.text),
    ).toEqual(['S', 'M', 'A', 'R', 'T']);
  });
});

describe('sheet 4, the MoU clause checklist', () => {
  it.each(locales)('lists every clause of the library; the common ones with why and what to settle (%s)', (lang) => {
    const library = loadLibrary();
    expect(library.length).toBeGreaterThanOrEqual(20);
    const common = groupByPriority(selectClauses(library, commonAnswers)).flatMap((g) => g.clauses);
    const others = groupByPriority(library.filter((c) => !common.includes(c))).flatMap((g) => g.clauses);
    expect(common.filter((c) => c.priority === 'essential')).toHaveLength(
      library.filter((c) => c.priority === 'essential').length,
    );
    expect(common.some((c) => c.priority === 'conditional')).toBe(true);
    const expected = [
      ...common.flatMap((c) => [c.text[lang].title, c.text[lang].why, ...c.text[lang].questions]),
      ...others.map((c) => c.text[lang].title),
    ];
    const path = sheetPath(sheetByKey('mou-clauses')!, lang);
    expect(itemsOn(path)).toEqual(expected);
    // Every clause has a box to tick; every clause that depends on the partnership says when.
    const doc = pageAt(path).doc;
    expect(doc.querySelectorAll('.clause h3 .sheet-box')).toHaveLength(library.length);
    expect(doc.querySelectorAll('.clause .when')).toHaveLength(library.filter((c) => c.when.length > 0).length);
  });
});

describe('sheet 4, the party block', () => {
  it.each(locales)('has lines for each party’s name, address, NIB or NIK, signer and position (%s)', (lang) => {
    const doc = pageAt(sheetPath(sheetByKey('mou-clauses')!, lang)).doc;
    const words = mouWords[lang];
    const columns = doc.querySelectorAll('.parties .sheet-fields');
    expect(columns).toHaveLength(2);
    const labels = (ul: (typeof columns)[number]) =>
      ul.querySelectorAll('li > span:first-child').map((s) => s.textContent);
    expect(labels(columns[0]!)).toEqual(
      ['parties.first', 'parties.address', 'parties.registration', 'parties.signer', 'parties.capacity'].map(
        (k) => `${words[k as keyof typeof words]}:`,
      ),
    );
    expect(labels(columns[1]!)[0]).toBe(`${words['parties.second']}:`);
  });
});

describe('sheet 5, the review sheet', () => {
  it.each(locales)('reviews exactly what step 7 asks for (%s)', (lang) => {
    const seventh = stepEntries(lang).find((e) => e.data.step === 7)!;
    expect(seventh.data.key).toBe('evaluation');
    expect(itemsOn(sheetPath(sheetByKey('evaluation')!, lang))).toEqual(seventh.data.actions);
  });
});

describe('step pages', () => {
  it.each(locales)(
    'carry a print button (shown only when scripting is on) and link to the printable checklist (%s)',
    (lang) => {
      const checklist = `${BASE}${sheetPath(sheetByKey('seven-steps')!, lang).slice(1)}`;
      for (const entry of stepEntries(lang)) {
        const page = pageAt(guideHref(entry));
        const button = page.doc.querySelector('button[data-print]');
        expect(button, entry.id).not.toBeNull();
        // Shown by `@media (scripting: enabled)` (print.spec.ts checks it is invisible without
        // JavaScript); never `hidden`, which would make it appear late and shift the page.
        expect(button!.classList.contains('print-button')).toBe(true);
        expect(button!.hasAttribute('hidden')).toBe(false);
        expect(page.doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(checklist);
      }
    },
  );
});

describe('print styles', () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    '%s starts with a print-only line naming the page and its canonical URL',
    (_, page) => {
      const line = page.doc.querySelector('.print-source');
      expect(line).not.toBeNull();
      const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(line!.text).toContain(canonical!);
      expect(line!.hasAttribute('data-pagefind-ignore')).toBe(true);
    },
  );
});
