/**
 * The partner-fit scorer as the kit sees it, without the schema (the page hands the island the
 * state schema as JSON Schema, so zod stays out of the browser), and the limits the schema and
 * the island share.
 */
import type { StateParser, ToolSpec } from '../kit/spec';
import { criterionFacts, criterionIds, type CriterionId, type Weight } from './criteria';
import { withUniqueIds } from './model';
import type { PartnerFitState } from './schema';

/** At most this many candidates side by side (five is the promise; eight leaves room). */
export const MAX_CANDIDATES = 8;
/** A candidate's name: a shop or person, not an essay. */
export const NAME_MAX = 60;
/** A note per criterion and candidate: room for what you found out, bounded for share links. */
export const NOTE_MAX = 500;

/** The weights a new worksheet starts with (see `criterionFacts`). */
export function defaultWeights(): Record<CriterionId, Weight> {
  const out = {} as Record<CriterionId, Weight>;
  for (const id of criterionIds) out[id] = criterionFacts[id].defaultWeight;
  return out;
}

/**
 * A fresh worksheet: two unnamed candidates, nothing rated, the default weights.
 * @example initialState().candidates.map((c) => c.id) // => ['c1', 'c2']
 */
export function initialState(): PartnerFitState {
  return {
    candidates: [
      { id: 'c1', name: '', ratings: {}, notes: {} },
      { id: 'c2', name: '', ratings: {}, notes: {} },
    ],
    weights: defaultWeights(),
  };
}

export const partnerFit: Omit<ToolSpec<PartnerFitState>, 'schema'> = {
  key: 'partner-fit',
  version: 1,
  initial: initialState,
};

/**
 * The kit's spec with a schema (the zod schema in tests, the compiled JSON Schema in the
 * browser). Candidate ids must be unique, which JSON Schema cannot say: a hand-edited file with
 * two equal ids is accepted and its later duplicates get fresh ids (`withUniqueIds`).
 * @example const spec = partnerFitSpec(compileSchema(props.schema));
 */
export function partnerFitSpec(schema: StateParser<PartnerFitState>): ToolSpec<PartnerFitState> {
  return {
    ...partnerFit,
    schema: {
      safeParse(data) {
        const parsed = schema.safeParse(data);
        return parsed.success ? { success: true, data: withUniqueIds(parsed.data) } : { success: false };
      },
    },
  };
}
