import { compileSchema, type JsonSchema } from './validate';
import { fail, ok, type Result } from './result';

/**
 * What a tool tells the kit about itself. The kit stores, shares, exports and imports the
 * state and validates it with `schema` every time it comes from outside the running page.
 */
export interface ToolSpec<S, K extends string = string> {
  /**
   * The tool's folder name, e.g. `partner-fit` (a `ToolKey`; the kit itself knows no tool, so
   * it takes any string); also names its storage key and files.
   */
  key: K;
  /** Bump when the state's shape changes; older data goes through `migrate`. */
  version: number;
  /**
   * Checks a state from outside the page. Anything with zod's `safeParse`: the zod schema itself
   * on the server and in tests; in the browser, `compileSchema(jsonSchema)` from `validate.ts`,
   * so zod stays out of the page's JavaScript (see `schema-json.ts`).
   */
  schema: StateParser<S>;
  /** A fresh, empty state. */
  initial: () => S;
  /**
   * Upgrades state from an older version to the current shape (the schema checks the result).
   * Without it, data from another version is refused as `unsupported-version`.
   */
  migrate?: (state: unknown, fromVersion: number) => unknown;
}

/** The one method the kit needs from a schema (zod's `safeParse` shape). */
export interface StateParser<S> {
  safeParse(data: unknown): { success: true; data: S } | { success: false };
}

/**
 * How the kit wraps a state whenever it leaves the page (storage, share link, JSON file):
 * the tool's key and the state version travel with it.
 */
export interface Envelope {
  tool: string;
  v: number;
  state: unknown;
  /** ISO date-time; storage and files carry it, share links leave it out to stay short. */
  at?: string;
}

export type EnvelopeError = 'wrong-tool' | 'unsupported-version' | 'invalid';

export function envelope<S>(spec: ToolSpec<S>, state: S, at?: Date): Envelope {
  return at
    ? { tool: spec.key, v: spec.version, at: at.toISOString(), state }
    : { tool: spec.key, v: spec.version, state };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks anything that claims to be this tool's envelope and returns the state it holds.
 * Never throws: a hostile or broken input yields an error code.
 * @example openEnvelope({ tool: 'partner-fit', v: 1, state }, spec) // => { ok: true, value: state }
 */
export function openEnvelope<S>(data: unknown, spec: ToolSpec<S>): Result<S, EnvelopeError> {
  try {
    if (!isRecord(data) || typeof data.tool !== 'string' || typeof data.v !== 'number' || !('state' in data)) {
      return fail('invalid');
    }
    if (data.tool !== spec.key) return fail('wrong-tool');
    let state = data.state;
    if (data.v !== spec.version) {
      if (!spec.migrate || !Number.isInteger(data.v) || data.v < 1 || data.v > spec.version)
        return fail('unsupported-version');
      state = spec.migrate(state, data.v);
    }
    const parsed = spec.schema.safeParse(state);
    return parsed.success ? ok(parsed.data) : fail('invalid');
  } catch {
    return fail('invalid');
  }
}

/**
 * A spec whose schema is the compiled JSON Schema handed to an island as a prop.
 * @example const spec = useMemo(() => withJsonSchema(partnerFit, props.schema), [props.schema]);
 */
export function withJsonSchema<S, K extends string>(
  base: Omit<ToolSpec<S, K>, 'schema'>,
  schema: JsonSchema,
): ToolSpec<S, K> {
  return { ...base, schema: compileSchema<S>(schema) };
}
