/**
 * The reader's profile as the kit sees it, without zod (tool pages load this with the hand-off,
 * on demand). Saved with the kit's storage rules under `mitra:profile`: an envelope with a
 * version, checked against the schema on load, damaged data moved aside, never deleted.
 */
import type { ToolSpec } from '../tools/kit/spec';
import type { JsonSchema } from '../tools/kit/validate';
import { ANSWERED_MAX, BUSINESS_MAX } from './handoff-limits';
import type { Profile } from './schema';

/** The kit's storage key (`mitra:profile`) and version of the profile. */
export const profileSpec: Omit<ToolSpec<Profile>, 'schema'> = {
  key: 'profile',
  version: 1,
  initial: () => ({ business: '', answered: {} }),
};

/**
 * `profileSchema` (schema.ts) as JSON Schema, written out so that tool pages need neither zod nor
 * another schema in their HTML; a unit test holds it equal to `jsonSchemaOf(profileSchema)`.
 */
export const profileJsonSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    business: { type: 'string', maxLength: BUSINESS_MAX },
    answered: {
      type: 'object',
      properties: {
        'smart-goal': { type: 'string', maxLength: ANSWERED_MAX },
        'mou-checklist': { type: 'string', maxLength: ANSWERED_MAX },
      },
    },
  },
  required: ['business', 'answered'],
};
