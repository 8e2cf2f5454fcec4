import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { toolFactsText } from '../../src/components/tool-facts';
import searchWords from '../../src/search/i18n';

type Dicts = Record<Locale, Record<string, string>>;

/**
 * Every dictionary of the site: the shell's, each tool's own (`src/tools/<tool>/i18n.ts`) and the
 * print section's (`src/print/i18n.ts`), and the partnership plan's (`src/plan/i18n.ts`).
 */
const toolDictionaries = import.meta.glob<{ default: Dicts }>(
  ['/src/tools/*/i18n.ts', '/src/print/i18n.ts', '/src/plan/i18n.ts'],
  {
    eager: true,
  },
);
const dictionaries: [string, Dicts][] = [
  ['site shell (src/i18n/ui)', ui],
  ['search window (src/search/i18n.ts)', searchWords],
  ['tool cards (src/components/tool-facts.ts)', toolFactsText],
  ...Object.entries(toolDictionaries).map(([path, mod]) => [path, mod.default] as [string, Dicts]),
];

/**
 * Strings that are rightly the same in both languages (names, abbreviations). Anything else that
 * is identical is probably an untranslated Indonesian string.
 */
const sameInBothLanguages = new Set([
  'Mitra',
  'MoU',
  'KPI',
  'SMART',
  'JSON',
  'Markdown',
  'Email',
  'WhatsApp',
  'Total',
  'Online',
  'Status',
  'Target',
  // The header's menu button ("menu" is Indonesian too, KBBI).
  'Menu',
  // Indonesian registration numbers keep their Indonesian names in English (MoU party block).
  'NIB {n}',
  'NIK {n}',
  'NIB/NIK {n}',
  // The MoU's KPI wording: blanks for a KPI and a target ("target" is Indonesian too), and the
  // separator between two KPIs.
  '[KPI]',
  '[target]',
  '; ',
]);

/** Keys whose Indonesian string is the English one, allowed names aside: probably untranslated. */
const untranslated = (dicts: Dicts) =>
  Object.keys(dicts.id).filter(
    (key) => dicts.id[key] === dicts.en[key] && !sameInBothLanguages.has(dicts.id[key] ?? ''),
  );

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(dictionaries)('dictionary %s', (_, dicts) => {
  it('has exactly the same keys in Indonesian and English', () => {
    expect(Object.keys(dicts.en).sort()).toEqual(Object.keys(dicts.id).sort());
  });

  it('has no empty string', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const [key, value] of Object.entries(dicts[lang])) expect(value.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(dicts.id)) {
      expect(placeholders(dicts.en[key] ?? ''), key).toEqual(placeholders(dicts.id[key] ?? ''));
    }
  });

  it('has no Indonesian string left identical to its English one', () => {
    expect(untranslated(dicts)).toEqual([]);
  });

  it('writes "kerja sama" the KBBI way', () => {
    const offenders = Object.entries(dicts.id).filter(([, v]) => /kerjasama/i.test(v));
    expect(offenders).toEqual([]);
  });
});

describe('dictionary checks catch slips', () => {
  it('would flag an untranslated string (the check is not vacuous)', () => {
    expect(
      untranslated({ id: { a: 'Save', b: 'Mitra', c: 'Simpan' }, en: { a: 'Save', b: 'Mitra', c: 'Save' } }),
    ).toEqual(['a']);
  });
});

// Headings of every dictionary, in both languages: tests/unit/terms.test.ts ("headings and titles").
