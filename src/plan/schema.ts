/**
 * The step pages' ticked actions as a zod/mini schema: the contract for what is saved on the
 * device under `mitra:ticks`, and the one source of its types. Never import this file's
 * values in browser code (it would bundle zod): `ticks.ts` carries the same schema as JSON
 * Schema, and tests/unit/plan.model.test.ts holds the two equal.
 */
import * as z from 'zod/mini';
import { ANSWERED_MAX, BUSINESS_MAX } from './handoff-limits';
import { MAX_ACTIONS, stepKeys } from './limits';

export { MAX_ACTIONS, stepKeys, type StepKey } from './limits';

/**
 * For each step page touched, the positions (0-based) of its ticked actions in the page's
 * frontmatter list. A step nobody ticked has no key.
 */
export const ticksSchema = z.object({
  steps: z.partialRecord(
    z.enum(stepKeys),
    z.array(z.int().check(z.minimum(0), z.maximum(MAX_ACTIONS - 1))).check(z.maxLength(MAX_ACTIONS)),
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
  some: { steps: { goals: [0, 1], partner: [0, 1, 2, 3, 4] } },
} satisfies Record<string, Ticks>;

/** Named example profiles. */
export const profileExamples = {
  /** The candle seller of the guide, who declined the SMART builder's offer of one partner. */
  putri: { business: 'Toko Lilin Putri', answered: { 'smart-goal': '\nBima Ilustrasi' } },
} satisfies Record<string, Profile>;
