import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/tools/kit/files';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { decodeShare, encodeShare } from '../../src/tools/kit/share';
import { withJsonSchema } from '../../src/tools/kit/spec';
import { createStore } from '../../src/tools/kit/storage';
import { stateSchema, type MouState } from '../../src/tools/mou-checklist/schema';
import { migrate, mouChecklist } from '../../src/tools/mou-checklist/tool';
import { version1 } from '../fixtures/mou';

/** The tool as the browser opens outside data: the JSON Schema check, not zod. */
const spec = withJsonSchema(mouChecklist, jsonSchemaOf(stateSchema));
/** Version 1 of the tool, to write a share link exactly as it did. */
const specV1 = {
  ...spec,
  version: 1,
  migrate: undefined,
  schema: { safeParse: (v: unknown) => ({ success: true as const, data: v }) },
};

const expected: MouState = {
  ...(version1.state as unknown as MouState),
  parties: {
    first: { name: 'Toko Lilin Putri', address: '', registration: '', signer: '', capacity: '' },
    second: { name: 'Bima Ilustrasi', address: '', registration: '', signer: '', capacity: '' },
  },
};

describe('version 1 of the checklist keeps opening in version 2', () => {
  it('is version 2, with a migration', () => {
    expect(mouChecklist.version).toBe(2);
    expect(migrate(version1.state, 1)).toEqual(expected);
  });

  it('opens a file saved by version 1, names, answers, ticks and notes intact', () => {
    expect(parseJsonText(version1.file, spec)).toEqual({ ok: true, value: expected });
  });

  it('opens the autosave of version 1', () => {
    const storage = new Map<string, string>([['mitra:mou-checklist', version1.stored]]);
    const store = createStore(spec, () => ({
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    }));
    const loaded = store.load();
    expect(loaded.ok && loaded.value?.state).toEqual(expected);
  });

  it('opens a share link made by version 1', async () => {
    const link = await encodeShare(specV1 as never, version1.state);
    expect(await decodeShare(`#${link}`, spec)).toEqual({ ok: true, value: expected });
  });

  it('refuses, without throwing, a version 1 state that was broken to begin with', () => {
    for (const junk of [null, 'x', [], { parties: 'x' }, { ...version1.state, parties: { first: 5, second: '' } }]) {
      expect(() => migrate(junk, 1)).not.toThrow();
      expect(spec.schema.safeParse(migrate(junk, 1)).success).toBe(false);
    }
  });

  it('leaves version 2 data alone', () => {
    expect(migrate(expected, 2)).toBe(expected);
  });
});
