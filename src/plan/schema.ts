/**
 * The step pages' ticked actions as a zod/mini schema: the contract for what is saved on the
 * device under `mitra:ticks`, and the one source of its types. Never import this file's
 * values in browser code (it would bundle zod): `ticks.ts` carries the same schema as JSON
 * Schema, and tests/unit/plan.model.test.ts holds the two equal.
 */
import * as z from 'zod/mini';
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
