/**
 * The step pages' ticked actions as a zod/mini schema: the contract for what is saved on the
 * device under `mitra:ticks`, and the one source of its types. Never import this file's
 * values in browser code (it would bundle zod): `ticks.ts` carries the same schema as JSON
 * Schema, and tests/unit/plan.model.test.ts holds the two equal.
 */
import * as z from 'zod/mini';
import { ANSWERED_MAX, BUSINESS_MAX } from './handoff-limits';
import { ACTION_KEY_PATTERN, MAX_ACTIONS, stepKeys } from './limits';

export { MAX_ACTIONS, stepKeys, type StepKey } from './limits';

/**
 * For each step page touched, the keys of its ticked actions (action-keys.ts), so an edit of the
 * guide's lists never moves a tick to another action. A step nobody ticked has no key.
 * Version 1 saved positions in the page's list; ticks.ts migrates them.
 */
export const ticksSchema = z.object({
  steps: z.partialRecord(
    z.enum(stepKeys),
    z.array(z.string().check(z.regex(new RegExp(ACTION_KEY_PATTERN)))).check(z.maxLength(MAX_ACTIONS)),
  ),
});

export type Ticks = z.infer<typeof ticksSchema>;

/**
 * The reader's profile, saved under `mitra:profile` (version 1): their own business name, asked
 * once and kept for the tools, and, per tool that takes names from the plan, the offer the
 * reader already answered (used or declined), so it does not come back for the same names.
 */
export const profileSchema = z.object({
  business: z.string().check(z.maxLength(BUSINESS_MAX)),
  answered: z.object({
    'smart-goal': z.optional(z.string().check(z.maxLength(ANSWERED_MAX))),
    'mou-checklist': z.optional(z.string().check(z.maxLength(ANSWERED_MAX))),
  }),
});

export type Profile = z.infer<typeof profileSchema>;

/** Named example states for unit, island and browser tests. */
export const examples = {
  /** Two actions of step 1 and all but one of step 2. */
  some: {
    steps: {
      goals: ['one-sentence', 'smart-test'],
      partner: ['principles', 'complement', 'reviews', 'references', 'capacity'],
    },
  },
} satisfies Record<string, Ticks>;

/** Named example profiles. */
export const profileExamples = {
  /** The candle seller of the guide, who declined the SMART builder's offer of one partner. */
  putri: { business: 'Toko Lilin Putri', answered: { 'smart-goal': '\nBima Ilustrasi' } },
} satisfies Record<string, Profile>;
