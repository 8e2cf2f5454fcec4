import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { formatNumber, MAX_NUMBER, type NumberKind, parseNumber } from '../../src/tools/smart-goal/numbers';

const read = (text: string, lang: Locale) => {
  const r = parseNumber(text, lang);
  return r.ok ? [r.value.value, r.value.kind] : r.error;
};

describe('parseNumber reads numbers as people write them', () => {
  it.each<[string, Locale, number, NumberKind]>([
    // Indonesian page
    ['1.500.000', 'id', 1_500_000, 'plain'],
    ['Rp 1.500.000', 'id', 1_500_000, 'currency'],
    ['Rp1.500.000', 'id', 1_500_000, 'currency'],
    ['Rp. 15.000,-', 'id', 15_000, 'currency'],
    ['Rp1,5 juta', 'id', 1_500_000, 'currency'],
    ['1,5 jt', 'id', 1_500_000, 'plain'],
    ['1,15 juta', 'id', 1_150_000, 'plain'],
    ['2,5%', 'id', 2.5, 'percent'],
    ['10 persen', 'id', 10, 'percent'],
    ['10 rb', 'id', 10_000, 'plain'],
    ['10rb', 'id', 10_000, 'plain'],
    ['10 ribu', 'id', 10_000, 'plain'],
    ['2 miliar', 'id', 2_000_000_000, 'plain'],
    ['2M', 'id', 2_000_000_000, 'plain'],
    ['1,5 juta rupiah', 'id', 1_500_000, 'currency'],
    ['1.500', 'id', 1500, 'plain'],
    ['1,500', 'id', 1.5, 'plain'],
    ['1.500.000,50', 'id', 1_500_000.5, 'plain'],
    ['0,5', 'id', 0.5, 'plain'],
    ['4.8', 'id', 4.8, 'plain'],
    ['150', 'id', 150, 'plain'],
    [' 150 ', 'id', 150, 'plain'],
    ['-5', 'id', -5, 'plain'],
    ['Rp\u00a01.500.000', 'id', 1_500_000, 'currency'],
    // English page
    ['1,500,000', 'en', 1_500_000, 'plain'],
    ['IDR 1.5 million', 'en', 1_500_000, 'currency'],
    ['1.5m', 'en', 1_500_000, 'plain'],
    ['1.5M', 'en', 1_500_000, 'plain'],
    ['2.5%', 'en', 2.5, 'percent'],
    ['10k', 'en', 10_000, 'plain'],
    ['3bn', 'en', 3_000_000_000, 'plain'],
    ['Rp 1,500,000', 'en', 1_500_000, 'currency'],
    ['1,500', 'en', 1500, 'plain'],
    ['1.500', 'en', 1.5, 'plain'],
    ['1,500.25', 'en', 1500.25, 'plain'],
    ['1.500.000', 'en', 1_500_000, 'plain'],
    ['1.500.000,5', 'en', 1_500_000.5, 'plain'],
  ])('%s on the %s page is %d (%s)', (text, lang, value, kind) => {
    expect(read(text, lang)).toEqual([value, kind]);
  });

  it.each<[string, Locale, string]>([
    ['', 'id', 'empty'],
    ['   ', 'en', 'empty'],
    ['banyak', 'id', 'unreadable'],
    ['lots', 'en', 'unreadable'],
    ['150 pesanan', 'id', 'has-words'],
    ['200 orders', 'en', 'has-words'],
    ['1.2.3', 'id', 'unreadable'],
    ['1.50.000', 'id', 'unreadable'],
    ['1,5,0', 'en', 'unreadable'],
    ['Rp 5%', 'id', 'mixed-units'],
    ['5% juta', 'id', 'has-words'],
    ['2000 triliun', 'id', 'too-large'],
    ['$100', 'en', 'unreadable'],
    ['1e5', 'en', 'unreadable'],
    ['12'.repeat(40), 'id', 'unreadable'],
  ])('%j on the %s page is an error: %s', (text, lang, error) => {
    expect(read(text, lang)).toBe(error);
  });

  it('reads "m" the way each audience abbreviates: miliar in Indonesian, million in English', () => {
    expect(read('1,5M', 'id')).toEqual([1_500_000_000, 'plain']);
    expect(read('1.5m', 'en')).toEqual([1_500_000, 'plain']);
  });
});

describe('formatNumber writes numbers with Intl in the page language', () => {
  it.each<[number, NumberKind, Locale, string]>([
    [1_500_000, 'currency', 'id', 'Rp1.500.000'],
    [1_500_000, 'currency', 'en', 'Rp1,500,000'],
    [1_500_000.5, 'currency', 'id', 'Rp1.500.000,5'],
    [2.5, 'percent', 'id', '2,5%'],
    [2.5, 'percent', 'en', '2.5%'],
    [1500.25, 'plain', 'id', '1.500,25'],
    [1500.25, 'plain', 'en', '1,500.25'],
    [-1500, 'plain', 'id', '-1.500'],
  ])('%d (%s, %s) => %s', (value, kind, lang, expected) => {
    expect(formatNumber(value, kind, lang)).toBe(expected);
  });
});

describe('parse(format(n)) = n', () => {
  const langs = fc.constantFrom<Locale>('id', 'en');
  const kinds = fc.constantFrom<NumberKind>('plain', 'currency', 'percent');

  it('holds for integers in both languages and every kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), langs, kinds, (n, lang, kind) => {
        const r = parseNumber(formatNumber(n, kind, lang), lang);
        expect(r).toEqual({ ok: true, value: { value: n, kind } });
      }),
    );
  });

  it('holds for numbers with up to two decimals (cents, percentages, ratings)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.integer({ min: 1, max: 2 }),
        langs,
        kinds,
        (cents, places, lang, kind) => {
          const n = cents / 10 ** places;
          const r = parseNumber(formatNumber(n, kind, lang), lang);
          expect(r.ok && r.value.value).toBe(n);
        },
      ),
    );
  });

  it('holds for three decimals, where "1.125" is read by the page language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), langs, (thousandths, lang) => {
        const n = thousandths / 1000;
        const r = parseNumber(formatNumber(n, 'plain', lang), lang);
        expect(r.ok && r.value.value).toBe(n);
      }),
    );
  });
});

describe('parseNumber on anything', () => {
  it('never throws and returns a finite value within bounds or a typed error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom<Locale>('id', 'en'), (text, lang) => {
        const r = parseNumber(text, lang);
        if (r.ok) {
          expect(Number.isFinite(r.value.value)).toBe(true);
          expect(Math.abs(r.value.value)).toBeLessThanOrEqual(MAX_NUMBER);
        } else {
          expect(['empty', 'has-words', 'mixed-units', 'too-large', 'unreadable']).toContain(r.error);
        }
      }),
    );
  });

  it('reads digits mixed with marks and words without throwing', () => {
    const alphabet = fc.constantFrom(...'0123456789.,% rpjtkmbRpIDR-'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')),
        (text) => {
          expect(() => parseNumber(text, 'id')).not.toThrow();
          expect(() => parseNumber(text, 'en')).not.toThrow();
        },
      ),
    );
  });
});
