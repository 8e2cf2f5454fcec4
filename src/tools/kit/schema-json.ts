import { toJSONSchema, type ZodMiniType } from 'zod/mini';
import type { JsonSchema } from './validate';

/**
 * The JSON Schema of a tool's zod state schema, for the island's props (server side, in
 * Page.astro). `io: 'input'` keeps zod's parse semantics: unknown keys of `z.object` are allowed
 * (and dropped by the validator), `z.strictObject` refuses them.
 *
 * Keep tool state schemas to what JSON Schema can say (no `.default()`, transforms or custom
 * refinements): `compileSchema` refuses unknown keywords, and `tests/unit/kit.schemas.test.ts`
 * checks that zod and the compiled schema agree.
 */
export function jsonSchemaOf(schema: ZodMiniType): JsonSchema {
  return toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' });
}
