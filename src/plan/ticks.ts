/**
 * The step pages' action ticks as the kit sees them, without zod (step pages load this on the
 * first tick or when the browser is idle). Saved with the kit's storage rules: an envelope with
 * a version, checked against the schema on load, damaged data moved aside, never deleted.
 */
import type { ToolSpec } from '../tools/kit/spec';
import type { JsonSchema } from '../tools/kit/validate';
import { MAX_ACTIONS, type StepKey } from './limits';
import type { Ticks } from './schema';

/** The kit's storage key (`mitra:ticks`) and version of the ticks. */
export const stepTicks: Omit<ToolSpec<Ticks>, 'schema'> = {
  key: 'ticks',
  version: 1,
  initial: () => ({ steps: {} }),
};

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
        items: { type: 'integer', minimum: 0, maximum: MAX_ACTIONS - 1 },
      },
    },
  },
  required: ['steps'],
};

/**
 * The ticks with one action of one step ticked (`on`) or not; positions stay sorted and unique.
 * A position out of range returns the same object.
 * @example withTick({ steps: {} }, 'goals', 2, true) // => { steps: { goals: [2] } }
 */
export function withTick(ticks: Ticks, step: StepKey, index: number, on: boolean): Ticks {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_ACTIONS) return ticks;
  const now = new Set(ticks.steps[step] ?? []);
  if (on) now.add(index);
  else now.delete(index);
  const steps = { ...ticks.steps };
  if (now.size === 0) delete steps[step];
  else steps[step] = [...now].sort((a, b) => a - b);
  return { steps };
}
