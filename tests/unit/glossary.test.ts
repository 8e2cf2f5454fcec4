import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { formPattern, glossaryHref, linkSegments, type Segment } from '../../src/integrations/glossary-links';

const joined = (segments: Segment[]) => segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
const linked = (segments: Segment[]) =>
  segments.filter((s) => typeof s !== 'string').map((s) => (s as { id: string }).id);

describe('the glossary', () => {
  it('explains every term the review asked for, in both languages', () => {
    const ids = glossary.map((e) => e.id);
    for (const id of [
      'mou',
      'pks',
      'kpi',
      'smart',
      'meterai',
      'psre',
      'bani',
      'nib',
      'pkp',
      'eksklusivitas',
      'keadaan-kahar',
      'bagi-hasil',
      'afiliasi',
    ])
      expect(ids).toContain(id);
  });

  it('has unique anchors, both languages, spellings to find, and short definitions that are translated', () => {
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
    for (const entry of glossary) {
      expect(entry.id).toMatch(/^[a-z][a-z0-9-]+$/);
      for (const lang of ['id', 'en'] as const) {
        expect(entry.term[lang].length, entry.id).toBeGreaterThan(1);
        expect(entry.forms[lang].length, entry.id).toBeGreaterThan(0);
        expect(entry.definition[lang].length, entry.id).toBeGreaterThan(40);
        expect(entry.definition[lang].length, entry.id).toBeLessThanOrEqual(400);
        expect((entry.definition[lang].match(/\*/g) ?? []).length % 2, `${entry.id}: balanced *italics*`).toBe(0);
      }
      expect(entry.definition.id).not.toBe(entry.definition.en);
    }
  });

  it('gives each spelling to exactly one entry, so a word never links to two places', () => {
    for (const lang of ['id', 'en'] as const) {
      const forms = glossary.flatMap((e) => e.forms[lang].map((f) => f.toLowerCase()));
      expect(
        forms.filter((f, i) => forms.indexOf(f) !== i),
        lang,
      ).toEqual([]);
    }
  });
});

describe('linking the first use of each term', () => {
  it('links whole words only, acronyms exactly, common words also at the start of a sentence', () => {
    expect(formPattern('MoU').test('Sebuah MoU')).toBe(true);
    expect(formPattern('MoU').test('mou')).toBe(false);
    expect(formPattern('PKS').test('PKSX')).toBe(false);
    expect(formPattern('bagi hasil').test('Bagi hasil dibagi dua.')).toBe(true);
    expect(formPattern('komisi').test('komisinya')).toBe(false);
    expect(formPattern('komisi').test('(komisi)')).toBe(true);
  });

  it('splits a text at each term once, the longer spelling winning, and keeps every character', () => {
    const done = new Set<string>();
    const first = linkSegments('Buat MoU, lalu PKS. Nota: perjanjian kerja sama dan MoU lagi.', glossary, 'id', done);
    expect(first).toEqual([
      'Buat ',
      { id: 'mou', text: 'MoU' },
      ', lalu ',
      { id: 'pks', text: 'PKS' },
      '. Nota: perjanjian kerja sama dan MoU lagi.',
    ]);
    // The same page later: already linked terms stay plain.
    expect(linkSegments('Komisi dan MoU', glossary, 'id', done)).toEqual([
      { id: 'komisi', text: 'Komisi' },
      ' dan MoU',
    ]);
    expect(linkSegments('a partnership agreement', glossary, 'en', new Set())).toEqual([
      'a ',
      { id: 'pks', text: 'partnership agreement' },
    ]);
  });

  it('never loses or changes text, and links each entry at most once', () => {
    const words = glossary.flatMap((e) => e.forms.id);
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ', ', 'dan', 'Kami', '.', 'x')), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const done = new Set<string>();
        const segments = [...linkSegments(a, glossary, 'id', done), ...linkSegments(b, glossary, 'id', done)];
        expect(joined(segments)).toBe(a + b);
        const ids = linked(segments);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('points to the entry on the glossary page of the same language', () => {
    expect(glossaryHref('id', 'mou')).toBe('/id/istilah/#mou');
    expect(glossaryHref('en', 'pks')).toBe('/en/glossary/#pks');
  });
});
