/**
 * The partner-fit scorer's state as a zod/mini schema: the contract for what is saved in the
 * browser, put in a share link or a JSON file, and the one source of its types.
 *
 * Every string and list is bounded: a share link or an imported file may be hostile.
 * The browser checks data with `parseState` (state.ts), a hand-written twin of this schema that
 * keeps zod (at least 4.4 KB gzip) out of the page's 20 KB budget; a property test holds the two
 * equal on any JSON value (tests/unit/partner-fit.model.test.ts).
 */
import * as z from 'zod/mini';
import { criterionIds } from './criteria';
import { MAX_CANDIDATES, NAME_MAX, NOTE_MAX } from './state';

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
