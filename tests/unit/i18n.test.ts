import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineDictionaries, format, formatSentence, pick, translator } from '../../src/i18n/dictionary';
import { formatDate, isoDate } from '../../src/i18n/format';
import { isLocale, locales, otherLocale, sections } from '../../src/i18n/locales';
import { localizedPath, withBase } from '../../src/i18n/paths';

describe('localizedPath', () => {
  it.each([
    [['id'], '/id/'],
    [['en'], '/en/'],
    [['id', 'guide'], '/id/panduan/'],
    [['en', 'guide'], '/en/guide/'],
    [['id', 'guide', 'tujuan-bersama'], '/id/panduan/tujuan-bersama/'],
    [['en', 'tools', 'partner-fit'], '/en/tools/partner-fit/'],
    [['id', 'about'], '/id/tentang/'],
  ] as const)('%j -> %s', (args, expected) => {
    expect(localizedPath(...(args as unknown as Parameters<typeof localizedPath>))).toBe(expected);
  });

  it('gives every section a different slug in each language, so a URL tells its language', () => {
    for (const [name, slugs] of Object.entries(sections)) {
      expect(slugs.id, name).not.toBe(slugs.en);
      expect(slugs.id).toMatch(/^[a-z0-9-]+$/);
      expect(slugs.en).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('withBase', () => {
  it('leaves paths alone at the root and prefixes a sub-path base once', () => {
    expect(withBase('/id/', '/')).toBe('/id/');
    expect(withBase('/id/', '/mitra/')).toBe('/mitra/id/');
    expect(withBase('/id/', '/mitra')).toBe('/mitra/id/');
    expect(withBase('favicon.svg', '/mitra/')).toBe('/mitra/favicon.svg');
  });
});

describe('locales', () => {
  it('knows its two languages and pairs them', () => {
    expect(locales).toEqual(['id', 'en']);
    expect(otherLocale('id')).toBe('en');
    expect(otherLocale('en')).toBe('id');
    expect(isLocale('id')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('formatSentence', () => {
  it('does not double the full stop of a value that ends the sentence', () => {
    expect(formatSentence('Belum dinilai: {names}.', { names: 'Dimas Creative Studio Pte. Ltd.' })).toBe(
      'Belum dinilai: Dimas Creative Studio Pte. Ltd.',
    );
    expect(formatSentence('Not rated yet: {names}.', { names: 'Sari and Toko Jaya' })).toBe(
      'Not rated yet: Sari and Toko Jaya.',
    );
    // An ellipsis stays as the reader wrote it.
    expect(formatSentence('Not rated yet: {names}.', { names: 'Toko...' })).toBe('Not rated yet: Toko....');
  });
});

describe('format', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(format('Langkah {n} dari {total}', { n: 1, total: 7 })).toBe('Langkah 1 dari 7');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
    expect(format('No placeholders')).toBe('No placeholders');
  });

  it('never reads inherited properties as values', () => {
    expect(format('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('puts any value in verbatim, even one that looks like a placeholder or markup', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(format('[{v}]', { v: value })).toBe(`[${value}]`);
      }),
    );
  });
});

describe('translator and pick', () => {
  const dicts = defineDictionaries({
    id: { hello: 'Halo {name}', bye: 'Sampai jumpa' },
    en: { hello: 'Hello {name}', bye: 'Goodbye' },
  });

  it('looks up the right language', () => {
    expect(translator(dicts, 'id')('hello', { name: 'Sari' })).toBe('Halo Sari');
    expect(translator(dicts, 'en')('bye')).toBe('Goodbye');
  });

  it('hands over only the keys asked for', () => {
    expect(pick(dicts.en, ['bye'])).toEqual({ bye: 'Goodbye' });
  });
});

describe('formatDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate(new Date('2027-03-31'), 'id')).toBe('31 Maret 2027');
    expect(formatDate(new Date('2027-03-31'), 'en')).toBe('31 March 2027');
    expect(isoDate(new Date('2027-03-31T23:00:00Z'))).toBe('2027-03-31');
  });
});
