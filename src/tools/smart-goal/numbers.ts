import { type Locale, localeInfo } from '../../i18n/locales';

/**
 * Numbers as people in Indonesia write them, read and written back. Pure: no DOM, no words
 * shown to readers (errors are codes).
 *
 * What is read, in either page language:
 * - digits with grouping and a decimal mark: "1.500.000", "1,500,000", "1.500.000,50", "1,500.5";
 * - Rupiah: "Rp 1.500.000", "Rp1.500.000,-", "IDR 1.5 million", "1,5 juta rupiah";
 * - percent: "2,5%", "2.5 %", "10 persen";
 * - multipliers: rb/ribu/k (thousand), jt/juta/million/mn (million), miliar/milyar/billion/bn/b,
 *   triliun/trillion/tn; "m" is a million on the English page and a miliar (10^9) on the
 *   Indonesian one, "t" a triliun on the Indonesian page only: that is how each audience abbreviates.
 *
 * Which mark is the decimal one is decided by the number's shape wherever it can be:
 * - two different marks ("1.500,5" / "1,500.5"): the last one is the decimal mark;
 * - one mark repeated ("1.500.000"): grouping, in either language;
 * - one mark once, not followed by exactly three digits ("1,5", "1.25"), or after a leading
 *   "0" or more than three digits ("0,500", "1234.567"): a decimal mark, in either language.
 * Only a single mark followed by exactly three digits after one to three digits ("1.500",
 * "1,500") is truly ambiguous; it is decided by the page's language: on the Indonesian page
 * "." groups and "," is decimal (1.500 = 1500, 1,500 = 1.5), on the English page the reverse.
 * The island always shows how it read a number, so a surprise is visible at once.
 */

export type NumberKind = 'plain' | 'currency' | 'percent';

export interface ReadNumber {
  value: number;
  kind: NumberKind;
}

/**
 * Why text is not a number: nothing typed; words the reader should move to the unit field
 * ("150 pesanan"); Rupiah and percent together; beyond 10^15; anything else.
 */
export type NumberError = 'empty' | 'has-words' | 'mixed-units' | 'too-large' | 'unreadable';

export type NumberResult = { ok: true; value: ReadNumber } | { ok: false; error: NumberError };

/** Longest text the parser looks at; a number as people write it is far shorter. */
export const MAX_NUMBER_TEXT = 60;
/** Largest magnitude accepted: beyond any shop's numbers, well within exact doubles. */
export const MAX_NUMBER = 1e15;

const shared: Record<string, number> = {
  k: 3,
  rb: 3,
  ribu: 3,
  thousand: 3,
  jt: 6,
  juta: 6,
  million: 6,
  mn: 6,
  mio: 6,
  miliar: 9,
  milyar: 9,
  billion: 9,
  bn: 9,
  b: 9,
  triliun: 12,
  trilyun: 12,
  trillion: 12,
  tn: 12,
};
const byLocale: Record<Locale, Record<string, number>> = {
  id: { ...shared, m: 9, t: 12 },
  en: { ...shared, m: 6 },
};

const groupMark: Record<Locale, '.' | ','> = { id: '.', en: ',' };

const fail = (error: NumberError): NumberResult => ({ ok: false, error });

/** "1", "12", "123" then groups of exactly three digits. */
const validGroups = (groups: readonly string[]) =>
  groups.length > 0 && /^[1-9]\d{0,2}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));

/**
 * Splits digits-with-marks into integer digits and fraction digits, or null when the marks do
 * not form a number.
 */
function splitMarks(body: string, lang: Locale): { int: string; frac: string } | null {
  if (!/^\d+([.,]\d+)*$/.test(body)) return null;
  const marks = [...body.matchAll(/[.,]/g)].map((m) => m[0]);
  if (marks.length === 0) return { int: body, frac: '' };
  const distinct = new Set(marks);
  if (distinct.size === 2) {
    const decimal = marks[marks.length - 1]!;
    if (marks.filter((m) => m === decimal).length !== 1) return null;
    const at = body.lastIndexOf(decimal);
    const groups = body.slice(0, at).split(decimal === '.' ? ',' : '.');
    return validGroups(groups) ? { int: groups.join(''), frac: body.slice(at + 1) } : null;
  }
  const mark = marks[0]!;
  const parts = body.split(mark);
  if (parts.length > 2) return validGroups(parts) ? { int: parts.join(''), frac: '' } : null;
  const [int, frac] = parts as [string, string];
  const couldGroup = frac.length === 3 && validGroups([int, frac]);
  if (couldGroup && mark === groupMark[lang]) return { int: int + frac, frac: '' };
  return { int, frac };
}

/**
 * Reads a number as a person wrote it. Never throws.
 * @example parseNumber('Rp1,5 juta', 'id') // => { ok: true, value: { value: 1500000, kind: 'currency' } }
 * @example parseNumber('1.500', 'id') // => { ok: true, value: { value: 1500, kind: 'plain' } }
 * @example parseNumber('1.500', 'en') // => { ok: true, value: { value: 1.5, kind: 'plain' } }
 * @example parseNumber('2.5%', 'en') // => { ok: true, value: { value: 2.5, kind: 'percent' } }
 * @example parseNumber('banyak', 'id') // => { ok: false, error: 'unreadable' }
 */
export function parseNumber(text: string, lang: Locale): NumberResult {
  if (typeof text !== 'string') return fail('unreadable');
  if (text.length > MAX_NUMBER_TEXT) return fail('unreadable');
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return fail('empty');

  let negative = false;
  const takeSign = () => {
    const m = /^([+-])\s*/.exec(s);
    if (m) {
      negative = m[1] === '-';
      s = s.slice(m[0].length);
    }
  };
  takeSign();

  let currency = false;
  let percent = false;
  const prefix = /^(rp\.?|idr)\s*/.exec(s);
  if (prefix) {
    currency = true;
    s = s.slice(prefix[0].length);
    if (!negative) takeSign();
  }
  // "Rp15.000,-" and "Rp15.000,--": the dash only says "no cents".
  s = s.replace(/[.,]-+$/, '');
  const suffix = /\s*(rupiah|idr|rp)$/.exec(s);
  if (suffix) {
    if (currency) return fail('unreadable');
    currency = true;
    s = s.slice(0, suffix.index);
  }
  const percentSign = /\s*(%|persen|percent|per cent)$/.exec(s);
  if (percentSign) {
    percent = true;
    s = s.slice(0, percentSign.index);
  }
  if (currency && percent) return fail('mixed-units');

  const match = /^(\d[\d.,]*)\s*([a-z]+)?\.?$/.exec(s);
  if (!match) return fail(/\d/.test(s) && /[a-z]{2,}/.test(s) ? 'has-words' : 'unreadable');
  const [, body = '', word] = match;
  let exponent = 0;
  if (word !== undefined) {
    const known = byLocale[lang][word];
    if (known === undefined) return fail('has-words');
    if (percent) return fail('unreadable');
    exponent = known;
  }
  const split = splitMarks(body, lang);
  if (!split) return fail('unreadable');

  // Decimal arithmetic through the number literal: "1,15 juta" is 115e4, not 1.15 * 1e6.
  const digits = `${split.int}${split.frac}`.replace(/^0+(?=\d)/, '');
  const magnitude = Number(`${digits}e${exponent - split.frac.length}`);
  if (!Number.isFinite(magnitude)) return fail('unreadable');
  if (magnitude > MAX_NUMBER) return fail('too-large');
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value: { value, kind: currency ? 'currency' : percent ? 'percent' : 'plain' } };
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Locale, kind: NumberKind): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const intl = localeInfo[lang].intl;
    f =
      kind === 'currency'
        ? new Intl.NumberFormat(intl, {
            style: 'currency',
            currency: 'IDR',
            currencyDisplay: 'narrowSymbol',
            minimumFractionDigits: 0,
            maximumFractionDigits: 2,
          })
        : kind === 'percent'
          ? new Intl.NumberFormat(intl, { style: 'unit', unit: 'percent', maximumFractionDigits: 3 })
          : new Intl.NumberFormat(intl, { maximumFractionDigits: 3 });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Writes a number in the page's language with `Intl`. Rupiah is "Rp" in both languages and, as
 * EYD V writes it, without a space before the amount ("Rp1.500.000"; Intl puts one in).
 * @example formatNumber(1500000, 'currency', 'id') // => 'Rp1.500.000'
 * @example formatNumber(1500000, 'currency', 'en') // => 'Rp1,500,000'
 * @example formatNumber(2.5, 'percent', 'id') // => '2,5%'
 * @example formatNumber(1500.25, 'plain', 'en') // => '1,500.25'
 */
export function formatNumber(value: number, kind: NumberKind, lang: Locale): string {
  const f = formatter(lang, kind);
  if (kind !== 'currency') return f.format(value);
  return f
    .formatToParts(value)
    .filter((part, i, all) => !(part.type === 'literal' && /^\s+$/.test(part.value) && all[i - 1]?.type === 'currency'))
    .map((part) => part.value)
    .join('');
}
