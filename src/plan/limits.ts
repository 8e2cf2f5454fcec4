/**
 * The plan's vocabulary and bounds, without zod: browser code (the step pages' ticking, the plan
 * island) imports these; schema.ts builds the zod schema from them.
 */

import type { GuideKey } from '../content/schema';

/**
 * The seven step pages, by guide key, in the guide's order (a type-only tie to the guide's keys,
 * so no zod reaches the browser; tests/unit/plan.model.test.ts checks the order against the guide).
 */
export const stepKeys = [
  'goals',
  'partner',
  'communication',
  'roles',
  'agreement',
  'technology',
  'evaluation',
] as const satisfies readonly GuideKey[];
export type StepKey = (typeof stepKeys)[number];

/** Bounds: a step page ends with a handful of actions (the content schema asks for at least 3). */
export const MAX_ACTIONS = 20;
