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

/**
 * An action's key (action-keys.ts): lower-case words joined by hyphens. Here, not with the keys,
 * so that the plan page's ticks code needs no table of keys.
 */
export const ACTION_KEY_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

/**
 * What the plan reads from the device, each under `mitra:<source>`: the step pages' ticks and the
 * three tools' saved work. Here, without dependencies, so the page head's tiny script
 * (src/scripts/inline.ts) can tell a device that holds plan work.
 */
export const planSources = ['ticks', 'partner-fit', 'smart-goal', 'mou-checklist'] as const;
export type PlanSource = (typeof planSources)[number];
