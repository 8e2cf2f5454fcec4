import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineIsBilingual, registrationKind } from '../../src/tools/mou-checklist/document';
import {
  normaliseAnswers,
  selectionChange,
  withAnswer,
  withDate,
  withEnglishColumn,
  withKind,
  withNote,
  withOtherKind,
  withParty,
  withSettled,
} from '../../src/tools/mou-checklist/edit';
import {
  groupByPriority,
  progress,
  progressOf,
  selectClauses,
  unansweredQuestions,
  type ClauseRule,
} from '../../src/tools/mou-checklist/model';
import { openQuestions } from '../../src/tools/mou-checklist/open-questions';
import { commonAnswers, questionIds, questions, type QuestionId } from '../../src/content/mou-questions';
import { examples, stateSchema, type Answers } from '../../src/tools/mou-checklist/schema';
import { limits } from '../../src/tools/mou-checklist/limits';
import { initialState } from '../../src/tools/mou-checklist/tool';
import { answersArb, fullAnswersArb, stateWith } from '../fixtures/mou';
import { loadLibrary } from '../fixtures/content';

const library = loadLibrary();
const ids = (clauses: readonly { id: string }[]) => clauses.map((c) => c.id);
const core = ['scope-goals', 'roles', 'duration', 'profit-loss', 'ip', 'confidentiality', 'termination', 'disputes'];
const recommended = ['kpis', 'notices', 'force-majeure', 'amendments', 'binding', 'stamp-duty'];

/**
 * An independent reading of the data's conditions: the answers as a set of "question=option"
 * facts; a clause is in when it has no conditions or shares a fact with them.
 */
function expectedIds(answers: Answers, rules: readonly ClauseRule[] = library): string[] {
  const facts = new Set(questionIds.flatMap((q) => [answers[q]].flat().map((v) => `${q}=${v}`)));
  return [...rules]
    .filter(
      (c) =>
        c.when.length === 0 || c.when.flatMap((w) => w.in.map((v) => `${w.answer}=${v}`)).some((f) => facts.has(f)),
    )
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);
}

describe('selectClauses, by example', () => {
  it('gives a new checklist, with no answer yet, the core eight and the recommended six only', () => {
    const selected = ids(selectClauses(library, initialState().answers));
    expect(selected.filter((id) => core.includes(id))).toHaveLength(8);
    expect(selected.filter((id) => recommended.includes(id))).toHaveLength(6);
    expect(selected).toHaveLength(14);
  });

  it('gives the common answers (the print sheet’s) payment, the brand licence and renewal besides', () => {
    const selected = ids(selectClauses(library, commonAnswers));
    expect(selected.filter((id) => !core.includes(id) && !recommended.includes(id)).sort()).toEqual([
      'ip-licence',
      'payment',
      'renewal',
    ]);
  });

  it.each<[string, Partial<Answers>, string[], string[]]>([
    ['a foreign party', { foreignParty: 'yes' }, ['language-law', 'arbitration'], []],
    ['customer data shared', { customerData: 'yes' }, ['personal-data'], []],
    ['no money', { money: 'no' }, [], ['payment']],
    ['exclusivity', { exclusivity: 'yes' }, ['exclusivity'], []],
    ['signed online', { signingOnline: 'yes' }, ['e-signature'], []],
    ['open-ended', { term: 'open' }, ['open-ended-review'], ['renewal']],
    ['no IP used', { ip: 'create' }, [], ['ip-licence']],
    ['reselling', { kinds: ['reselling'] }, ['ordering-delivery', 'quality-returns'], ['brand-content']],
    ['supply', { kinds: ['supply'] }, ['ordering-delivery', 'quality-returns'], []],
    ['affiliate', { kinds: ['affiliate'] }, ['referral-tracking', 'brand-content'], []],
    ['content', { kinds: ['content'] }, ['brand-content'], ['referral-tracking']],
    ['co-marketing', { kinds: ['co-marketing'] }, ['brand-content'], []],
    ['joint product', { kinds: ['joint-product'] }, ['product-development'], ['quality-returns']],
  ])('with %s', (_, answers, included, excluded) => {
    const selected = ids(selectClauses(library, stateWith(answers).answers));
    for (const id of included) expect(selected).toContain(id);
    for (const id of excluded) expect(selected).not.toContain(id);
    for (const id of core) expect(selected).toContain(id);
  });

  it('puts the articles in the library’s order: goals first, signing last', () => {
    const selected = ids(selectClauses(library, stateWith({ foreignParty: 'yes', signingOnline: 'yes' }).answers));
    expect(selected[0]).toBe('scope-goals');
    expect(selected.at(-1)).toBe('stamp-duty');
    expect(selected.indexOf('language-law')).toBeLessThan(selected.indexOf('disputes'));
  });
});

describe('selectClauses, for any answers', () => {
  it('selects exactly the clauses the data’s conditions call for, in order', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(ids(selectClauses(library, answers))).toEqual(expectedIds(answers));
      }),
    );
  });

  it('includes a clause when any of its conditions holds (any library, several conditions)', () => {
    const conditionArb = fc
      .constantFrom(...questionIds)
      .chain((q: QuestionId) =>
        fc.subarray([...questions[q].options], { minLength: 1 }).map((values) => ({ answer: q, in: values })),
      );
    const rulesArb = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{2,8}$/),
        order: fc.integer({ min: 1, max: 9999 }),
        priority: fc.constantFrom('essential' as const, 'recommended' as const, 'conditional' as const),
        when: fc.array(conditionArb, { maxLength: 4 }),
      }),
      { selector: (r) => r.id, maxLength: 20 },
    );
    fc.assert(
      fc.property(rulesArb, answersArb, (rules, answers) => {
        const sorted = [...rules].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
        expect(ids(selectClauses(rules, answers))).toEqual(expectedIds(answers, sorted));
      }),
    );
    const either: ClauseRule = {
      id: 'x',
      order: 1,
      priority: 'conditional',
      when: [
        { answer: 'money', in: ['yes'] },
        { answer: 'term', in: ['open'] },
      ],
    };
    expect(selectClauses([either], stateWith({ money: 'no', term: 'open' }).answers)).toHaveLength(1);
    expect(selectClauses([either], stateWith({ money: 'yes', term: 'fixed' }).answers)).toHaveLength(1);
    expect(selectClauses([either], stateWith({ money: 'no', term: 'fixed' }).answers)).toHaveLength(0);
  });

  it('always includes the eight core clauses', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const selected = ids(selectClauses(library, answers));
        for (const id of core) expect(selected).toContain(id);
      }),
    );
  });

  it('never lists a clause twice, even if the library did', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const selected = ids(selectClauses([...library, ...library], answers));
        expect(new Set(selected).size).toBe(selected.length);
      }),
    );
  });

  it('gives the same list whatever order the kinds were ticked in and the library is listed in', () => {
    fc.assert(
      fc.property(answersArb, fc.integer(), (answers, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(answers.kinds, { minLength: answers.kinds.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const reversed = [...library].reverse();
        expect(ids(selectClauses(reversed, { ...answers, kinds: shuffled }))).toEqual(
          ids(selectClauses(library, answers)),
        );
      }),
    );
  });

  it('orders ties by id, so equal orders cannot flip', () => {
    const rules: ClauseRule[] = [
      { id: 'b', order: 1, priority: 'essential', when: [] },
      { id: 'a', order: 1, priority: 'essential', when: [] },
    ];
    expect(ids(selectClauses(rules, initialState().answers))).toEqual(['a', 'b']);
  });
});

describe('groupByPriority', () => {
  it('groups essential, recommended, conditional, keeps the order inside and loses nothing', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const selected = selectClauses(library, answers);
        const groups = groupByPriority(selected);
        expect(groups.map((g) => g.priority)).toEqual(
          ['essential', 'recommended', 'conditional'].filter((p) => selected.some((c) => c.priority === p)),
        );
        expect(groups.flatMap((g) => ids(g.clauses)).sort()).toEqual(ids(selected).sort());
        for (const group of groups)
          expect(ids(group.clauses)).toEqual(ids(selected.filter((c) => c.priority === group.priority)));
      }),
    );
  });

  it('leaves out empty groups', () => {
    const rules: ClauseRule[] = [{ id: 'a', order: 1, priority: 'essential', when: [] }];
    expect(groupByPriority(rules).map((g) => g.priority)).toEqual(['essential']);
  });
});

/** Any single answer change: a question and one of its possible values (or none). */
const answerChangeArb = fc
  .constantFrom(...questionIds)
  .chain((q: QuestionId) =>
    (questions[q].multiple
      ? fc.shuffledSubarray([...questions[q].options])
      : fc.constantFrom<string | null>(...questions[q].options, null)
    ).map((value) => ({ q, value })),
  );

/** Ticks and notes on any clauses of the library, one entry each. */
const progressArb = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...library.map((c) => c.id)),
    settled: fc.boolean(),
    note: fc.string({ maxLength: 50 }),
  }),
  { selector: (entry) => entry.id },
);

describe('changing answers', () => {
  it('keeps the ticks and notes of the clauses that stay, and those of the ones that go', () => {
    fc.assert(
      fc.property(answersArb, progressArb, fc.array(answerChangeArb, { maxLength: 6 }), (answers, clauses, changes) => {
        let state = { ...stateWith(answers), clauses };
        const before = selectClauses(library, state.answers);
        for (const { q, value } of changes) state = withAnswer(state, q, value as never);
        const after = selectClauses(library, state.answers);
        for (const clause of after.filter((c) => before.some((b) => b.id === c.id))) {
          expect(progressOf(state, clause.id)).toEqual(progressOf({ ...stateWith(answers), clauses }, clause.id));
        }
        expect(state.clauses).toEqual(clauses);
      }),
    );
  });

  it('brings a removed clause back with its tick and note when the answer flips back', () => {
    let state = withNote(
      withSettled(stateWith({ foreignParty: 'yes' }), 'language-law', true),
      'language-law',
      'English prevails',
    );
    state = withAnswer(state, 'foreignParty', 'no');
    expect(ids(selectClauses(library, state.answers))).not.toContain('language-law');
    state = withAnswer(state, 'foreignParty', 'yes');
    expect(progressOf(state, 'language-law')).toEqual({ settled: true, note: 'English prevails' });
  });

  it('keeps kinds in the questionnaire’s order, each once', () => {
    let state = withKind(withKind(initialState(), 'supply', true), 'affiliate', true);
    state = withKind(state, 'supply', true);
    expect(state.answers.kinds).toEqual(['affiliate', 'supply']);
    expect(withKind(state, 'supply', false).answers.kinds).toEqual(['affiliate']);
    expect(normaliseAnswers({ ...state.answers, kinds: ['supply', 'affiliate'] }).kinds).toEqual([
      'affiliate',
      'supply',
    ]);
  });
});

describe('ticks, notes and progress', () => {
  it('counts settled clauses among the selected ones only', () => {
    let state = withSettled(withSettled(initialState(), 'roles', true), 'language-law', true);
    const selected = selectClauses(library, state.answers);
    expect(progress(selected, state)).toEqual({ settled: 1, total: selected.length });
    state = withSettled(state, 'roles', false);
    expect(progress(selected, state).settled).toBe(0);
  });

  it('drops an entry that carries nothing, and cuts notes to the limit', () => {
    const state = withSettled(withSettled(initialState(), 'roles', true), 'roles', false);
    expect(state.clauses).toEqual([]);
    expect(progressOf(withNote(initialState(), 'roles', 'x'.repeat(limits.note + 50)), 'roles').note).toHaveLength(
      limits.note,
    );
  });

  it('keeps one entry per clause, in place, and refuses a new entry beyond the limit', () => {
    let state = withNote(withSettled(withSettled(initialState(), 'roles', true), 'ip', true), 'roles', 'n');
    expect(state.clauses).toEqual([
      { id: 'roles', settled: true, note: 'n' },
      { id: 'ip', settled: true, note: '' },
    ]);
    state = {
      ...initialState(),
      clauses: Array.from({ length: limits.clauses }, (_, i) => ({ id: `c${i}`, settled: true, note: '' })),
    };
    expect(withSettled(state, 'roles', true)).toBe(state);
    expect(withSettled(state, 'c3', false).clauses).toHaveLength(limits.clauses - 1);
  });

  it('only ever produces state the schema accepts', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('tick' as const),
        id: fc.constantFrom(...library.map((c) => c.id)),
        on: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('note' as const),
        id: fc.constantFrom(...library.map((c) => c.id)),
        text: fc.string({ maxLength: 1200 }),
      }),
      answerChangeArb.map((change) => ({ kind: 'answer' as const, ...change })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let state = initialState();
        for (const o of ops) {
          if (o.kind === 'tick') state = withSettled(state, o.id, o.on);
          else if (o.kind === 'note') state = withNote(state, o.id, o.text);
          else state = withAnswer(state, o.q, o.value as never);
        }
        expect(stateSchema.safeParse(state).success).toBe(true);
      }),
    );
  });
});

describe('the state schema', () => {
  it('accepts the initial state and refuses, without throwing, anything else a link or file may hold', () => {
    expect(stateSchema.safeParse(initialState()).success).toBe(true);
    expect(initialState()).toEqual(examples.empty);
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => stateSchema.safeParse(junk)).not.toThrow();
      }),
    );
    for (const example of Object.values(examples)) expect(stateSchema.safeParse(example).success).toBe(true);
    expect(
      stateSchema.safeParse({
        ...initialState(),
        parties: {
          ...initialState().parties,
          first: { ...initialState().parties.first, name: 'x'.repeat(limits.party + 1) },
        },
      }).success,
    ).toBe(false);
    // Version 1's parties (names only) are not version 3's: they go through `migrate` first.
    expect(stateSchema.safeParse({ ...initialState(), parties: { first: 'Toko', second: '' } }).success).toBe(false);
    expect(stateSchema.safeParse({ ...initialState(), date: '31/03/2027' }).success).toBe(false);
    expect(
      stateSchema.safeParse({ ...initialState(), clauses: [{ id: '<script>', settled: true, note: '' }] }).success,
    ).toBe(false);
    const tooMany = Array.from({ length: limits.clauses + 1 }, (_, i) => ({ id: `c${i}`, settled: true, note: '' }));
    expect(stateSchema.safeParse({ ...initialState(), clauses: tooMany }).success).toBe(false);
  });
});

describe('unanswered questions and what they could add', () => {
  it('starts with every question unanswered, and each answer takes its question off the list', () => {
    expect(unansweredQuestions(initialState().answers)).toEqual(questionIds);
    expect(unansweredQuestions(withAnswer(initialState(), 'money', 'no').answers)).not.toContain('money');
    expect(unansweredQuestions(withKind(initialState(), 'supply', true).answers)).not.toContain('kinds');
    expect(unansweredQuestions(examples.candleAndIllustrator.answers)).toEqual([]);
  });

  it('names, for a new checklist, the clauses each question could add', () => {
    const open = openQuestions(library, initialState().answers);
    expect(open.map((o) => o.question)).toEqual(questionIds);
    const adds = Object.fromEntries(open.map((o) => [o.question, ids(o.clauses)]));
    expect(adds).toMatchObject({
      money: ['payment'],
      customerData: ['personal-data'],
      ip: ['ip-licence'],
      foreignParty: ['language-law', 'arbitration'],
      exclusivity: ['exclusivity'],
      signingOnline: ['e-signature'],
      term: ['renewal', 'open-ended-review'],
      binding: [],
    });
    expect(adds.kinds).toEqual(
      expect.arrayContaining(['referral-tracking', 'ordering-delivery', 'quality-returns', 'brand-content']),
    );
  });

  it('lists exactly what answering an open question can add, for any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const before = ids(selectClauses(library, answers));
        for (const { question, clauses } of openQuestions(library, answers)) {
          // Every answer the question allows (each kind alone: more kinds only add their clauses).
          const reached = new Set(
            questions[question].options.flatMap((option) =>
              ids(selectClauses(library, { ...answers, [question]: questions[question].multiple ? [option] : option })),
            ),
          );
          const added = [...reached].filter((id) => !before.includes(id));
          expect(ids(clauses).sort()).toEqual(added.sort());
        }
      }),
    );
  });

  it('has nothing open once every question is answered', () => {
    fc.assert(
      fc.property(fullAnswersArb, (answers) => {
        expect(unansweredQuestions(answers)).toEqual([]);
        expect(openQuestions(library, answers)).toEqual([]);
      }),
    );
  });

  it('keeps the words for an "other" kind, cut to the limit, always valid', () => {
    expect(withOtherKind(initialState(), 'sewa lapak bersama').otherKind).toBe('sewa lapak bersama');
    const long = withOtherKind(initialState(), 'x'.repeat(limits.otherKind + 10));
    expect(long.otherKind).toHaveLength(limits.otherKind);
    expect(stateSchema.safeParse(long).success).toBe(true);
  });
});

describe('outlineIsBilingual', () => {
  it('always holds the Indonesian; adds the English with a foreign party, on the English page, or when asked', () => {
    expect(outlineIsBilingual(initialState(), 'id')).toBe(false);
    expect(outlineIsBilingual(initialState(), 'en')).toBe(true);
    expect(outlineIsBilingual(stateWith({ foreignParty: 'yes' }), 'id')).toBe(true);
    expect(outlineIsBilingual(stateWith({ foreignParty: 'no' }), 'id')).toBe(false);
    expect(outlineIsBilingual({ ...initialState(), englishColumn: true }, 'id')).toBe(true);
  });
});

describe('parties, date and the English column', () => {
  it('keeps each field of a party’s block as typed, cut to the schema’s limit, and always valid', () => {
    const state = withParty(initialState(), 'first', 'name', '  Toko Lilin Putri ');
    expect(state.parties.first).toEqual({ ...initialState().parties.first, name: '  Toko Lilin Putri ' });
    expect(state.parties.second).toEqual(initialState().parties.second);
    const fields = ['name', 'address', 'registration', 'signer', 'capacity'] as const;
    const max = {
      name: limits.party,
      address: limits.address,
      registration: limits.registration,
      signer: limits.party,
      capacity: limits.capacity,
    };
    fc.assert(
      fc.property(
        fc.constantFrom('first' as const, 'second' as const),
        fc.constantFrom(...fields),
        fc.string({ maxLength: 400 }),
        (party, field, value) => {
          const next = withParty(initialState(), party, field, value);
          expect(next.parties[party][field]).toBe(value.slice(0, max[field]));
          expect(stateSchema.safeParse(next).success).toBe(true);
        },
      ),
    );
  });

  it('tells a NIB (13 digits) from a NIK (16 digits), spaces and dots allowed', () => {
    expect(registrationKind('9120001234567')).toBe('nib');
    expect(registrationKind('9120 0012 3456 7')).toBe('nib');
    expect(registrationKind('3404.0112.3456.0001')).toBe('nik');
    for (const other of ['', '12345', '91200012345678', 'NIB 9120001234567', '912000123456a']) {
      expect(registrationKind(other), other).toBe('unknown');
    }
  });

  it('takes a calendar date or nothing, and leaves the state alone for anything else', () => {
    const dated = withDate(initialState(), '2027-03-31');
    expect(dated.date).toBe('2027-03-31');
    expect(withDate(dated, '')).toEqual({ ...dated, date: '' });
    for (const bad of ['31/03/2027', '2027-3-31', 'besok']) expect(withDate(dated, bad)).toBe(dated);
  });

  it('asks for the English column, which makes the outline bilingual', () => {
    const state = withEnglishColumn(initialState(), true);
    expect(state.englishColumn).toBe(true);
    expect(outlineIsBilingual(state, 'id')).toBe(true);
    expect(outlineIsBilingual(withEnglishColumn(state, false), 'id')).toBe(false);
  });
});

describe('selectionChange', () => {
  it('names the clauses an answer brings in and takes out, in list order', () => {
    const before = selectClauses(library, initialState().answers);
    const after = selectClauses(library, withAnswer(initialState(), 'foreignParty', 'yes').answers);
    const { added, removed } = selectionChange(before, after);
    expect(added.map((c) => c.id)).toEqual(after.filter((c) => !before.includes(c)).map((c) => c.id));
    expect(added.map((c) => c.id)).toContain('language-law');
    expect(removed).toEqual([]);
    expect(selectionChange(after, before)).toEqual({ added: [], removed: added });
  });

  it('is empty when nothing changes, for any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const list = selectClauses(library, answers);
        expect(selectionChange(list, list)).toEqual({ added: [], removed: [] });
      }),
    );
  });
});
