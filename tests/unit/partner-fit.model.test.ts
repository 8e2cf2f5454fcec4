import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criteria,
  criterionFacts,
  criterionIds,
  type CriterionId,
  defaultWeights,
  type Rating,
  type Weight,
} from '../../src/tools/partner-fit/criteria';
import {
  addCandidate,
  rate,
  removeCandidate,
  removedEntry,
  renameCandidate,
  restoreCandidate,
  setNote,
  setWeight,
} from '../../src/tools/partner-fit/edit';
import {
  bandOf,
  CRITERIA_COUNT,
  type CandidateResult,
  categoryOf,
  evaluate,
  evaluateAll,
  nextCandidateId,
  rank,
  ratingMark,
  score,
  TOP_STRENGTHS,
  topStrengths,
} from '../../src/tools/partner-fit/model';
import { type Candidate, type PartnerFitState, stateSchema, type Weights } from '../../src/tools/partner-fit/schema';
import { MAX_CANDIDATES, NAME_MAX, NOTE_MAX } from '../../src/tools/partner-fit/limits';
import { initialState } from '../../src/tools/partner-fit/tool';

const all = (r: Rating): Candidate['ratings'] => Object.fromEntries(criterionIds.map((id) => [id, r]));
const equalWeights = (w: Weight): Weights => Object.fromEntries(criterionIds.map((id) => [id, w])) as Weights;
const candidate = (id: string, ratings: Candidate['ratings']): Candidate => ({ id, name: id, ratings, notes: {} });

// Arbitraries ---------------------------------------------------------------------------------
const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
const weightArb = fc.constantFrom<Weight>(0, 1, 2, 3);
const criterionArb = fc.constantFrom<CriterionId>(...criterionIds);
const weightsArb: fc.Arbitrary<Weights> = fc.record(
  Object.fromEntries(criterionIds.map((id) => [id, weightArb])) as Record<CriterionId, fc.Arbitrary<Weight>>,
);
/** Ratings with any subset of criteria rated. */
const ratingsArb: fc.Arbitrary<Candidate['ratings']> = fc.record(
  Object.fromEntries(criterionIds.map((id) => [id, ratingArb])) as Record<CriterionId, fc.Arbitrary<Rating>>,
  { requiredKeys: [] },
);

describe('criteria', () => {
  it('are the seven of the guide, with stable kebab-case ids', () => {
    expect(criteria.map((c) => c.id)).toEqual([
      'values',
      'complementary',
      'audience',
      'reputation',
      'capacity',
      'goals',
      'communication',
    ]);
    for (const c of criteria) expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('have every text in both languages: 2–3 questions, anchors 1, 3 and 5, advice', () => {
    for (const c of criteria) {
      for (const lang of ['id', 'en'] as const) {
        const t = c.text[lang];
        expect(t.name.length, `${c.id}.${lang}.name`).toBeGreaterThan(3);
        expect(t.explanation.length).toBeGreaterThan(20);
        expect(t.questions.length).toBeGreaterThanOrEqual(2);
        expect(t.questions.length).toBeLessThanOrEqual(3);
        for (const q of t.questions) expect(q.endsWith('?'), q).toBe(true);
        for (const a of [1, 3, 5] as const) expect(t.anchors[a].length, `${c.id}.${lang}.${a}`).toBeGreaterThan(10);
        expect(t.advice.length).toBeGreaterThan(30);
      }
      expect(c.text.id.questions.length).toBe(c.text.en.questions.length);
      expect(c.text.id.name).not.toBe(c.text.en.name);
    }
  });

  it('write Indonesian names in EYD title case', async () => {
    const { titleCaseSlips } = await import('../helpers/title-case');
    expect(criteria.flatMap((c) => titleCaseSlips(c.text.id.name))).toEqual([]);
  });

  it('mark the three "look for" qualities of step 2 as critical', () => {
    expect(criteria.filter((c) => c.critical).map((c) => c.id)).toEqual(['values', 'audience', 'reputation']);
  });
});

describe('score', () => {
  const w = defaultWeights(); // values, audience, reputation: 3; others: 2 (sum 17)

  it.each([
    ['all rated 1', all(1), equalWeights(2), 0],
    ['all rated 2', all(2), equalWeights(2), 25],
    ['all rated 3', all(3), equalWeights(1), 50],
    ['all rated 4', all(4), equalWeights(3), 75],
    ['all rated 5', all(5), w, 100],
    [
      'one 5 (weight 3) and one 1 (weight 1)',
      { values: 5, audience: 1 },
      { ...equalWeights(2), values: 3, audience: 1 },
      75,
    ],
    ['unrated criteria are left out', { capacity: 4 }, w, 75],
    ['default weights: critical at 5, the rest at 1', { ...all(1), values: 5, audience: 5, reputation: 5 }, w, 53],
    ['halves round up: (3·1)/(4·6) = 12.5 %', { values: 2, goals: 1 }, { ...equalWeights(0), values: 3, goals: 3 }, 13],
    ['weight 0 is left out', { values: 1, goals: 5 }, { ...equalWeights(2), values: 0 }, 100],
  ] as const)('%s', (_, ratings, weights, expected) => {
    expect(score(ratings, weights as Weights)).toBe(expected);
  });

  it('is null when nothing counts yet', () => {
    expect(score({}, w)).toBeNull();
    expect(score(all(5), equalWeights(0))).toBeNull();
  });

  it('stays within 0..100 and is a whole number', () => {
    fc.assert(
      fc.property(ratingsArb, weightsArb, (ratings, weights) => {
        const s = score(ratings, weights);
        if (s === null) return;
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never goes down when one rating goes up', () => {
    fc.assert(
      fc.property(ratingsArb, weightsArb, criterionArb, ratingArb, ratingArb, (ratings, weights, id, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = score({ ...ratings, [id]: lo }, weights)!;
        const high = score({ ...ratings, [id]: hi }, weights)!;
        if (low === null) expect(high).toBeNull();
        else expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });

  it('is not changed by a criterion with weight 0, rated or not', () => {
    fc.assert(
      fc.property(
        ratingsArb,
        weightsArb,
        criterionArb,
        fc.option(ratingArb, { nil: undefined }),
        (ratings, weights, id, r) => {
          const zeroed = { ...weights, [id]: 0 as Weight };
          const without = { ...ratings };
          delete without[id];
          const withIt = r === undefined ? without : { ...without, [id]: r };
          expect(score(withIt, zeroed)).toBe(score(without, zeroed));
        },
      ),
    );
  });

  it('does not depend on the order of the criteria', () => {
    // Shuffle which criterion carries which (rating, weight) pair: the score only depends on the pairs.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(ratingArb, { nil: undefined }), weightArb), { minLength: 7, maxLength: 7 }),
        fc.shuffledSubarray([...criterionIds], { minLength: 7, maxLength: 7 }),
        (pairs, order) => {
          const build = (ids: readonly CriterionId[]) => {
            const ratings: Candidate['ratings'] = {};
            const weights = {} as Record<CriterionId, Weight>;
            ids.forEach((id, i) => {
              const [r, wt] = pairs[i]!;
              if (r !== undefined) ratings[id] = r;
              weights[id] = wt;
            });
            return score(ratings, weights);
          };
          expect(build(order)).toBe(build(criterionIds));
        },
      ),
    );
  });
});

describe('bands', () => {
  it.each([
    [100, 'strong'],
    [75, 'strong'],
    [74, 'promising'],
    [50, 'promising'],
    [49, 'risky'],
    [25, 'risky'],
    [24, 'poor'],
    [0, 'poor'],
  ] as const)('%i is %s', (value, band) => {
    expect(bandOf(value)).toBe(band);
  });

  it('appear only when all seven criteria are rated', () => {
    const partial = evaluate(candidate('c1', { ...all(5), communication: undefined as never }), defaultWeights());
    expect(partial).toMatchObject({ rated: 6, complete: false, score: 100, band: null });
    const full = evaluate(candidate('c1', all(5)), defaultWeights());
    expect(full).toMatchObject({ rated: 7, complete: true, score: 100, band: 'strong' });
  });

  it('stay empty when every weight is 0, even when all is rated', () => {
    expect(evaluate(candidate('c1', all(4)), equalWeights(0))).toMatchObject({
      complete: true,
      score: null,
      band: null,
    });
  });
});

describe('dealbreakers, strengths and weak spots', () => {
  it('flag a critical criterion rated 1 or 2 even in a strong score', () => {
    const r = evaluate(candidate('c1', { ...all(5), audience: 2 }), defaultWeights());
    expect(r.band).toBe('strong');
    expect(r.dealbreakers).toEqual(['audience']);
    expect(r.weakSpots).toEqual([{ criterion: 'audience', rating: 2, dealbreaker: true, guide: 'partner' }]);
  });

  it('flag dealbreakers whatever the score and the weight', () => {
    const critical = criterionIds.filter((id) => criterionFacts[id].critical);
    fc.assert(
      fc.property(
        ratingsArb,
        weightsArb,
        fc.constantFrom(...critical),
        fc.constantFrom<Rating>(1, 2),
        (ratings, weights, id, low) => {
          const r = evaluate(candidate('c1', { ...ratings, [id]: low }), weights);
          expect(r.dealbreakers).toContain(id);
          expect(r.weakSpots[0]?.dealbreaker).toBe(true);
        },
      ),
    );
  });

  it('never flag a non-critical criterion or a rating of 3 or more as a dealbreaker', () => {
    fc.assert(
      fc.property(ratingsArb, weightsArb, (ratings, weights) => {
        for (const id of evaluate(candidate('c1', ratings), weights).dealbreakers) {
          expect(criterionFacts[id].critical).toBe(true);
          expect(ratings[id]).toBeLessThanOrEqual(2);
        }
      }),
    );
  });

  it('list strengths best first and weak spots worst first, with the advice page', () => {
    const weights = { ...defaultWeights(), capacity: 0 as Weight };
    const r = evaluate(
      candidate('c1', { values: 4, complementary: 5, goals: 1, communication: 2, capacity: 1, reputation: 3 }),
      weights,
    );
    expect(r.strengths).toEqual(['complementary', 'values']);
    // capacity has weight 0 and is not critical: not a weak spot the reader asked to count.
    expect(r.weakSpots.map((w) => [w.criterion, w.rating, w.guide])).toEqual([
      ['goals', 1, 'goals'],
      ['communication', 2, 'communication'],
    ]);
    expect(r.dealbreakers).toEqual([]);
  });
});

describe('ranking', () => {
  const result = (id: string, s: number | null, opts: Partial<CandidateResult> = {}): CandidateResult => ({
    id,
    rated: 7,
    complete: s !== null,
    score: s,
    band: s === null ? null : bandOf(s),
    category: s === null ? null : bandOf(s),
    dealbreakers: [],
    strengths: [],
    weakSpots: [],
    ...opts,
  });

  it('shares a rank between equal scores and skips the next (1, 2, 2, 4)', () => {
    const r = rank([result('a', 90), result('b', 70), result('c', 70), result('d', 40)]);
    expect(r.rows.map((x) => [x.id, x.rank, x.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
    expect(r.ties).toEqual([['b', 'c']]);
  });

  it('puts candidates with a dealbreaker after the others, whatever their score', () => {
    const r = rank([
      result('a', 95, { dealbreakers: ['values'] }),
      result('b', 60),
      result('c', 95, { dealbreakers: ['audience'] }),
    ]);
    expect(r.rows.map((x) => [x.id, x.rank, x.dealbreaker])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
    ]);
    expect(r.ties).toEqual([['a', 'c']]);
  });

  it('leaves out incomplete candidates', () => {
    const r = rank([
      result('a', 50),
      result('b', null, { rated: 3, complete: false }),
      result('c', 80, { complete: false, band: null }),
    ]);
    expect(r.rows.map((x) => x.id)).toEqual(['a']);
    expect(r.unranked).toEqual(['b', 'c']);
  });

  it('gives each candidate 1 + the number of candidates ranked strictly above it', () => {
    const resultArb = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(resultArb, { maxLength: MAX_CANDIDATES }), (specs) => {
        const results = specs.map(([s, db], i) => result(`c${i + 1}`, s, db ? { dealbreakers: ['values'] } : {}));
        const { rows, ties } = rank(results);
        expect(rows).toHaveLength(results.length);
        const better = (a: (typeof specs)[number], b: (typeof specs)[number]) => (a[1] !== b[1] ? !a[1] : a[0] > b[0]);
        rows.forEach((row) => {
          const me = specs[Number(row.id.slice(1)) - 1]!;
          expect(row.rank).toBe(1 + specs.filter((o) => better(o, me)).length);
          const same = specs.filter((o) => o[0] === me[0] && o[1] === me[1]).length;
          expect(row.tied).toBe(same > 1);
        });
        expect(ties.flat().length).toBe(rows.filter((r) => r.tied).length);
      }),
    );
  });

  it('ranks a real worksheet end to end', () => {
    let s = initialState();
    for (const id of criterionIds) {
      s = rate(s, 'c1', id, 4);
      s = rate(s, 'c2', id, 4);
    }
    s = addCandidate(s, 'Three');
    for (const id of criterionIds) s = rate(s, 'c3', id, 5);
    const r = rank(evaluateAll(s));
    expect(r.rows.map((x) => [x.id, x.rank, x.score, x.band])).toEqual([
      ['c3', 1, 100, 'strong'],
      ['c1', 2, 75, 'strong'],
      ['c2', 2, 75, 'strong'],
    ]);
  });
});

describe('updates', () => {
  it('rename, rate, clear, weigh and note a candidate without touching the old state', () => {
    const s0 = initialState();
    let s = renameCandidate(s0, 'c1', 'Dapur Kopi Bandung');
    s = rate(s, 'c1', 'values', 4);
    s = rate(s, 'c1', 'audience', 2);
    s = rate(s, 'c1', 'audience', null);
    s = setWeight(s, 'capacity', 0);
    s = setNote(s, 'c1', 'reputation', 'Rating 4,9 dari 1.200 ulasan');
    expect(s.candidates[0]).toEqual({
      id: 'c1',
      name: 'Dapur Kopi Bandung',
      ratings: { values: 4 },
      notes: { reputation: 'Rating 4,9 dari 1.200 ulasan' },
    });
    expect(s.weights.capacity).toBe(0);
    expect(s0).toEqual(initialState());
  });

  it('cut names and notes to their limits and drop empty notes', () => {
    let s = renameCandidate(initialState(), 'c1', 'x'.repeat(NAME_MAX + 20));
    s = setNote(s, 'c1', 'goals', 'y'.repeat(NOTE_MAX + 1));
    expect(s.candidates[0]!.name).toHaveLength(NAME_MAX);
    expect(s.candidates[0]!.notes.goals).toHaveLength(NOTE_MAX);
    expect(setNote(s, 'c1', 'goals', '   ').candidates[0]!.notes).toEqual({});
  });

  it('return the same state for nonsense (unknown id, bad rating or weight, full list)', () => {
    const s = initialState();
    expect(rate(s, 'zz', 'values', 3)).toBe(s);
    expect(rate(s, 'c1', 'values', 6 as Rating)).toBe(s);
    expect(rate(s, 'c1', 'nope' as CriterionId, 3)).toBe(s);
    expect(setWeight(s, 'values', 7 as Weight)).toBe(s);
    expect(removeCandidate(s, 'zz')).toBe(s);
    let full = s;
    while (full.candidates.length < MAX_CANDIDATES) full = addCandidate(full);
    expect(addCandidate(full)).toBe(full);
  });

  it('give new candidates the lowest free id', () => {
    const s = removeCandidate(addCandidate(initialState()), 'c2');
    expect(s.candidates.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(nextCandidateId(s)).toBe('c2');
    expect(addCandidate(s, 'Nadia').candidates.at(-1)).toEqual({ id: 'c2', name: 'Nadia', ratings: {}, notes: {} });
  });

  it('restore a removed candidate in its place, with a new id if its id was reused', () => {
    let s = addCandidate(rate(initialState(), 'c2', 'goals', 5), 'C');
    const removed = removedEntry(s, 'c2')!;
    const after = removeCandidate(s, 'c2');
    expect(restoreCandidate(after, removed)).toEqual(s);
    s = addCandidate(after, 'reuses c2');
    const back = restoreCandidate(s, removed);
    expect(back.candidates.map((c) => c.id)).toEqual(['c1', 'c4', 'c3', 'c2']);
    expect(back.candidates[1]!.ratings).toEqual({ goals: 5 });
  });

  it('restore the chosen partner with its "chosen" mark (a regression: undo used to lose it)', () => {
    const s = { ...addCandidate(rate(initialState(), 'c2', 'goals', 5), 'C'), chosen: 'c2' };
    const removed = removedEntry(s, 'c2')!;
    const after = removeCandidate(s, 'c2');
    expect(after.chosen).toBeUndefined();
    expect(restoreCandidate(after, removed)).toEqual(s);
    // Its id was reused meanwhile: the mark follows the restored candidate, not the newcomer.
    const reused = addCandidate(after, 'reuses c2');
    expect(restoreCandidate(reused, removed).chosen).toBe('c4');
    // Another candidate was chosen meanwhile: the removed one was never given up by the reader.
    expect(restoreCandidate({ ...after, chosen: 'c1' }, removed).chosen).toBe('c2');
    // A candidate that was not chosen leaves the choice as it is.
    const other = { ...s, chosen: 'c1' };
    expect(restoreCandidate(removeCandidate(other, 'c2'), removedEntry(other, 'c2')!)).toEqual(other);
  });

  it('undo a removal exactly: restoring what was removed gives the state back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CANDIDATES }), fc.nat(), fc.option(fc.nat()), (count, pick, choose) => {
        let s = initialState();
        while (s.candidates.length < count) s = addCandidate(s, `n${s.candidates.length}`);
        while (s.candidates.length > count) s = removeCandidate(s, s.candidates.at(-1)!.id);
        if (choose !== null) s = { ...s, chosen: s.candidates[choose % count]!.id };
        const id = s.candidates[pick % count]!.id;
        expect(restoreCandidate(removeCandidate(s, id), removedEntry(s, id)!)).toEqual(s);
      }),
    );
  });

  it('keep the state valid through any sequence of updates', () => {
    const op = fc.oneof(
      fc.tuple(fc.constant('add' as const), fc.string({ maxLength: 80 })),
      fc.tuple(fc.constant('rename' as const), fc.nat(9), fc.string({ maxLength: 80 })),
      fc.tuple(fc.constant('rate' as const), fc.nat(9), criterionArb, fc.option(ratingArb, { nil: null })),
      fc.tuple(fc.constant('weight' as const), criterionArb, weightArb),
      fc.tuple(fc.constant('note' as const), fc.nat(9), criterionArb, fc.string({ maxLength: 600 })),
      fc.tuple(fc.constant('remove' as const), fc.nat(9)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let s: PartnerFitState = initialState();
        const idAt = (i: number) => s.candidates[i]?.id ?? `c${i}`;
        for (const o of ops) {
          switch (o[0]) {
            case 'add':
              s = addCandidate(s, o[1]);
              break;
            case 'rename':
              s = renameCandidate(s, idAt(o[1]), o[2]);
              break;
            case 'rate':
              s = rate(s, idAt(o[1]), o[2], o[3]);
              break;
            case 'weight':
              s = setWeight(s, o[1], o[2]);
              break;
            case 'note':
              s = setNote(s, idAt(o[1]), o[2], o[3]);
              break;
            case 'remove': {
              const removed = removedEntry(s, idAt(o[1]));
              s = removeCandidate(s, idAt(o[1]));
              if (removed && o[1] % 2 === 0) s = restoreCandidate(s, removed);
              break;
            }
          }
          expect(stateSchema.safeParse(s).success).toBe(true);
        }
      }),
    );
  });
});

describe('schema', () => {
  it('accepts the initial state and rejects out-of-range or oversized data', () => {
    expect(stateSchema.safeParse(initialState()).success).toBe(true);
    const bad = (change: (s: PartnerFitState) => unknown) =>
      stateSchema.safeParse(change(structuredClone(initialState()))).success;
    expect(bad((s) => ({ ...s, candidates: [{ ...s.candidates[0]!, ratings: { values: 6 } }] }))).toBe(false);
    expect(bad((s) => ({ ...s, candidates: [{ ...s.candidates[0]!, ratings: { unknown: 3 } }] }))).toBe(false);
    expect(bad((s) => ({ ...s, candidates: [{ ...s.candidates[0]!, name: 'x'.repeat(NAME_MAX + 1) }] }))).toBe(false);
    expect(
      bad((s) => ({ ...s, candidates: [{ ...s.candidates[0]!, notes: { goals: 'x'.repeat(NOTE_MAX + 1) } }] })),
    ).toBe(false);
    expect(
      bad((s) => ({
        ...s,
        candidates: Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => ({ ...s.candidates[0]!, id: `c${i + 1}` })),
      })),
    ).toBe(false);
    expect(bad((s) => ({ ...s, weights: { ...s.weights, values: 4 } }))).toBe(false);
    expect(bad((s) => ({ ...s, weights: { values: 3 } }))).toBe(false);
    expect(bad((s) => ({ ...s, candidates: [{ ...s.candidates[0]!, id: '<script>' }] }))).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof stateSchema.safeParse(value).success).toBe('boolean');
      }),
    );
  });
});

describe('category', () => {
  it('is "out" with any dealbreaker, whatever the score, and the band otherwise', () => {
    // 6 criteria at 5 and audience at 2: a score of 90, a strong band, and a dealbreaker.
    const r = evaluate(candidate('c1', { ...all(5), audience: 2 }), defaultWeights());
    expect(r.score).toBeGreaterThanOrEqual(75);
    expect(r.band).toBe('strong');
    expect(r.category).toBe('out');
    expect(evaluate(candidate('c1', all(4)), defaultWeights()).category).toBe('strong');
    // Before every criterion is rated: no band yet, but a dealbreaker already means "out".
    expect(evaluate(candidate('c1', { values: 5 }), defaultWeights()).category).toBeNull();
    expect(evaluate(candidate('c1', { values: 5, reputation: 1 }), defaultWeights()).category).toBe('out');
  });

  it('never gives a candidate with a dealbreaker a positive category (property)', () => {
    fc.assert(
      fc.property(ratingsArb, weightsArb, (ratings, weights) => {
        const r = evaluate(candidate('c1', ratings), weights);
        expect(r.category).toBe(categoryOf(r));
        if (r.dealbreakers.length > 0) expect(r.category).toBe('out');
        else expect(r.category).toBe(r.band);
      }),
    );
  });

  it('is "out" in the ranking too, and such a candidate is never the leader', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ratingsArb, weightsArb), { maxLength: MAX_CANDIDATES }), (specs) => {
        const results = specs.map(([ratings], i) => evaluate(candidate(`c${i + 1}`, ratings), specs[0]![1]));
        const { rows, leaders } = rank(results);
        for (const row of rows) expect(row.category === 'out').toBe(row.dealbreaker);
        for (const id of leaders)
          expect(rows.find((row) => row.id === id)).toMatchObject({ rank: 1, dealbreaker: false });
      }),
    );
  });
});

describe('leaders', () => {
  const result = (id: string, s: number, db = false): CandidateResult => ({
    id,
    rated: 7,
    complete: true,
    score: s,
    band: bandOf(s),
    category: db ? 'out' : bandOf(s),
    dealbreakers: db ? ['values'] : [],
    strengths: [],
    weakSpots: [],
  });

  it('marks the one best candidate, or every candidate tied for first', () => {
    expect(rank([result('a', 60), result('b', 80)]).leaders).toEqual(['b']);
    expect(rank([result('a', 80), result('b', 80), result('c', 40)]).leaders).toEqual(['a', 'b']);
  });

  it('has no leader when every ranked candidate has a dealbreaker, or nobody is ranked', () => {
    expect(rank([result('a', 90, true), result('b', 70, true)]).leaders).toEqual([]);
    expect(rank([]).leaders).toEqual([]);
  });
});

describe('top strengths', () => {
  it('keeps the best three: highest rating first, then higher weight', () => {
    const weights = { ...defaultWeights(), capacity: 3 } as Weights;
    const r = evaluate(
      candidate('c1', {
        values: 4,
        complementary: 5,
        audience: 4,
        reputation: 3,
        capacity: 4,
        goals: 5,
        communication: 4,
      }),
      weights,
    );
    expect(r.strengths).toHaveLength(6);
    // 5s first (complementary and goals, both weight 2, in the guide's order), then the 4 with
    // the highest weight (values, weight 3, before audience and capacity: guide order).
    expect(topStrengths(r)).toEqual(['complementary', 'goals', 'values']);
  });

  it('is the first up-to-three of all strengths (property)', () => {
    fc.assert(
      fc.property(ratingsArb, weightsArb, (ratings, weights) => {
        const r = evaluate(candidate('c1', ratings), weights);
        const top = topStrengths(r);
        expect(top).toEqual(r.strengths.slice(0, TOP_STRENGTHS));
        expect(top.length).toBe(Math.min(TOP_STRENGTHS, r.strengths.length));
        // No strength left out is rated higher than one shown.
        const shownMin = Math.min(...top.map((id) => ratings[id]!));
        for (const id of r.strengths.slice(TOP_STRENGTHS)) expect(ratings[id]!).toBeLessThanOrEqual(shownMin);
      }),
    );
  });
});

describe('rating marks', () => {
  it('mark 4-5 as strengths, 3 as middling, 1-2 as weak, and 1-2 on a critical criterion as a dealbreaker', () => {
    expect(([1, 2, 3, 4, 5] as const).map((r) => ratingMark('capacity', r))).toEqual([
      'weak',
      'weak',
      'middle',
      'strong',
      'strong',
    ]);
    expect(([1, 2, 3, 4, 5] as const).map((r) => ratingMark('audience', r))).toEqual([
      'dealbreaker',
      'dealbreaker',
      'middle',
      'strong',
      'strong',
    ]);
  });

  it('agree with the result: dealbreaker marks are its dealbreakers, strong marks its strengths (property)', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const r = evaluate(candidate('c1', ratings), defaultWeights());
        const marked = (m: string) =>
          criterionIds.filter((id) => ratings[id] !== undefined && ratingMark(id, ratings[id]) === m);
        expect(marked('dealbreaker')).toEqual(r.dealbreakers);
        expect(marked('strong').sort()).toEqual([...r.strengths].sort());
      }),
    );
  });
});

describe('the printed worksheet’s total', () => {
  it('relates to the 0-100 score as its note says: (total − 7) × 100 ÷ 28 with equal weights', async () => {
    const { default: words } = await import('../../src/print/i18n');
    for (const lang of ['id', 'en'] as const) {
      expect(words[lang]['partnerFit.totalNote']).toContain(`− ${CRITERIA_COUNT}) × 100 ÷ ${CRITERIA_COUNT * 4}`);
    }
    fc.assert(
      fc.property(
        ratingsArb.filter((r) => Object.keys(r).length === CRITERIA_COUNT),
        weightArb.filter((w) => w > 0),
        (ratings, w) => {
          const total = criterionIds.reduce((sum, id) => sum + ratings[id]!, 0);
          expect(score(ratings, equalWeights(w))).toBe(
            Math.floor(((total - CRITERIA_COUNT) * 100) / (CRITERIA_COUNT * 4) + 0.5),
          );
        },
      ),
    );
    // The note's examples.
    expect(score(all(5), equalWeights(1))).toBe(100);
    expect(score({ ...all(4) }, equalWeights(2))).toBe(75);
  });
});
