import { fail, ok, type Result } from './result';

/**
 * What the kit needs of a state schema: a `safeParse` that never throws. Every zod/mini schema
 * fits. A tool whose page budget cannot afford zod in the browser (zod/mini is at least 4.4 KB
 * gzip) may hand in a hand-written validator with the same shape instead, as long as a test
 * holds it equal to the tool's zod schema.
 */
export interface StateSchema<S> {
  safeParse(data: unknown): { success: true; data: S } | { success: false };
}

/**
 * What a tool tells the kit about itself. The kit stores, shares, exports and imports the
 * state and validates it with `schema` every time it comes from outside the running page.
 */
export interface ToolSpec<S> {
  /** The tool's folder name, e.g. `partner-fit`; also names its storage key and files. */
  key: string;
  /** Bump when the state's shape changes; older data goes through `migrate`. */
  version: number;
  /** The state's schema: a zod/mini schema (the one source of its type) or its tested twin. */
  schema: StateSchema<S>;
  /** A fresh, empty state. */
  initial: () => S;
  /**
   * Upgrades state from an older version to the current shape (the schema checks the result).
   * Without it, data from another version is refused as `unsupported-version`.
   */
  migrate?: (state: unknown, fromVersion: number) => unknown;
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
  return at ? { tool: spec.key, v: spec.version, at: at.toISOString(), state } : { tool: spec.key, v: spec.version, state };
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
      if (!spec.migrate || !Number.isInteger(data.v) || data.v < 1 || data.v > spec.version) return fail('unsupported-version');
      state = spec.migrate(state, data.v);
    }
    const parsed = spec.schema.safeParse(state);
    return parsed.success ? ok(parsed.data) : fail('invalid');
  } catch {
    return fail('invalid');
  }
}
