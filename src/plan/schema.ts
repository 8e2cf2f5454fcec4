/**
 * The step pages' ticked actions as a zod/mini schema: the contract for what is saved on the
 * device under `mitra:ticks`, and the one source of its types. Never import this file's
 * values in browser code (it would bundle zod): `ticks.ts` carries the same schema as JSON
 * Schema, and tests/unit/plan.model.test.ts holds the two equal.
 */
import * as z from 'zod/mini';
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

/** Named example states for unit, island and browser tests. */
export const examples = {
  /** Two actions of step 1 and all but one of step 2. */
  some: { steps: { goals: [0, 1], partner: [0, 1, 2, 3, 4] } },
} satisfies Record<string, Ticks>;
