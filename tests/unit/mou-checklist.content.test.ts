import { describe, expect, it } from 'vitest';
import { clauseSchema, legalCheckedOn, libraryProblems } from '../../src/content/clauses-schema';
import { articleNumbers, danglingReferences, isIncluded, selectClauses } from '../../src/tools/mou-checklist/model';
import { kinds, questionIds, questions, type QuestionId } from '../../src/content/mou-questions';
import type { Answers } from '../../src/tools/mou-checklist/schema';
import { initialState } from '../../src/tools/mou-checklist/tool';
import { titleCaseSlips } from '../helpers/title-case';
import { loadLibrary } from '../fixtures/content';

const library = loadLibrary();
const byId = (id: string) => library.find((c) => c.id === id)!;

/** The eight things step 5 of the guide says every agreement covers. */
const guideEight = [
  'scope-goals',
  'roles',
  'duration',
  'profit-loss',
  'ip',
  'disputes',
  'termination',
  'confidentiality',
];

describe('the clause library', () => {
  it('is loaded (the collection is not silently empty)', () => {
    expect(library.length).toBeGreaterThanOrEqual(20);
  });

  it('satisfies the schema, entry by entry', () => {
    for (const clause of library) expect(clauseSchema.safeParse(clause).error?.issues, clause.id).toBeUndefined();
  });

  it('has unique ids and orders', () => {
    expect(libraryProblems(library)).toEqual([]);
  });

  it('has exactly the guide’s eight clauses as essential', () => {
    expect(
      library
        .filter((c) => c.priority === 'essential')
        .map((c) => c.id)
        .sort(),
    ).toEqual([...guideEight].sort());
  });

  it('is complete in both languages, and the two are really translated', () => {
    for (const clause of library) {
      for (const lang of ['id', 'en'] as const) {
        const text = clause.text[lang];
        for (const field of ['title', 'why', 'wording'] as const)
          expect(text[field].trim(), `${clause.id} ${lang} ${field}`).not.toBe('');
        expect(text.questions.length, `${clause.id} ${lang}`).toBeGreaterThanOrEqual(2);
      }
      expect(clause.text.id.questions.length, `${clause.id}: as many questions in both languages`).toBe(
        clause.text.en.questions.length,
      );
      for (const field of ['title', 'why', 'wording'] as const) {
        expect(clause.text.id[field], `${clause.id} ${field} untranslated`).not.toBe(clause.text.en[field]);
      }
      for (const legal of clause.legal) {
        expect(legal.note.id, clause.id).not.toBe(legal.note.en);
      }
    }
  });

  it('marks blanks the same way in both languages of the sample wording', () => {
    const blanks = (s: string) => (s.match(/\[/g) ?? []).length;
    for (const clause of library) {
      expect(blanks(clause.text.id.wording), clause.id).toBe(blanks(clause.text.en.wording));
      expect(blanks(clause.text.id.wording), `${clause.id}: [ and ] balance`).toBe(
        (clause.text.id.wording.match(/\]/g) ?? []).length,
      );
    }
  });

  it('writes Indonesian titles in EYD V title case and "kerja sama" as two words', () => {
    const slips = library.flatMap((c) => titleCaseSlips(c.text.id.title).map((w) => `${c.id}: ${w}`));
    expect(slips).toEqual([]);
    for (const clause of library) expect(JSON.stringify(clause.text.id), clause.id).not.toMatch(/kerjasama/i);
  });

  it('names only existing questions and answers in its conditions', () => {
    for (const clause of library) {
      for (const condition of clause.when) {
        expect(questionIds, clause.id).toContain(condition.answer);
        for (const value of condition.in)
          expect(questions[condition.answer].options as readonly string[], clause.id).toContain(value);
      }
    }
  });

  it('includes every conditional clause for some answers and leaves it out for others', () => {
    const base = initialState().answers;
    for (const clause of library.filter((c) => c.priority === 'conditional')) {
      const on = clause.when[0]!;
      const question = questions[on.answer];
      const including = { ...base, [on.answer]: question.multiple ? [on.in[0]] : on.in[0] };
      const other = question.options.find((o) => !clause.when.some((w) => w.answer === on.answer && w.in.includes(o)));
      expect(isIncluded(clause, including), clause.id).toBe(true);
      if (other !== undefined && clause.when.every((w) => w.answer === on.answer)) {
        const excluding = { ...base, [on.answer]: question.multiple ? [other] : other };
        expect(isIncluded(clause, excluding), clause.id).toBe(false);
      }
    }
  });

  it('cites the statutes the issue names, on the clauses they concern', () => {
    const cites = (id: string) =>
      byId(id)
        .legal.map((l) => l.cite.id)
        .join(' | ');
    expect(cites('personal-data')).toMatch(/UU No\. 27 Tahun 2022/);
    expect(cites('language-law')).toMatch(/UU No\. 24 Tahun 2009.*Pasal 31/);
    expect(cites('language-law')).toMatch(/Perpres No\. 63 Tahun 2019/);
    expect(cites('arbitration')).toMatch(/UU No\. 30 Tahun 1999/);
    expect(cites('e-signature')).toMatch(/UU No\. 1 Tahun 2024/);
    expect(cites('e-signature')).toMatch(/PP No\. 71 Tahun 2019/);
    expect(cites('stamp-duty')).toMatch(/UU No\. 10 Tahun 2020/);
    expect(cites('binding')).toMatch(/1320/);
    expect(cites('binding')).toMatch(/1338/);
    expect(cites('force-majeure')).toMatch(/1244.*1245/);
    // Stamp duty matters as evidence, not for validity; the amount is Rp10.000.
    expect(
      byId('stamp-duty')
        .legal.map((l) => l.note.en)
        .join(' '),
    ).toMatch(/Rp10,000/);
    expect(byId('stamp-duty').text.en.why).toMatch(/does not decide whether the MoU is valid/);
  });
});

type Single = Exclude<QuestionId, 'kinds'>;
const singles = questionIds.filter((q): q is Single => q !== 'kinds');

/**
 * The answers of a single-choice question that can select different clauses: each option a
 * condition names, plus one that none names (an unnamed option or, when every option is named,
 * no answer yet): every other answer selects exactly what that one does.
 */
function distinctAnswers(q: Single): (string | null)[] {
  const named = new Set(library.flatMap((c) => c.when.filter((w) => w.answer === q).flatMap((w) => w.in)));
  const options: readonly string[] = questions[q].options;
  return [...options.filter((o) => named.has(o)), options.find((o) => !named.has(o)) ?? null];
}

/**
 * Every possible set of answers, as far as the clauses can tell them apart (2^7 kinds, unanswered
 * included, × each single-choice question's distinct answers, unanswered included).
 */
function* everyAnswers(): Generator<Answers> {
  const combos = singles.reduce<Partial<Record<Single, string | null>>[]>(
    (acc, q) => acc.flatMap((partial) => distinctAnswers(q).map((v) => ({ ...partial, [q]: v }))),
    [{}],
  );
  for (let mask = 0; mask < 1 << kinds.length; mask++) {
    const picked = kinds.filter((_, i) => mask & (1 << i));
    for (const combo of combos) yield { kinds: picked, ...combo } as Answers;
  }
}

describe('references between articles of the generated MoU', () => {
  /** "Pasal tentang <title>" / "the article on <title>": a named article of this MoU. */
  const named = {
    id: /Pasal tentang (\p{Lu}[\p{L} ]*?)(?=[\].,;]|$)/gu,
    en: /article on (\p{Lu}[\p{L} ]*?)(?=[\].,;]|$)/gu,
  };

  it('declares in `refs` exactly the articles each sample wording names, by their titles', () => {
    for (const clause of library) {
      for (const lang of ['id', 'en'] as const) {
        const titles = [...clause.text[lang].wording.matchAll(named[lang])].map((m) => m[1]!.toLowerCase());
        const expected = clause.refs.map((ref) => byId(ref).text[lang].title.toLowerCase());
        expect(titles.sort(), `${clause.id} (${lang})`).toEqual([...expected].sort());
      }
    }
  });

  it('numbers articles only when they are statute articles (KUHPerdata, a law), never the MoU’s own', () => {
    for (const clause of library) {
      const id = clause.text.id.wording;
      for (const m of id.matchAll(/Pasal \d+/g))
        expect(id.slice(m.index + m[0].length), `${clause.id}: "${m[0]}"`).toMatch(
          /^(?: dan Pasal \d+)* (?:KUHPerdata|UU|Undang-Undang)\b/,
        );
      const en = clause.text.en.wording;
      for (const m of en.matchAll(/Articles? \d+/gi))
        expect(en.slice(m.index + m[0].length), `${clause.id}: "${m[0]}"`).toMatch(
          /^(?: and \d+)* of (?:the (?:Indonesian )?Civil Code|Law)\b/,
        );
    }
  });

  it('never points to an article the MoU does not contain, whatever the answers', () => {
    let checked = 0;
    for (const answers of everyAnswers()) {
      const selected = selectClauses(library, answers);
      expect(danglingReferences(selected), JSON.stringify(answers)).toEqual([]);
      const numbers = articleNumbers(selected);
      for (const clause of selected) for (const ref of clause.refs) expect(numbers.get(ref)).toBeGreaterThan(0);
      checked++;
    }
    // The term has three distinct answers (fixed, open, not answered yet), IP three (use, both,
    // neither), the yes/no questions two, the document's nature one (no clause depends on it).
    expect(distinctAnswers('term')).toEqual(['fixed', 'open', null]);
    expect(distinctAnswers('ip')).toEqual(['use', 'both', 'none']);
    expect(distinctAnswers('binding')).toEqual(['agreement']);
    expect(checked).toBe(2 ** kinds.length * 3 * 3 * 2 ** 5);
  });

  it('would catch a wording that names an unselected article (the check is not vacuous)', () => {
    const answers = { ...initialState().answers, foreignParty: 'no' as const };
    const disputes = { ...byId('disputes'), refs: ['arbitration'] };
    const selected = selectClauses(
      library.map((c) => (c.id === 'disputes' ? disputes : c)),
      answers,
    );
    expect(danglingReferences(selected)).toEqual([{ from: 'disputes', to: 'arbitration' }]);
  });
});

describe('the legal basis', () => {
  it('has a checked-on date on every clause, none in the future, and the library date is the oldest', () => {
    const today = new Date();
    for (const clause of library) {
      expect(clause.checked, clause.id).toBeInstanceOf(Date);
      expect(Number.isNaN(clause.checked.getTime()), clause.id).toBe(false);
      expect(clause.checked.getTime(), clause.id).toBeLessThanOrEqual(today.getTime());
    }
    const oldest = legalCheckedOn(library);
    expect(library.every((c) => c.checked.getTime() >= oldest.getTime())).toBe(true);
    expect(library.some((c) => c.checked.getTime() === oldest.getTime())).toBe(true);
    expect(
      legalCheckedOn([{ checked: new Date('2026-11-29') }, { checked: new Date('2026-10-01') }]).toISOString(),
    ).toBe('2026-10-01T00:00:00.000Z');
  });

  it('states the corrections the review asked for', () => {
    const legal = (id: string) => byId(id).legal;
    const cites = (id: string) =>
      legal(id)
        .map((l) => l.cite.id)
        .join(' | ');
    const notes = (id: string, lang: 'id' | 'en') =>
      legal(id)
        .map((l) => l.note[lang])
        .join(' ');
    // Language: SEMA 3/2023 beside 601 K/Pdt/2015, and a bilingual text still advised.
    expect(cites('language-law')).toMatch(/SEMA No\. 3 Tahun 2023/);
    expect(cites('language-law')).toMatch(/601 K\/Pdt\/2015/);
    expect(notes('language-law', 'en')).toMatch(/bad faith/);
    expect(byId('language-law').text.en.why).toMatch(/bilingual/);
    // Termination: the waiver of 1266 (the court step) is an option, with the note that courts differ.
    expect(byId('termination').text.id.wording).toMatch(/\[Pilihan:[^\]]*Pasal 1266 KUHPerdata/);
    expect(cites('termination')).toMatch(/1266 dan 1267/);
    expect(notes('termination', 'en')).toMatch(/courts do not all accept/);
    // Electronic signatures: UU ITE art. 17(2a), softened wording, PSrE, no unattributed "strongest".
    expect(cites('e-signature')).toMatch(/Pasal 17 ayat \(2a\)/);
    expect(byId('e-signature').text.id.wording).toMatch(/mengakui keabsahan/);
    expect(byId('e-signature').text.id.wording).not.toMatch(/kekuatan hukum yang sama/);
    expect(JSON.stringify(byId('e-signature'))).toMatch(/PSrE/);
    expect(notes('e-signature', 'en')).not.toMatch(/strongest/);
    // Disputes: small claims, and arbitration named specifically enough to work.
    expect(cites('disputes')).toMatch(/PERMA No\. 2 Tahun 2015.* jo\. PERMA No\. 4 Tahun 2019/);
    expect(byId('disputes').text.id.wording).toMatch(/lembaga.*peraturan prosedurnya.*\[kota\].*arbiter/s);
    // Brand licences, stamp duty, statute titles, personal data, tax.
    expect(cites('ip-licence')).toMatch(/UU No\. 20 Tahun 2016.*Pasal 42/);
    expect(notes('ip-licence', 'en')).toMatch(/binds the parties/);
    expect(cites('stamp-duty')).toMatch(/Pasal 3 ayat \(2\) huruf a, Pasal 5, Pasal 8, dan Pasal 12 ayat \(2\)/);
    expect(cites('payment')).toMatch(/Pasal 3 ayat \(2\) huruf g dan Pasal 5/);
    expect(notes('stamp-duty', 'en')).toMatch(/100%/);
    expect(cites('exclusivity')).toMatch(/Larangan Praktek Monopoli/);
    expect(byId('personal-data').text.en.wording).toMatch(/joint controllers/);
    expect(byId('personal-data').text.id.wording).toMatch(/3 × 24 jam/);
    expect(cites('payment')).toMatch(/Pajak Penghasilan.*Pasal 21 dan Pasal 23/);
    expect(byId('payment').text.id.wording).toMatch(/PPN/);
  });
});

describe('the checklist’s Indonesian headings', () => {
  it('follow EYD V title case', async () => {
    const { default: dict } = await import('../../src/tools/mou-checklist/i18n');
    const headings = [
      'tool.name',
      'page.disclaimerTitle',
      'parties.legend',
      'q.title',
      'list.title',
      'group.essential',
      'group.recommended',
      'group.conditional',
      'clause.why',
      'clause.questions',
      'clause.wording',
      'clause.legal',
      'docx.title',
      'print.title',
      'md.title',
    ] as const;
    expect(
      headings.filter((key) => titleCaseSlips(dict.id[key]).length > 0).map((key) => `${key}: ${dict.id[key]}`),
    ).toEqual([]);
  });
});

describe('the clause schema', () => {
  const valid = library[0]!;
  it('rejects a condition that names an unknown question or answer (the check is not vacuous)', () => {
    expect(
      clauseSchema.safeParse({ ...valid, priority: 'conditional', when: [{ answer: 'colour', in: ['red'] }] }).success,
    ).toBe(false);
    expect(
      clauseSchema.safeParse({ ...valid, priority: 'conditional', when: [{ answer: 'term', in: ['forever'] }] })
        .success,
    ).toBe(false);
    expect(
      clauseSchema.safeParse({ ...valid, priority: 'conditional', when: [{ answer: 'term', in: ['open'] }] }).success,
    ).toBe(true);
  });

  it('rejects a clause missing a language, an essential clause with conditions, a conditional one without', () => {
    expect(clauseSchema.safeParse({ ...valid, text: { id: valid.text.id } }).success).toBe(false);
    expect(
      clauseSchema.safeParse({ ...valid, priority: 'essential', when: [{ answer: 'term', in: ['open'] }] }).success,
    ).toBe(false);
    expect(clauseSchema.safeParse({ ...valid, priority: 'conditional', when: [] }).success).toBe(false);
  });

  it('finds duplicate ids and orders', () => {
    expect(
      libraryProblems([
        { id: 'a', order: 1 },
        { id: 'a', order: 1 },
      ]),
    ).toHaveLength(2);
  });
});
