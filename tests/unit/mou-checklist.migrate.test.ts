import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/tools/kit/files';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { decodeShare, encodeShare } from '../../src/tools/kit/share';
import { withJsonSchema } from '../../src/tools/kit/spec';
import { createStore } from '../../src/tools/kit/storage';
import { unansweredQuestions } from '../../src/tools/mou-checklist/model';
import { stateSchema, type MouState } from '../../src/tools/mou-checklist/schema';
import { migrate, mouChecklist } from '../../src/tools/mou-checklist/tool';
import { version1, version2 } from '../fixtures/mou';

/** The tool as the browser opens outside data: the JSON Schema check, not zod. */
const spec = withJsonSchema(mouChecklist, jsonSchemaOf(stateSchema));
/** An earlier version of the tool, to write a share link exactly as it did. */
const older = (version: number) => ({
  ...spec,
  version,
  migrate: undefined,
  schema: { safeParse: (v: unknown) => ({ success: true as const, data: v }) },
});

const noParty = { address: '', registration: '', signer: '', capacity: '' };

/** Version 1's checklist as version 3 holds it: the names in the party blocks, the answers as they were. */
const expected1: MouState = {
  ...(version1.state as unknown as MouState),
  parties: {
    first: { name: 'Toko Lilin Putri', ...noParty },
    second: { name: 'Bima Ilustrasi', ...noParty },
  },
  answers: { ...(version1.state.answers as MouState['answers']), binding: null },
  otherKind: '',
};

/** Version 2's checklist as version 3 holds it: its answers kept, the new question open. */
const expected2: MouState = {
  ...(version2.state as unknown as MouState),
  answers: { ...(version2.state.answers as MouState['answers']), binding: null },
  otherKind: '',
};

/** Opens an autosave entry the way the page does. */
function fromStorage(entry: string) {
  const storage = new Map<string, string>([['mitra:mou-checklist', entry]]);
  const store = createStore(spec, () => ({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  }));
  const loaded = store.load();
  return loaded.ok ? loaded.value?.state : undefined;
}

describe('earlier versions of the checklist keep opening in version 3, answers intact', () => {
  it('is version 3, with a migration that keeps every answer and leaves the new question open', () => {
    expect(mouChecklist.version).toBe(3);
    expect(migrate(version1.state, 1)).toEqual(expected1);
    expect(migrate(version2.state, 2)).toEqual(expected2);
    // The old answers are all there: only the new question is unanswered.
    expect(unansweredQuestions(expected2.answers)).toEqual(['binding']);
  });

  for (const [name, fixture, expected] of [
    ['version 1', version1, expected1],
    ['version 2', version2, expected2],
  ] as const) {
    it(`opens a file saved by ${name}: names, answers, ticks and notes intact`, () => {
      expect(parseJsonText(fixture.file, spec)).toEqual({ ok: true, value: expected });
    });

    it(`opens the autosave of ${name}`, () => {
      expect(fromStorage(fixture.stored)).toEqual(expected);
    });

    it(`opens a share link made by ${name}`, async () => {
      const version = fixture === version1 ? 1 : 2;
      const link = await encodeShare(older(version) as never, fixture.state);
      expect(await decodeShare(`#${link}`, spec)).toEqual({ ok: true, value: expected });
    });
  }

  it('keeps what version 2 data already holds of version 3’s fields', () => {
    const state = {
      ...version2.state,
      otherKind: 'sewa lapak',
      answers: { ...version2.state.answers, binding: 'intent' },
    };
    expect(migrate(state, 2)).toMatchObject({ otherKind: 'sewa lapak', answers: { binding: 'intent', money: 'yes' } });
  });

  it('refuses, without throwing, an old state that was broken to begin with', () => {
    for (const junk of [null, 'x', [], { parties: 'x' }, { ...version1.state, parties: { first: 5, second: '' } }]) {
      for (const from of [1, 2]) {
        expect(() => migrate(junk, from)).not.toThrow();
        expect(spec.schema.safeParse(migrate(junk, from)).success).toBe(false);
      }
    }
    expect(spec.schema.safeParse(migrate({ ...version2.state, answers: 'x' }, 2)).success).toBe(false);
  });

  it('leaves version 3 data alone', () => {
    expect(migrate(expected2, 3)).toBe(expected2);
  });
});
