import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { decodeShare, encodeShare } from '../../src/tools/kit/share';
import { withJsonSchema } from '../../src/tools/kit/spec';
import { criterionFacts, criterionIds, type Rating } from '../../src/tools/partner-fit/criteria';
import { choosePartner, confirmBeforeChoosing, removeCandidate } from '../../src/tools/partner-fit/edit';
import { examples, stateSchema } from '../../src/tools/partner-fit/schema';
import { initialState, partnerFit, partnerFitSpec } from '../../src/tools/partner-fit/tool';
import { FC_RUNS } from '../helpers/fast-check';

const spec = partnerFitSpec(withJsonSchema(partnerFit, jsonSchemaOf(stateSchema)).schema);

describe('"Choose this partner"', () => {
  it('marks one candidate; choosing another moves the mark; choosing it again clears it', () => {
    const one = choosePartner(examples.filled, 'c1');
    expect(one.chosen).toBe('c1');
    expect(choosePartner(one, 'c3').chosen).toBe('c3');
    expect('chosen' in choosePartner(one, 'c1')).toBe(false);
    expect(choosePartner(one, 'nope')).toBe(one);
  });

  it('is cleared when the chosen candidate is removed, kept when another is', () => {
    const one = choosePartner(examples.filled, 'c1');
    expect('chosen' in removeCandidate(one, 'c1')).toBe(false);
    expect(removeCandidate(one, 'c2').chosen).toBe('c1');
  });

  it('keeps version 1: a worksheet saved or shared before the choice existed still opens', async () => {
    expect(partnerFit.version).toBe(1);
    // The old shape, exactly as version 1 wrote it: no `chosen` key.
    expect('chosen' in examples.filled).toBe(false);
    const link = await encodeShare(spec, examples.filled);
    expect(await decodeShare(`#${link}`, spec)).toEqual({ ok: true, value: examples.filled });
    // And the new shape round-trips with its choice.
    const chosen = choosePartner(examples.filled, 'c2');
    expect(await decodeShare(`#${await encodeShare(spec, chosen)}`, spec)).toEqual({ ok: true, value: chosen });
  });
});

describe('the confirmation before choosing a candidate with a deal-breaker', () => {
  it('names the deal-breakers of the candidate about to be chosen, in the guide’s order', () => {
    // Roastery is rated 2 on the audience (critical) and 2 on complementarity (not critical).
    expect(confirmBeforeChoosing(examples.filled, 'c2')).toEqual(['audience']);
    const worse = {
      ...examples.filled,
      candidates: examples.filled.candidates.map((c) =>
        c.id === 'c2' ? { ...c, ratings: { ...c.ratings, reputation: 1 as const, values: 2 as const } } : c,
      ),
    };
    expect(confirmBeforeChoosing(worse, 'c2')).toEqual(['values', 'audience', 'reputation']);
  });

  it('asks nothing for a candidate without one, one half rated included', () => {
    expect(confirmBeforeChoosing(examples.filled, 'c1')).toEqual([]);
    expect(confirmBeforeChoosing(examples.filled, 'c3')).toEqual([]);
    expect(confirmBeforeChoosing(initialState(), 'c1')).toEqual([]);
  });

  it('asks nothing when the press clears the choice, or names no candidate', () => {
    expect(confirmBeforeChoosing({ ...examples.filled, chosen: 'c2' }, 'c2')).toEqual([]);
    // Another candidate chosen: moving the choice to Roastery still asks.
    expect(confirmBeforeChoosing({ ...examples.filled, chosen: 'c1' }, 'c2')).toEqual(['audience']);
    expect(confirmBeforeChoosing(examples.filled, 'nope')).toEqual([]);
  });

  it('asks exactly when a critical criterion is rated 1 or 2, whatever the other ratings and weights', () => {
    const rating = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...criterionIds), rating),
        fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3),
        (ratings, weight) => {
          const state = {
            ...initialState(),
            weights: Object.fromEntries(criterionIds.map((id) => [id, weight])) as typeof examples.filled.weights,
            candidates: [{ id: 'c1', name: '', ratings, notes: {} }],
          };
          const expected = criterionIds.filter((id) => criterionFacts[id].critical && (ratings[id] ?? 5) <= 2);
          expect(confirmBeforeChoosing(state, 'c1')).toEqual(expected);
        },
      ),
      { numRuns: FC_RUNS },
    );
  });
});
