/**
 * The partner-fit scorer's state as a zod/mini schema: the contract for what is saved in the
 * browser, put in a share link or a JSON file, and the one source of its types.
 *
 * Every string and list is bounded: a share link or an imported file may be hostile. Only rules
 * JSON Schema can say: the page hands the island `jsonSchemaOf(stateSchema)`, so zod stays out of
 * the browser (tests/unit/kit.schemas.test.ts holds zod and the compiled schema to the same
 * verdicts, on random data and around `examples`). Never import this file's values in the island.
 */
import * as z from 'zod/mini';
import { criterionIds, defaultWeights } from './criteria';
import { MAX_CANDIDATES, NAME_MAX, NOTE_MAX } from './limits';

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

export const stateSchema = z.object({
  /** Ids should be unique; JSON Schema cannot say so, so the tool makes them unique on load. */
  candidates: z.array(candidateSchema).check(z.maxLength(MAX_CANDIDATES)),
  /** One importance per criterion; every criterion must have one. */
  weights: z.record(criterionKey, weightSchema),
  /**
   * The candidate the reader chose ("Choose this partner"), by id; absent until they choose.
   * Optional, so saved work, files and share links from before the choice still open as they
   * are (version 1 unchanged). An id no candidate has means nobody is chosen.
   */
  chosen: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,8}$/))),
});

export type PartnerFitState = z.infer<typeof stateSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type Weights = PartnerFitState['weights'];

/**
 * Named example states, shared by the unit, island and browser tests, the schema agreement test
 * and the screenshots. Bayu (the coffee roaster of step 2's example) compares three candidates.
 */
export const examples = {
  /** Three candidates: a strong fit, a direct competitor (a dealbreaker), one half rated. */
  filled: {
    weights: { ...defaultWeights(), capacity: 3 },
    candidates: [
      {
        id: 'c1',
        name: 'Dapur Kopi Nusantara',
        ratings: { values: 5, complementary: 5, audience: 4, reputation: 4, capacity: 4, goals: 5, communication: 4 },
        notes: { reputation: 'Rating 4,8 dari 1.200 ulasan; pemasok lain bilang mereka membayar tepat waktu.' },
      },
      {
        id: 'c2',
        name: 'Roastery <b>Jaya</b> & Co',
        ratings: { values: 4, complementary: 2, audience: 2, reputation: 5, capacity: 5, goals: 3, communication: 4 },
        notes: { audience: 'Menjual biji kopi ke kafe yang sama dengan saya.' },
      },
      {
        id: 'c3',
        name: 'Toko Oleh-Oleh Sari',
        ratings: { values: 4, complementary: 4, audience: 5, reputation: 3 },
        notes: {},
      },
    ],
  },
  /** `filled` with the strong fit chosen. */
  chosen: {
    weights: { ...defaultWeights(), capacity: 3 },
    chosen: 'c1',
    candidates: [
      {
        id: 'c1',
        name: 'Dapur Kopi Nusantara',
        ratings: { values: 5, complementary: 5, audience: 4, reputation: 4, capacity: 4, goals: 5, communication: 4 },
        notes: {},
      },
      {
        id: 'c2',
        name: 'Roastery <b>Jaya</b> & Co',
        ratings: { values: 4, complementary: 2, audience: 2, reputation: 5, capacity: 5, goals: 3, communication: 4 },
        notes: {},
      },
    ],
  },
  /** Two candidates with the same ratings: a tie. */
  tied: {
    weights: defaultWeights(),
    candidates: [
      {
        id: 'c1',
        name: 'Kreator A',
        ratings: { values: 4, complementary: 4, audience: 4, reputation: 4, capacity: 4, goals: 4, communication: 4 },
        notes: {},
      },
      {
        id: 'c2',
        name: 'Kreator B',
        ratings: { values: 4, complementary: 4, audience: 4, reputation: 4, capacity: 4, goals: 4, communication: 4 },
        notes: {},
      },
    ],
  },
} satisfies Record<string, PartnerFitState>;
