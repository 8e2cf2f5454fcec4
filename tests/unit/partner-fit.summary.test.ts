import { describe, expect, it } from 'vitest';
import { criterionTexts } from '../../src/tools/partner-fit/criteria';
import { islandStrings } from '../../src/tools/partner-fit/i18n';
import { evaluate } from '../../src/tools/partner-fit/model';
import { shareSummary, toMarkdown } from '../../src/tools/partner-fit/markdown';
import { announcement, candidateLabel } from '../../src/tools/partner-fit/summary';
import { examples } from '../../src/tools/partner-fit/schema';
import { initialState } from '../../src/tools/partner-fit/tool';

const { filled } = examples;

const summary = (lang: 'id' | 'en') =>
  toMarkdown({
    state: filled,
    t: islandStrings(lang),
    texts: criterionTexts(lang),
    title: 'Partner fit',
    date: '28 November 2026',
    lang,
  });

describe('the Markdown summary', () => {
  it('lists the ranking, each candidate’s score, category, dealbreakers and notes', () => {
    const md = summary('en');
    expect(md).toContain('# Partner fit\n\nDate: 28 November 2026');
    expect(md).toContain('| 1 | Dapur Kopi Nusantara | 85 | Strong fit |');
    expect(md).toContain('| 2 | Roastery \\<b\\>Jaya\\</b\\> & Co (deal-breaker) | 67 | Not recommended |');
    expect(md).toContain('Not ranked yet, because not every criterion is rated: Toko Oleh-Oleh Sari.');
    expect(md).toContain('- Score: 75 out of 100 (provisional)');
    expect(md).toContain('- Deal-breakers: Complementary audience, not a direct competitor (rated 2)');
    expect(md).toContain(
      '| Reputation | Very important | 4 | Rating 4,8 dari 1.200 ulasan; pemasok lain bilang mereka membayar tepat waktu. |',
    );
    expect(md).toContain(`  - Complementary, not a copy (rated 2): ${criterionTexts('en').complementary.advice}`);
    expect(md).toContain('- Category: Strong fit');
  });

  it('gives a candidate with a deal-breaker no better category than “Not recommended” in the shared message', () => {
    // Roastery scores 67 (promising on its own), but has a deal-breaker.
    expect(shareSummary({ state: filled, t: islandStrings('en'), title: 'Partner fit' })).toBe(
      'Partner fit\n1. Dapur Kopi Nusantara: 85 out of 100, Strong fit\n2. Roastery <b>Jaya</b> & Co (deal-breaker): 67 out of 100, Not recommended',
    );
  });

  it('keeps reader text from breaking the document', () => {
    const hostile = {
      ...initialState(),
      candidates: [
        { id: 'c1', name: '# Toko | *Ku*', ratings: { values: 3 as const }, notes: { values: 'a | b\n## c <script>' } },
      ],
    };
    const md = toMarkdown({
      state: hostile,
      t: islandStrings('en'),
      texts: criterionTexts('en'),
      title: 'T',
      date: 'd',
      lang: 'en',
    });
    expect(md).toContain('## \\# Toko \\| \\*Ku\\*');
    expect(md).toContain('| a \\| b ## c \\<script\\> |');
    expect(md.split('\n').filter((line) => line.startsWith('## ')).length).toBe(2);
  });

  it('is written in Indonesian on the Indonesian page', () => {
    const md = summary('id');
    expect(md).toContain('Tanggal: 28 November 2026');
    expect(md).toContain('| Peringkat | Calon | Skor | Kategori |');
    expect(md).toContain('- Penyebab gugur: Audiens yang Melengkapi, Bukan Pesaing Langsung (dinilai 2)');
  });
});

describe('labels and announcements', () => {
  it('name an unnamed candidate after its id', () => {
    expect(candidateLabel({ id: 'c3', name: '  ' }, islandStrings('id'))).toBe('Calon 3');
    expect(candidateLabel({ id: 'c3', name: ' Sari ' }, islandStrings('en'))).toBe('Sari');
  });

  it('say the score, the category and a dealbreaker', () => {
    const t = islandStrings('en');
    const [a, b] = filled.candidates;
    expect(announcement('A', evaluate(a!, filled.weights), t)).toBe('A: score 85 out of 100, strong fit.');
    expect(announcement('B', evaluate(b!, filled.weights), t)).toBe(
      'B: score 67 out of 100, not recommended. There is a deal-breaker.',
    );
    expect(announcement('C', evaluate(initialState().candidates[0]!, filled.weights), t)).toBe(
      'C: no score yet, 0 of 7 criteria rated.',
    );
  });
});
