import { describe, expect, it } from 'vitest';
import { clauseSchema, libraryProblems } from '../../src/content/clauses-schema';
import { isIncluded } from '../../src/tools/mou-checklist/model';
import { questionIds, questions } from '../../src/content/mou-questions';
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
