/**
 * The step pages' action ticks as the kit sees them, without zod (step pages load this on the
 * first tick or when the browser is idle). Saved with the kit's storage rules: an envelope with
 * a version, checked against the schema on load, damaged data moved aside, never deleted.
 *
 * Version 2 keys each tick by its action's stable key (action-keys.ts); version 1 saved positions
 * in the page's list and opens through `migrateTicks` with the frozen version-1 order.
 */
import type { ToolSpec } from '../tools/kit/spec';
import type { JsonSchema } from '../tools/kit/validate';
import { ACTION_KEY_PATTERN, MAX_ACTIONS, type StepKey } from './limits';
import type { Ticks } from './schema';

/** Each step's action keys in their version-1 order (`actionOrderV1` in action-keys.ts). */
export type ActionOrder = Readonly<Record<StepKey, readonly string[]>>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Version-1 ticks (positions) as version 2 (keys), through the version-1 order. A position with
 * no action is dropped; anything that is not version-1 ticks becomes `null`, which the schema
 * refuses, so the kit keeps the saved text aside as damaged (a word like "x" would otherwise pass
 * as a key).
 * @example migrateTicks(actionOrderV1)({ steps: { goals: [0, 2] } }, 1) // => { steps: { goals: ['one-sentence', 'goal-type'] } }
 */
export function migrateTicks(order: ActionOrder) {
  return (state: unknown, fromVersion: number): unknown => {
    if (fromVersion !== 1 || !isRecord(state) || !isRecord(state.steps)) return null;
    const steps: Record<string, unknown> = {};
    for (const [step, positions] of Object.entries(state.steps)) {
      const keys = Object.hasOwn(order, step) ? order[step as StepKey] : undefined;
      if (!keys || !Array.isArray(positions) || !positions.every((i) => Number.isInteger(i))) return null;
      const known = [...new Set(positions.map((i: number) => keys[i]).filter((k) => k !== undefined))];
      if (known.length > 0) steps[step] = known;
    }
    return { steps };
  };
}

/**
 * The kit's storage key (`mitra:ticks`), version and migration of the ticks. The version-1 order
 * comes in as an argument: the step pages' ticking code imports it, the plan page gets it in its
 * props (HTML, not JavaScript before interaction).
 */
export function stepTicks(orderV1: ActionOrder): Omit<ToolSpec<Ticks>, 'schema'> {
  return { key: TICKS_TOOL, version: 2, initial: () => ({ steps: {} }), migrate: migrateTicks(orderV1) };
}

/** The ticks' tool key in their envelope and storage key. */
export const TICKS_TOOL = 'ticks';

/**
 * `ticksSchema` (schema.ts) as JSON Schema, written out so that step pages need neither zod nor
 * a schema in their HTML; a unit test holds it equal to `jsonSchemaOf(ticksSchema)`.
 */
export const ticksJsonSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    steps: {
      type: 'object',
      propertyNames: {
        type: 'string',
        enum: ['goals', 'partner', 'communication', 'roles', 'agreement', 'technology', 'evaluation'],
      },
      additionalProperties: {
        maxItems: MAX_ACTIONS,
        type: 'array',
        items: { type: 'string', pattern: ACTION_KEY_PATTERN },
      },
    },
  },
  required: ['steps'],
};
