import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrowTarget,
  attemptUrl,
  countKey,
  excerptParts,
  fill,
  filterOptions,
  pageExcerpt,
  sectionScore,
  sectionsOf,
  type SubResult,
  toolLinks,
  withoutTitle,
} from '../../src/search/model';

const sub = (title: string, id: string | undefined, matches: number): SubResult => ({
  title,
  url: id ? `/id/panduan/a/#${id}` : '/id/panduan/a/',
  excerpt: `… ${title} …`,
  locations: Array.from({ length: matches }, (_, i) => i),
  ...(id ? { anchor: { element: 'h2', id } } : {}),
});

describe('the sections shown under a result', () => {
  it('lists only sections that start at a heading, so each link lands on one', () => {
    const fragment = { url: '/id/panduan/a/', sub_results: [sub('Judul', undefined, 9), sub('Bagian', 'bagian', 1)] };
    expect(sectionsOf(fragment, 3)).toEqual([{ title: 'Bagian', url: '/id/panduan/a/#bagian', excerpt: '… Bagian …' }]);
  });

  it('keeps the sections with the most matches, shown in page order', () => {
    const fragment = {
      url: '/id/panduan/a/',
      sub_results: [sub('Satu', 'satu', 1), sub('Dua', 'dua', 5), sub('Tiga', 'tiga', 2), sub('Empat', 'empat', 4)],
    };
    expect(sectionsOf(fragment, 2).map((s) => s.title)).toEqual(['Dua', 'Empat']);
  });

  /** A section whose matched words are at `at` (positions in `content`), each with a weight. */
  const matched = (title: string, id: string, at: [number, number][]): SubResult => ({
    title,
    url: `/id/panduan/a/#${id}`,
    excerpt: title,
    locations: at.map(([location]) => location),
    weighted_locations: at.map(([location, weight]) => ({ location, weight })),
    anchor: { element: 'h2', id },
  });

  it('ranks a word the reader typed above one Pagefind found only through its stem', () => {
    // "bagi hasil": Indonesian stemming also matches "keberhasilan" (success) and "pembagian".
    const content = 'Tetapkan KPI. Tentukan metrik keberhasilan. Bahas Untung. Bagi hasil dan pembagian keuntungan.';
    const words = content.split(' ');
    const at = (word: string) => words.indexOf(word);
    const fragment = {
      url: '/id/panduan/a/',
      content,
      sub_results: [
        matched('Tetapkan KPI', 'kpi', [[at('keberhasilan.'), 1]]),
        matched('Bahas Untung', 'untung', [
          [at('Bagi'), 1],
          [at('hasil'), 1],
          [at('pembagian'), 1],
        ]),
      ],
    };
    expect(sectionScore(fragment.sub_results[0]!, words, ['bagi', 'hasil'])).toBe(0.25);
    expect(sectionScore(fragment.sub_results[1]!, words, ['bagi', 'hasil'])).toBe(2.25);
    // The section about success is not listed beside the one about sharing.
    expect(sectionsOf(fragment, 2, 'bagi hasil').map((s) => s.title)).toEqual(['Bahas Untung']);
  });

  it('ranks a section whose heading or glossary term names the word above a passing mention', () => {
    const content = 'Breach of contract When a party. Contract or agreement An agreement. MoU like a contract.';
    const words = content.split(' ');
    const fragment = {
      url: '/en/glossary/',
      content,
      sub_results: [
        matched('Breach of contract', 'wanprestasi', [[2, 5]]),
        matched('Contract or agreement', 'kontrak', [[6, 5]]),
        matched('MoU', 'mou', [[words.indexOf('contract.'), 1]]),
      ],
    };
    expect(sectionsOf(fragment, 3, 'contract').map((s) => s.url)).toEqual([
      '/id/panduan/a/#wanprestasi',
      '/id/panduan/a/#kontrak',
    ]);
  });

  it('never shows more than asked, nor a section without a title', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.option(fc.stringMatching(/^[a-z-]{1,8}$/)), fc.nat(9))),
        fc.nat(4),
        (subs, max) => {
          const sections = sectionsOf(
            { url: '/x/', sub_results: subs.map(([t, id, n]) => sub(t, id ?? undefined, n)) },
            max,
          );
          expect(sections.length).toBeLessThanOrEqual(max);
          for (const s of sections) {
            expect(s.title.trim()).not.toBe('');
            expect(s.url).toContain('#');
          }
        },
      ),
    );
  });
});

describe('a result without sections', () => {
  it("shows Pagefind's excerpt when it marks what matched", () => {
    const fragment = { excerpt: 'apa itu <mark>MoU</mark>', meta: { description: 'Ringkasan.' } };
    expect(pageExcerpt(fragment)).toBe('apa itu <mark>MoU</mark>');
  });

  it("shows the page's description when only its search words matched (nothing to mark)", () => {
    const fragment = { excerpt: 'Langkah 5 dari 7. Susun Perjanjian', meta: { description: 'Perjanjian tertulis.' } };
    expect(pageExcerpt(fragment)).toBe('Perjanjian tertulis.');
    expect(pageExcerpt({ excerpt: 'Langkah 5', meta: {} })).toBe('Langkah 5');
  });
});

describe('the tools offered in the empty window', () => {
  it('are read from the search button, name and address', () => {
    expect(toolLinks('[["Penilai Kecocokan Mitra","/id/alat/kecocokan-mitra/"]]')).toEqual([
      ['Penilai Kecocokan Mitra', '/id/alat/kecocokan-mitra/'],
    ]);
  });

  it('leave out anything damaged, and never throw', () => {
    expect(toolLinks(undefined)).toEqual([]);
    expect(toolLinks('{"a":1}')).toEqual([]);
    expect(toolLinks('[["a"],["b","/b/"],[1,2]]')).toEqual([['b', '/b/']]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        for (const [name, href] of toolLinks(text)) {
          expect(typeof name).toBe('string');
          expect(typeof href).toBe('string');
        }
      }),
    );
  });
});

describe("Pagefind's excerpts", () => {
  it('become runs of text, the matched words marked', () => {
    expect(excerptParts('kerja <mark>sama</mark> &amp; <mark>mitra</mark>.')).toEqual([
      { text: 'kerja ', mark: false },
      { text: 'sama', mark: true },
      { text: ' & ', mark: false },
      { text: 'mitra', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('never carry markup: other tags are dropped, escaped text stays text', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)> &lt;script&gt; <b>b</b> &#39;c&#x27;');
    expect(parts).toEqual([{ text: "a  <script> b 'c'", mark: false }]);
  });

  it('keep every character of the text between the tags', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[^<>&]*$/), fc.boolean())), (runs) => {
        const html = runs.map(([t, m]) => (m ? `<mark>${t}</mark>` : t)).join('');
        const parts = excerptParts(html);
        expect(parts.map((p) => p.text).join('')).toBe(runs.map(([t]) => t).join(''));
        // Neighbouring runs of the same kind are merged.
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.mark).not.toBe(parts[i - 1]!.mark);
      }),
    );
  });
});

describe("a section's excerpt", () => {
  it('drops the heading it starts with, marks and all, and keeps the rest', () => {
    const parts = excerptParts('Apa Itu <mark>Mitra</mark>? <mark>Mitra</mark> adalah panduan');
    expect(withoutTitle(parts, 'Apa Itu Mitra?')).toEqual([
      { text: 'Mitra', mark: true },
      { text: ' adalah panduan', mark: false },
    ]);
  });

  it('is left alone when it does not start with the heading', () => {
    const parts = excerptParts('… dan <mark>mitra</mark> Anda');
    expect(withoutTitle(parts, 'Apa Itu Mitra?')).toEqual(parts);
  });
});

describe('the results summary and the arrow keys', () => {
  it('says "1 result" for one and the plural otherwise', () => {
    expect(countKey(1)).toBe('results.one');
    expect(countKey(0)).toBe('none.status');
    expect(countKey(7)).toBe('results.other');
    expect(fill('{n} results for “{query}”', { n: 3, query: 'mou' })).toBe('3 results for “mou”');
  });

  it('moves from the box to the first result and back, without wrapping', () => {
    expect(arrowTarget(-1, 'ArrowDown', 3)).toBe(0);
    expect(arrowTarget(0, 'ArrowDown', 3)).toBe(1);
    expect(arrowTarget(2, 'ArrowDown', 3)).toBe(2);
    expect(arrowTarget(0, 'ArrowUp', 3)).toBe(-1);
    expect(arrowTarget(-1, 'ArrowUp', 3)).toBe(-1);
    expect(arrowTarget(1, 'Enter', 3)).toBeUndefined();
    expect(arrowTarget(-1, 'ArrowDown', 0)).toBeUndefined();
  });

  it('always lands on the box or an existing result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.nat(60),
        fc.constantFrom('ArrowUp', 'ArrowDown'),
        (n, at, key) => {
          const target = arrowTarget(Math.min(at, n - 1), key, n);
          expect(target).toBeGreaterThanOrEqual(-1);
          expect(target).toBeLessThan(n);
        },
      ),
    );
  });
});

describe('loading again after a failure', () => {
  it('uses the plain address first and a new one for each retry', () => {
    expect(attemptUrl('/pagefind/pagefind.js', 0)).toBe('/pagefind/pagefind.js');
    const tries = [1, 2, 3].map((n) => attemptUrl('/pagefind/pagefind.js', n));
    expect(new Set(tries).size).toBe(3);
    expect(attemptUrl('/x.js?v=1', 1)).toBe('/x.js?v=1&retry=1');
  });
});

describe('the page-type filter', () => {
  it('lists the types in the site order, unknown ones after, each with its count', () => {
    expect(filterOptions({ Lainnya: 4, Alat: 2, Panduan: 9, Zeta: 1 }, ['Panduan', 'Alat', 'Lainnya'])).toEqual([
      ['Panduan', 9],
      ['Alat', 2],
      ['Lainnya', 4],
      ['Zeta', 1],
    ]);
  });
});
