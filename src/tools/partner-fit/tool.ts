/**
 * The partner-fit scorer as the kit sees it, without the schema (the page hands the island the
 * state schema as JSON Schema, so zod stays out of the browser).
 */
import type { StateParser, ToolSpec } from '../kit/spec';
import type { ToolKey } from '../tool-info';
import { defaultWeights } from './criteria';
import { withUniqueIds } from './model';
import type { PartnerFitState } from './schema';

/**
 * A fresh worksheet: two unnamed candidates, nothing rated, the default weights.
 * @example initialState().candidates.map((c) => c.id) // => ['c1', 'c2']
 */
export function initialState(): PartnerFitState {
  return {
    candidates: [
      { id: 'c1', name: '', ratings: {}, notes: {} },
      { id: 'c2', name: '', ratings: {}, notes: {} },
    ],
    weights: defaultWeights(),
  };
}

export const partnerFit: Omit<ToolSpec<PartnerFitState, ToolKey>, 'schema'> = {
  key: 'partner-fit',
  version: 1,
  initial: initialState,
};

/**
 * The kit's spec with a schema (the zod schema in tests, the compiled JSON Schema in the
 * browser). Candidate ids must be unique, which JSON Schema cannot say: a hand-edited file with
 * two equal ids is accepted and its later duplicates get fresh ids (`withUniqueIds`).
 * @example const spec = partnerFitSpec(compileSchema(props.schema));
 */
export function partnerFitSpec(schema: StateParser<PartnerFitState>): ToolSpec<PartnerFitState, ToolKey> {
  return {
    ...partnerFit,
    schema: {
      safeParse(data) {
        const parsed = schema.safeParse(data);
        return parsed.success ? { success: true, data: withUniqueIds(parsed.data) } : { success: false };
      },
    },
  };
}
