import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { compileSchema } from '../../src/tools/kit/validate';
import { demoSchema } from '../fixtures/demo-tool';

/**
 * The browser checks outside data with `compileSchema(jsonSchemaOf(zodSchema))` instead of zod.
 * These tests hold the two to the same verdict and the same output.
 */
function agree(schema: z.ZodMiniType, value: unknown) {
  const expected = schema.safeParse(value);
  const actual = compileSchema(jsonSchemaOf(schema)).safeParse(value);
  expect(actual.success, JSON.stringify(value)).toBe(expected.success);
  if (expected.success && actual.success) expect(actual.data).toEqual(expected.data);
}

/** Random edits around a valid value: a leaf replaced, a key removed, a key added. */
function mutations(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, [...path, k]));
  };
  walk(valid, []);
  const edit = (path: (string | number)[], how: 'set' | 'delete' | 'add', value: unknown) => {
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    if (path.length === 0) return how === 'set' ? value : copy;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (how === 'set') parent[last] = value;
    else if (how === 'delete') delete parent[last];
    else if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent.extra = value;
    return copy;
  };
  return fc
    .tuple(fc.constantFrom(...paths), fc.constantFrom('set', 'delete', 'add'), fc.jsonValue())
    .map(([path, how, value]) => edit(path, how, value));
}

const kitchenSink = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(5)),
  count: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  ratio: z.nullable(z.number().check(z.gt(0), z.lt(1))),
  tags: z.array(z.enum(['a', 'b'])).check(z.maxLength(3)),
  notes: z.record(z.string().check(z.maxLength(8)), z.string().check(z.maxLength(10))),
  kind: z.literal('x'),
  either: z.union([z.string(), z.number()]),
  flag: z.boolean(),
  date: z.iso.date(),
  strict: z.strictObject({ id: z.string().check(z.regex(/^[a-z]+$/)) }),
  pair: z.tuple([z.string(), z.number()]),
});
const sinkExample = {
  name: 'Sari',
  count: 3,
  ratio: null,
  tags: ['a'],
  notes: { k: 'v' },
  kind: 'x',
  either: 2,
  flag: true,
  date: '2027-03-31',
  strict: { id: 'abc' },
  pair: ['p', 1],
};

describe('compileSchema agrees with zod', () => {
  it('on a schema that uses every supported keyword', () => {
    agree(kitchenSink, sinkExample);
    fc.assert(
      fc.property(mutations(sinkExample), (value) => agree(kitchenSink, value)),
      { numRuns: 500 },
    );
  });

  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => agree(kitchenSink, value)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => agree(demoSchema, value)),
      { numRuns: 300 },
    );
  });

  it('drops unknown keys like z.object, refuses them like z.strictObject', () => {
    expect(compileSchema(jsonSchemaOf(demoSchema)).safeParse({ title: 't', notes: [], evil: '<script>' })).toEqual({
      success: true,
      data: { title: 't', notes: [] },
    });
    expect(
      compileSchema(jsonSchemaOf(kitchenSink)).safeParse({ ...sinkExample, strict: { id: 'a', more: 1 } }).success,
    ).toBe(false);
  });

  it('refuses what it cannot check instead of letting it through', () => {
    expect(() => compileSchema({ type: 'string', format: 'email', contentMediaType: 'text/html' })).toThrow(
      /contentMediaType/,
    );
    expect(() => jsonSchemaOf(z.custom<string>(() => true) as z.ZodMiniType)).toThrow();
  });
});

/** Every tool's state schema (`src/tools/<key>/schema.ts` exports `stateSchema`, optionally `examples`). */
const tools = import.meta.glob<{ stateSchema: z.ZodMiniType; examples?: Record<string, unknown> }>(
  '/src/tools/*/schema.ts',
  { eager: true },
);

describe.each(Object.entries(tools))('the state schema of %s', (_, mod) => {
  it('converts to JSON Schema the browser can check', () => {
    expect(() => compileSchema(jsonSchemaOf(mod.stateSchema))).not.toThrow();
  });

  it('gets the same verdicts from zod and from the compiled schema', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => agree(mod.stateSchema, value)),
      { numRuns: 200 },
    );
    for (const example of Object.values(mod.examples ?? {})) {
      agree(mod.stateSchema, example);
      fc.assert(
        fc.property(mutations(example), (value) => agree(mod.stateSchema, value)),
        { numRuns: 200 },
      );
    }
  });
});
