import type { Locale } from '../i18n/locales';
import type { ToolKey } from '../tools/tool-info';
import { localizedPath } from '../i18n/paths';
import text from './i18n';

/**
 * The printable sheets, in the order the print section lists them. A sheet's page is
 * `src/print/sheets/<key>.astro` (props `{ lang }`), rendered at `/id/cetak/<slug>/` and
 * `/en/print/<slug>/` inside `SheetLayout`. Its title, summary, description and lead are
 * `<prefix>.title` … in `src/print/i18n.ts`.
 */
export interface SheetInfo {
  key: string;
  /** Readable slug in each language. */
  slug: Record<Locale, string>;
  /** Key prefix of the sheet's strings in the print dictionary. */
  prefix: 'sevenSteps' | 'partnerFit' | 'smartGoal' | 'mouClauses' | 'evaluation';
  /** The interactive tool that does the same on screen (`src/tools/<key>/`), linked when it exists. */
  tool?: ToolKey;
  /**
   * Paper budget on A4: the PDF tests fail when the printed sheet needs more pages, and the
   * index page tells readers what to expect.
   */
  maxPages: number;
}

export const sheets: readonly SheetInfo[] = [
  {
    key: 'seven-steps',
    slug: { id: 'daftar-periksa-tujuh-langkah', en: 'seven-step-checklist' },
    prefix: 'sevenSteps',
    maxPages: 2,
  },
  {
    key: 'partner-fit',
    slug: { id: 'lembar-penilaian-calon-mitra', en: 'partner-fit-worksheet' },
    prefix: 'partnerFit',
    tool: 'partner-fit',
    // Four on US Letter since the sheet explains its deal-breaker rule and the 0-100 score (issue 11).
    maxPages: 4,
  },
  {
    key: 'smart-goal',
    slug: { id: 'lembar-kerja-tujuan-smart', en: 'smart-goal-worksheet' },
    prefix: 'smartGoal',
    tool: 'smart-goal',
    maxPages: 2,
  },
  {
    key: 'mou-clauses',
    slug: { id: 'daftar-periksa-klausul-mou', en: 'mou-clause-checklist' },
    prefix: 'mouClauses',
    tool: 'mou-checklist',
    maxPages: 4,
  },
  {
    key: 'evaluation',
    slug: { id: 'lembar-evaluasi-kerja-sama', en: 'partnership-review-sheet' },
    prefix: 'evaluation',
    maxPages: 2,
  },
];

/** A sheet's title, summary, meta description and lead in one language. */
export function sheetText(sheet: SheetInfo, lang: Locale) {
  const t = text[lang];
  return {
    title: t[`${sheet.prefix}.title`],
    summary: t[`${sheet.prefix}.summary`],
    description: t[`${sheet.prefix}.description`],
    lead: t[`${sheet.prefix}.lead`],
  };
}

/** The site path of a sheet.
 *  @example sheetPath(sevenSteps, 'en') // => '/en/print/seven-step-checklist/' */
export function sheetPath(sheet: SheetInfo, lang: Locale): string {
  return localizedPath(lang, 'print', sheet.slug[lang]);
}

export function sheetByKey(key: string): SheetInfo | undefined {
  return sheets.find((s) => s.key === key);
}
