/**
 * The partner-fit scorer's state, as saved in the browser, put in a share link or a JSON file.
 * Every string and list is bounded: a share link or an imported file may be hostile.
 * Written with `zod/mini` to keep the island small (about 6 KB gzip instead of 21 KB).
 */
import * as z from 'zod/mini';
import { criterionFacts, criterionIds, type CriterionId, type Weight } from './criteria';

/** At most this many candidates side by side (five is the promise; eight leaves room). */
export const MAX_CANDIDATES = 8;
/** A candidate's name: a shop or person, not an essay. */
export const NAME_MAX = 60;
/** A note per criterion and candidate: room for what you found out, bounded for share links. */
export const NOTE_MAX = 500;

const criterionKey = z.enum(criterionIds);

/** 1 (worst) to 5 (best); an unrated criterion has no entry at all. */
export const ratingSchema = z.literal([1, 2, 3, 4, 5]);

/**
 * Importance of a criterion, the same for every candidate:
 * 0 = not counted in the score, 1 = less important, 2 = important, 3 = very important.
 * A weight of 3 counts three times as much as a weight of 1.
 */
export const weightSchema = z.literal([0, 1, 2, 3]);

export const candidateSchema = z.object({
  /** Stable, short and generated (`c1`, `c2`, …): it keys the form fields and the undo. */
  id: z.string().check(z.regex(/^[a-z0-9]{1,8}$/)),
  /** What the reader calls the candidate; may be empty (the tool then shows "Candidate 1"). */
  name: z.string().check(z.maxLength(NAME_MAX)),
  /** Rated criteria only: an unrated criterion has no key. */
  ratings: z.partialRecord(criterionKey, ratingSchema),
  /** Notes per criterion; an empty note has no key. */
  notes: z.partialRecord(criterionKey, z.string().check(z.maxLength(NOTE_MAX))),
});

export const stateSchema = z
  .object({
    candidates: z.array(candidateSchema).check(z.maxLength(MAX_CANDIDATES)),
    /** One importance per criterion; every criterion must have one. */
    weights: z.record(criterionKey, weightSchema),
  })
  .check(
    z.refine((state) => new Set(state.candidates.map((c) => c.id)).size === state.candidates.length, {
      message: 'Candidate ids must be unique',
    }),
  );

export type PartnerFitState = z.infer<typeof stateSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type Weights = PartnerFitState['weights'];

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
