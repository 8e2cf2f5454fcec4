/**
 * A small validator for the JSON Schema that zod writes (`z.toJSONSchema(schema, { io: 'input' })`).
 *
 * Why: a tool's state schema is written once, with zod, and zod checks it on the server and in
 * tests. Shipping zod to the browser would cost ~6 KB gzip of the 20 KB a tool page may load, so
 * the page converts the schema to JSON Schema at build time and the island checks outside data
 * (saved work, share links, imported files) with this ~1 KB interpreter instead. A test holds the
 * two to the same verdicts on random data.
 *
 * It behaves like zod's `safeParse`: unknown object keys are dropped (zod's `z.object` strips
 * them), `additionalProperties: false` (`z.strictObject`) refuses them. A keyword it does not know
 * makes `compileSchema` throw at build time, so nothing is silently left unchecked.
 */
export type JsonSchema = boolean | Readonly<Record<string, unknown>>;

type Check = (value: unknown) => { ok: true; value: unknown } | { ok: false };

/** Keywords that only describe, never constrain. */
const annotations = new Set(['$schema', 'title', 'description', 'examples', '$comment', 'format']);
const known = new Set([
  ...annotations,
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'const',
  'enum',
  'anyOf',
  'oneOf',
]);

const NO = { ok: false } as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'integer' : Number.isFinite(value) ? 'number' : 'non-finite';
  return typeof value;
}

function matchesType(value: unknown, types: readonly string[]): boolean {
  const t = typeOf(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

function compile(schema: JsonSchema): Check {
  if (schema === true) return (value) => ({ ok: true, value });
  if (schema === false) return () => NO;
  for (const keyword of Object.keys(schema)) {
    if (!known.has(keyword)) throw new Error(`compileSchema: unsupported JSON Schema keyword "${keyword}"`);
  }
  const s = schema as Record<string, unknown>;
  const checks: ((value: unknown) => boolean)[] = [];
  const types = s.type === undefined ? undefined : ([] as string[]).concat(s.type as string | string[]);
  if (types) checks.push((v) => matchesType(v, types));
  if ('const' in s) checks.push((v) => v === s.const);
  if (s.enum) checks.push((v) => (s.enum as unknown[]).includes(v));
  if (typeof s.minLength === 'number') checks.push((v) => typeof v !== 'string' || v.length >= (s.minLength as number));
  if (typeof s.maxLength === 'number') checks.push((v) => typeof v !== 'string' || v.length <= (s.maxLength as number));
  if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern, 'u');
    checks.push((v) => typeof v !== 'string' || re.test(v));
  }
  const num = (k: string, ok: (v: number, bound: number) => boolean) => {
    if (typeof s[k] === 'number') checks.push((v) => typeof v !== 'number' || ok(v, s[k] as number));
  };
  num('minimum', (v, b) => v >= b);
  num('maximum', (v, b) => v <= b);
  num('exclusiveMinimum', (v, b) => v > b);
  num('exclusiveMaximum', (v, b) => v < b);
  if (typeof s.minItems === 'number') checks.push((v) => !Array.isArray(v) || v.length >= (s.minItems as number));
  if (typeof s.maxItems === 'number') checks.push((v) => !Array.isArray(v) || v.length <= (s.maxItems as number));

  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  const alt = alternatives?.map(compile);
  const props = isObject(s.properties)
    ? Object.entries(s.properties).map(([k, sub]) => [k, compile(sub as JsonSchema)] as const)
    : undefined;
  const required = (s.required as string[] | undefined) ?? [];
  const extra = s.additionalProperties === undefined ? undefined : compile(s.additionalProperties as JsonSchema);
  const names = s.propertyNames === undefined ? undefined : compile(s.propertyNames as JsonSchema);
  const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as JsonSchema[]).map(compile) : undefined;
  const items = s.items === undefined ? undefined : compile(s.items as JsonSchema);

  return (value) => {
    if (!checks.every((check) => check(value))) return NO;
    let out: unknown = value;
    if (alt) {
      const hit = alt.map((c) => c(value)).find((r) => r.ok);
      if (!hit) return NO;
      out = hit.value;
    }
    if (isObject(value) && (props || extra || names || required.length)) {
      const copy: Record<string, unknown> = {};
      for (const key of required) if (!Object.hasOwn(value, key)) return NO;
      const declared = new Map(props);
      for (const [key, v] of Object.entries(value)) {
        const own = declared.get(key);
        if (names && !names(key).ok) return NO;
        if (own) {
          const r = own(v);
          if (!r.ok) return NO;
          copy[key] = r.value;
        } else if (extra) {
          const r = extra(v);
          if (!r.ok) return NO;
          copy[key] = r.value;
        } // else: an unknown key, dropped as zod's z.object drops it
      }
      out = copy;
    } else if (Array.isArray(value) && (items || prefix)) {
      const copy: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const check = prefix && i < prefix.length ? prefix[i]! : items;
        if (!check) {
          copy.push(value[i]);
          continue;
        }
        const r = check(value[i]);
        if (!r.ok) return NO;
        copy.push(r.value);
      }
      out = copy;
    }
    return { ok: true, value: out };
  };
}

/**
 * Turns a JSON Schema into an object with zod's `safeParse` shape, so a `ToolSpec` accepts either.
 * @example compileSchema({ type: 'string', maxLength: 3 }).safeParse('abcd') // => { success: false }
 */
export function compileSchema<T>(schema: JsonSchema): {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
} {
  const check = compile(schema);
  return {
    safeParse(data) {
      try {
        const result = check(data);
        return result.ok ? { success: true, data: result.value as T } : { success: false };
      } catch {
        return { success: false };
      }
    },
  };
}
