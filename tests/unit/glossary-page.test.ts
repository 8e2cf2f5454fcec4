import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { foldText } from '../../src/lib/fold';
import { firstLetter, letterGroups, termMatches } from '../../src/lib/glossary';

describe("the glossary's filter box", () => {
  it('finds a term by the start of any of its words, whatever the case or accents', () => {
    expect(termMatches('Bagi hasil · pembagian keuntungan', 'bagi')).toBe(true);
    expect(termMatches('Bagi hasil · pembagian keuntungan', 'HAS')).toBe(true);
    expect(termMatches('Bagi hasil · pembagian keuntungan', 'pembagian keu')).toBe(true);
    expect(termMatches('Café (kedai)', 'cafe')).toBe(true);
    expect(termMatches('MoU (nota kesepahaman)', 'mou')).toBe(true);
  });

  it('does not find a term by the middle of a word, or when one word typed is missing', () => {
    // "hasil" is inside "keberhasilan", which is about success, not profit sharing.
    expect(termMatches('Keberhasilan', 'hasil')).toBe(false);
    expect(termMatches('Kontrak atau perjanjian', 'trak')).toBe(false);
    expect(termMatches('Bagi hasil', 'bagi untung')).toBe(false);
  });

  it('shows every term while the box is empty or holds only spaces and signs', () => {
    for (const query of ['', '   ', '“”', '-']) expect(termMatches('Afiliasi', query)).toBe(true);
  });

  it('finds every entry of the glossary by its own name and by each of its spellings, in each language', () => {
    for (const entry of glossary)
      for (const lang of ['id', 'en'] as const) {
        const text = [entry.term[lang], ...entry.forms[lang]].join(' · ');
        for (const typed of [entry.term[lang], ...entry.forms[lang]])
          expect(termMatches(text, typed), `${entry.id} (${lang}): "${typed}"`).toBe(true);
      }
  });

  it('matches whatever a word starts with, and never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z]{1,8}$/), { minLength: 1, maxLength: 4 }),
        fc.nat(8),
        (words, cut) => {
          const text = words.join(' ');
          const typed = words.map((w) => w.slice(0, Math.max(1, cut)));
          expect(termMatches(text, typed.join(' '))).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, query) => {
        termMatches(text, query);
      }),
    );
  });
});

describe("the glossary's letter index", () => {
  it('groups terms under their first letter, in the order given, accents dropped', () => {
    expect(letterGroups(['Afiliasi', 'Arbitrase', 'BANI', 'Éxito', '3PL'], (t) => t)).toEqual([
      { letter: 'A', items: ['Afiliasi', 'Arbitrase'] },
      { letter: 'B', items: ['BANI'] },
      { letter: 'E', items: ['Éxito'] },
      { letter: '#', items: ['3PL'] },
    ]);
    expect(firstLetter('(catatan)')).toBe('C');
  });

  it('keeps every term exactly once, and each glossary language gets one group per letter', () => {
    for (const lang of ['id', 'en'] as const) {
      const sorted = [...glossary].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
      const groups = letterGroups(sorted, (e) => e.term[lang]);
      expect(groups.flatMap((g) => g.items)).toEqual(sorted);
      expect(new Set(groups.map((g) => g.letter)).size, lang).toBe(groups.length);
    }
  });
});

describe('folding text for matching', () => {
  it('lower-cases, drops accents and turns anything between words into one space', () => {
    expect(foldText('  Café, “MoU”  ')).toBe('cafe mou');
    expect(foldText('Rp10.000 (bea meterai)')).toBe('rp10 000 bea meterai');
  });

  it('is stable: folding twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(foldText(foldText(s))).toBe(foldText(s));
      }),
    );
  });
});
