import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type ForbiddenTerm, forbiddenTerms, foreignWords, word, wrongBlanks } from '../../src/content/forbidden-terms';
import { glossary } from '../../src/content/glossary';
import type { Locale } from '../../src/i18n/locales';
import { en as uiEn } from '../../src/i18n/ui/en';
import { id as uiId } from '../../src/i18n/ui/id';
import { toolFactsText } from '../../src/components/tool-facts';
import { offlineText } from '../../src/offline/i18n';
import { criteria } from '../../src/tools/partner-fit/criteria';
import { goalTypeInfo, smartLetters } from '../../src/tools/smart-goal/letters';
import { dataTexts, dictionaryTexts, guideTexts, lineOfOffset, type ReaderText } from '../helpers/reader-text';
import { sentenceCaseSlips, titleCaseSlips } from '../helpers/title-case';
import { loadGuide } from '../fixtures/content';

/**
 * One name per idea, one way to write a blank, one case rule per language, over every text a
 * reader meets: the guide, every dictionary, the clause library, the glossary and the tools'
 * data. Failures name the file, the line and what to write instead.
 */

type Dicts = Record<Locale, Record<string, string>>;
const globbed = import.meta.glob<{ default: Dicts }>(
  ['/src/tools/*/i18n.ts', '/src/print/i18n.ts', '/src/plan/i18n.ts', '/src/search/i18n.ts'],
  { eager: true },
);
const dictionaries: Record<string, Dicts> = {
  'src/i18n/ui/id.ts': { id: uiId, en: uiEn },
  'src/i18n/ui/en.ts': { id: uiId, en: uiEn },
  'src/offline/i18n.ts': offlineText,
  'src/components/tool-facts.ts': toolFactsText,
  ...Object.fromEntries(Object.entries(globbed).map(([path, mod]) => [path.slice(1), mod.default])),
};

const clausesFile = 'src/content/clauses/clauses.yaml';
const texts: ReaderText[] = [
  ...guideTexts(),
  ...dictionaryTexts(dictionaries),
  ...dataTexts([
    {
      file: clausesFile,
      value: load(readFileSync(clausesFile, 'utf8')),
      heading: (p) => /^\[\d+\]\.text\.(id|en)\.title$/.test(p),
    },
    // `forms` are the spellings the guide's glossary links look for, not text a reader sees.
    { file: 'src/content/glossary.ts', value: glossary, skip: (p) => p.includes('.forms.') },
    {
      file: 'src/tools/partner-fit/criteria.ts',
      value: criteria,
      heading: (p) => /\.text\.(id|en)\.name$/.test(p),
    },
    { file: 'src/tools/smart-goal/letters.ts', value: smartLetters, heading: (p) => /\.text\.(id|en)\.name$/.test(p) },
    { file: 'src/tools/smart-goal/letters.ts', value: goalTypeInfo },
  ]),
];

const inLang = (lang: ForbiddenTerm['lang']) => (t: ReaderText) => lang === 'both' || t.lang === lang;

/** Where the entry's exceptions stand in `text` (a gloss, an official title). */
function exceptRanges(entry: ForbiddenTerm, text: string): [number, number][] {
  if (!entry.except) return [];
  const re = new RegExp(
    entry.except.source,
    entry.except.flags.includes('g') ? entry.except.flags : `${entry.except.flags}g`,
  );
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every use of the wrong form in `text` outside the exceptions: [offset, the words]. */
export function hitsIn(entry: ForbiddenTerm, text: string): [number, string][] {
  const ranges = exceptRanges(entry, text);
  const re = new RegExp(
    entry.wrong.source,
    entry.wrong.flags.includes('g') ? entry.wrong.flags : `${entry.wrong.flags}g`,
  );
  return [...text.matchAll(re)]
    .filter((m) => !ranges.some(([a, b]) => m.index >= a && m.index < b))
    .map((m) => [m.index, m[0]]);
}

/** The text's words: `{placeholders}` are code, blanked out so offsets stay put. */
const words = (text: string) => text.replace(/\{\w+\}/g, (m) => ' '.repeat(m.length));

/**
 * The uses of one entry over every text, as "file:line (lang where) "words": use … (why)". With
 * `glossOnce`, a glossed use lets later uses of the same piece of text stand: a guide page's
 * body is one piece, a frontmatter field another (it is shown elsewhere, alone), and a dictionary
 * or data file in one language is one (its words make one tool page or sheet).
 */
function slips(entry: ForbiddenTerm, over: readonly ReaderText[]): string[] {
  const glossed = new Set<string>();
  return over
    .filter(inLang(entry.lang))
    .filter((t) => !(entry.contractOnly && t.contract))
    .flatMap((t) => {
      const piece = !t.page
        ? `${t.file} ${t.lang}`
        : t.where === 'body' || t.where === 'heading'
          ? t.page
          : `${t.file} ${t.where}`;
      const text = words(t.text);
      const ranges = exceptRanges(entry, text);
      const re = new RegExp(entry.wrong.source, `${entry.wrong.flags.replace('g', '')}g`);
      return [...text.matchAll(re)].flatMap((m) => {
        if (ranges.some(([a, b]) => m.index >= a && m.index < b)) {
          glossed.add(piece);
          return [];
        }
        if (entry.glossOnce && glossed.has(piece)) return [];
        return [
          `${t.file}:${lineOfOffset(t, m.index)} (${t.lang} ${t.where}) "${m[0]}": use "${entry.use}" (${entry.why})`,
        ];
      });
    });
}

describe('the texts the checks read', () => {
  it('come from every source, each with a line (the checks are not vacuous)', () => {
    const files = new Set(texts.map((t) => t.file));
    for (const file of [
      'src/content/guide/id/panduan.mdx',
      'src/content/guide/en/guide.mdx',
      'src/i18n/ui/id.ts',
      'src/i18n/ui/en.ts',
      'src/tools/kit/i18n.ts',
      'src/tools/partner-fit/i18n.ts',
      'src/tools/smart-goal/i18n.ts',
      'src/tools/mou-checklist/i18n.ts',
      'src/print/i18n.ts',
      'src/plan/i18n.ts',
      'src/search/i18n.ts',
      'src/offline/i18n.ts',
      'src/components/tool-facts.ts',
      clausesFile,
      'src/content/glossary.ts',
      'src/tools/partner-fit/criteria.ts',
      'src/tools/smart-goal/letters.ts',
    ])
      expect(files, file).toContain(file);
    expect(texts.length).toBeGreaterThan(2000);
    for (const lang of ['id', 'en'] as const) expect(texts.filter((t) => t.lang === lang).length).toBeGreaterThan(900);
    expect(texts.filter((t) => t.contract).length).toBeGreaterThan(40);
    expect(texts.filter((t) => t.heading).length).toBeGreaterThan(200);
  });

  it('find the line a text stands on, also inside folded YAML', () => {
    const kit = texts.find((t) => t.file === 'src/tools/kit/i18n.ts' && t.where === 'en.actions.share')!;
    expect(readFileSync(kit.file, 'utf8').split('\n')[kit.line - 1]).toContain("'actions.share': 'Share'");
    const clause = texts.find((t) => t.file === clausesFile && t.where.endsWith('.text.id.why'))!;
    const lines = readFileSync(clausesFile, 'utf8').split('\n');
    expect(lines[clause.line - 1]).toContain(clause.text.slice(0, 20));
    const lastWord = clause.text.split(' ').at(-1)!;
    expect(lines[lineOfOffset(clause, clause.text.length - lastWord.length) - 1]).toContain(lastWord);
  });

  it('leave out search words and the glossary’s spellings', () => {
    expect(texts.some((t) => t.where.includes('keywords'))).toBe(false);
    expect(texts.some((t) => t.where.includes('.forms.'))).toBe(false);
  });
});

/** An entry's name in test titles: its pattern without the whole-word guards. */
const label = (entry: ForbiddenTerm) =>
  `${entry.lang} "${entry.wrong.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)\(\?:(.*)\)\(\?!\[\\p\{L\}\\p\{N\}\]\)$/, '$1')}"`;

describe('forbidden terms (src/content/forbidden-terms.ts)', () => {
  it.each(forbiddenTerms.map((e) => [label(e), e] as const))(
    '%s flags its example and spares its near miss',
    (_, entry) => {
      expect(hitsIn(entry, entry.bad), entry.bad).not.toEqual([]);
      if (entry.good !== undefined) expect(hitsIn(entry, entry.good), entry.good).toEqual([]);
    },
  );

  it('match whole words only', () => {
    expect(word('band').test('bandara')).toBe(false);
    expect(word('cek').test('pengecekan')).toBe(false);
    expect(word('cek').test('belum cek.')).toBe(true);
  });

  it.each(forbiddenTerms.map((e) => [label(e), e] as const))('no reader text uses %s', (_, entry) => {
    expect(slips(entry, texts)).toEqual([]);
  });
});

describe('blanks a reader fills in', () => {
  it('recognise every other way of writing a blank', () => {
    const samples = [
      'Nama: ____',
      'tanggal (...)',
      'nama <...>',
      'nama <nama pihak>',
      'tanggal … bulan',
      'paling lambat ...',
    ];
    for (const sample of samples)
      expect(
        wrongBlanks.some((b) => b.pattern.test(sample)),
        sample,
      ).toBe(true);
    const fine = ['[nama pihak]', 'Teks dalam tanda […]', 'Memuat pencarian…', '<OfflineSave lang="id" />', 'A–Z'];
    for (const sample of fine)
      expect(
        wrongBlanks.some((b) => b.pattern.test(sample)),
        sample,
      ).toBe(false);
  });

  it('are always written "[...]"', () => {
    const bad = texts.flatMap((t) =>
      wrongBlanks.flatMap(({ pattern, name }) => {
        const m = pattern.exec(t.text);
        return m
          ? [`${t.file}:${lineOfOffset(t, m.index)} (${t.lang} ${t.where}) ${name} "${m[0]}": write "[...]"`]
          : [];
      }),
    );
    expect(bad).toEqual([]);
  });
});

describe('headings and titles', () => {
  it('the case rules catch slips (not vacuous)', () => {
    expect(titleCaseSlips('Temukan mitra yang Tepat')).toEqual(['mitra']);
    expect(sentenceCaseSlips('Find the Right partner')).toEqual(['Right']);
    expect(sentenceCaseSlips('Example: a batik seller in Bandung')).toEqual([]);
    expect(sentenceCaseSlips('Step 1: Set shared goals with WhatsApp and KPIs')).toEqual([]);
  });

  it('follow each language’s case rule: EYD V title case, English sentence case', () => {
    const bad = texts
      .filter((t) => t.heading)
      .flatMap((t) => {
        const found = t.lang === 'id' ? titleCaseSlips(t.text) : sentenceCaseSlips(t.text);
        const rule = t.lang === 'id' ? 'EYD V title case' : 'sentence case';
        return found.length
          ? [`${t.file}:${t.line} (${t.lang} ${t.where}) "${t.text}": ${rule} (${found.join(', ')})`]
          : [];
      });
    expect(bad).toEqual([]);
  });
});

describe('questions', () => {
  /** Indonesian words that open a question (not "siapa pun", "bagaimanapun"). */
  const opener =
    /^(Apakah|Mengapa|Bagaimana|Berapa|Siapa|Kapan|Bisakah|Haruskah|Perlukah|Sudahkah|Adakah)(?![\p{L}]| pun)/u;
  const sentences = (text: string) =>
    words(text)
      .replace(/\*\*|^[-*\d.\s]+/g, '')
      .split(/(?<=[.!?])\s+/);

  it('the check knows a question from a statement', () => {
    expect(opener.test('Mengapa Penting')).toBe(true);
    expect(opener.test('Siapa pun yang memegang tautan')).toBe(false);
  });

  it('are phrased as questions: an Indonesian question ends with "?"', () => {
    const bad = texts
      .filter((t) => t.lang === 'id')
      .flatMap((t) =>
        sentences(t.text)
          .filter((s) => opener.test(s) && !s.trimEnd().endsWith('?'))
          .map(
            (s) =>
              `${t.file}:${lineOfOffset(t, t.text.indexOf(s.slice(0, 12)))} (${t.lang} ${t.where}) "${s.replace(/\s+/g, ' ')}": end it with "?" or say it as a statement`,
          ),
      );
    expect(bad).toEqual([]);
  });
});

describe('quotation marks and apostrophes', () => {
  /**
   * Straight marks where the reader should see typographic ones: an apostrophe between letters
   * (party's) and a phrase in straight double quotes ("Needed if"). The guide's Markdown body is
   * left out: the Markdown processor curls its quotes when it renders. Everything else (front
   * matter, dictionaries, clause library, glossary, tool data) reaches the page as written.
   */
  const straight = /(?<=\p{L})'(?=\p{L})|"[^"\n]{1,60}"/gu;

  it('the check catches straight marks (not vacuous)', () => {
    expect("each party's roles".match(straight)).toEqual(["'"]);
    expect('Periksa baris "Perlu bila".'.match(straight)).toEqual(['"Perlu bila"']);
    expect('each party’s roles; baris “Perlu bila”'.match(straight)).toBeNull();
  });

  it('are typographic (’ “ ”) in every text that is not Markdown body', () => {
    const bad = texts
      .filter((t) => !(t.page && (t.where === 'body' || t.where === 'heading')))
      .flatMap((t) =>
        [...words(t.text).matchAll(straight)].map(
          (m) => `${t.file}:${lineOfOffset(t, m.index)} (${t.lang} ${t.where}) ${JSON.stringify(m[0])}: write ’ or “…”`,
        ),
      );
    expect(bad).toEqual([]);
  });
});

describe('the guide', () => {
  const guide = loadGuide();

  it('dates a page and its translation alike', () => {
    const bad = guide
      .filter((e) => e.id.startsWith('id/'))
      .flatMap((e) => {
        const other = guide.find((o) => o.data.key === e.data.key && o.id.startsWith('en/'))!;
        return e.data.updated.getTime() === other.data.updated.getTime()
          ? []
          : [
              `${e.id} ${e.data.updated.toISOString().slice(0, 10)} / ${other.id} ${other.data.updated.toISOString().slice(0, 10)}`,
            ];
      });
    expect(bad).toEqual([]);
  });

  it('calls each step by one name: the page title is the name in menus, cards, sheets and the plan', () => {
    const steps = guide.filter((e) => e.data.kind === 'step');
    expect(steps).toHaveLength(14);
    expect(
      steps
        .filter((e) => e.data.title !== e.data.navTitle)
        .map((e) => `${e.id}: "${e.data.title}" / "${e.data.navTitle}"`),
    ).toEqual([]);
  });

  it('names step 2’s aspects as the partner-fit scorer names its criteria', () => {
    const aspects = { values: 0, complementary: 1, reputation: 2, capacity: 3 } as const;
    const bad: string[] = [];
    for (const lang of ['id', 'en'] as const) {
      const page = guide.find((e) => e.data.key === 'partner' && e.id.startsWith(`${lang}/`))!;
      const headings = page.body
        .split('\n')
        .filter((l) => l.startsWith('### '))
        .map((l) => l.slice(4));
      for (const [id, i] of Object.entries(aspects)) {
        const index = criteria.findIndex((c) => c.id === id);
        const name = criteria[index]!.text[lang].name;
        const at = texts.find(
          (t) => t.file === 'src/tools/partner-fit/criteria.ts' && t.where === `[${index}].text.${lang}.name`,
        );
        if (headings[i] !== name)
          bad.push(
            `src/tools/partner-fit/criteria.ts:${at?.line ?? '?'} (${lang} ${id}): "${name}": use the guide's heading "${headings[i]}" (${page.id})`,
          );
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes foreign words in italics in its body, and keeps them out of plain-text fields', () => {
    const bad = texts
      .filter((t) => t.page)
      .flatMap((t) => {
        const list = foreignWords[t.lang];
        const italic = [...t.text.matchAll(/(?<!\*)\*(?!\*)[^*]+?\*(?!\*)/g)].map((m): [number, number] => [
          m.index,
          m.index + m[0].length,
        ]);
        return list.flatMap((w) =>
          [...t.text.matchAll(new RegExp(word(w).source, 'giu'))]
            .filter((m) =>
              t.where === 'body' || t.where === 'heading' ? !italic.some(([a, b]) => m.index > a && m.index < b) : true,
            )
            .map(
              (m) =>
                `${t.file}:${t.line} (${t.where}) "${m[0]}": ${t.where === 'body' || t.where === 'heading' ? `*${m[0]}*` : 'a word of the page’s language'}`,
            ),
        );
      });
    expect(bad).toEqual([]);
  });
});
