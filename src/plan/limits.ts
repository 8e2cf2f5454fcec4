/**
 * The plan's vocabulary and bounds, without zod: browser code (the step pages' ticking, the plan
 * island) imports these; schema.ts builds the zod schema from them.
 */

/** The seven step pages, by guide key, in the guide's order. */
export const stepKeys = [
  'goals',
  'partner',
  'communication',
  'roles',
  'agreement',
  'technology',
  'evaluation',
] as const;
export type StepKey = (typeof stepKeys)[number];

/** Bounds: a step page ends with a handful of actions (the content schema asks for at least 3). */
export const MAX_ACTIONS = 20;
