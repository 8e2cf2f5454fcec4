import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, fromBase64Url, toBase64Url } from '../../src/tools/kit/encoding';
import { exportFileName, MAX_IMPORT_BYTES, parseJsonText, readJsonFile, toJsonText } from '../../src/tools/kit/files';
import { mdTable, mdText } from '../../src/tools/kit/markdown';
import { decodeShare, encodeShare } from '../../src/tools/kit/share';
import { openEnvelope } from '../../src/tools/kit/spec';
import { createStore, storageKey } from '../../src/tools/kit/storage';
import { demoSpec, fakeStorage, type DemoState } from '../fixtures/demo-tool';
import { runs } from '../helpers/fast-check';

const demoState = fc.record({
  title: fc.string({ maxLength: 80 }),
  notes: fc.array(fc.string({ maxLength: 200 }), { maxLength: 20 }),
}) satisfies fc.Arbitrary<DemoState>;

const shareErrors = [
  'share-malformed',
  'share-tampered',
  'share-wrong-tool',
  'share-unsupported-version',
  'share-invalid',
];

/** A `j` (uncompressed) share fragment with a correct checksum around any JSON text. */
const plainFragment = (json: string) => `#share=j${toBase64Url(new TextEncoder().encode(json))}.${fnv1a(json)}`;

describe('share links', () => {
  it('give back exactly the state they were made from', async () => {
    await fc.assert(
      fc.asyncProperty(demoState, async (state) => {
        const fragment = await encodeShare(demoSpec, state);
        expect(await decodeShare(`#${fragment}`, demoSpec)).toEqual({ ok: true, value: state });
      }),
      { numRuns: runs(0.6) },
    );
  });

  it('are compact: a full demo state fits in a short link', async () => {
    const state = {
      title: 'Toko Batik Sari',
      notes: Array.from({ length: 10 }, () => 'Reputasi baik, pengiriman tepat waktu, harga bersaing.'),
    };
    const fragment = await encodeShare(demoSpec, state);
    expect(fragment.length).toBeLessThan(JSON.stringify(state).length / 2);
  });

  it('ignore a fragment that is not a share link', async () => {
    expect(await decodeShare('', demoSpec)).toEqual({ ok: true, value: undefined });
    expect(await decodeShare('#main', demoSpec)).toEqual({ ok: true, value: undefined });
  });

  it('turn any string into a state or a typed error, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#share=${s}`),
          fc.string().map((s) => `#share=z${s}.0badf00d`),
        ),
        async (hash) => {
          const result = await decodeShare(hash, demoSpec);
          if (!result.ok) expect(shareErrors).toContain(result.error);
        },
      ),
      { numRuns: runs(3) },
    );
  });

  it('refuse a link that was edited, cut, or made for something else', async () => {
    const fragment = await encodeShare(demoSpec, { title: 'Kopi Bayu', notes: ['pasokan mingguan'] });
    const [data, checksum] = fragment.slice('share='.length).split('.') as [string, string];
    const flipped = data.slice(0, 10) + (data[10] === 'A' ? 'B' : 'A') + data.slice(11);
    const edited = await decodeShare(`#share=${flipped}.${checksum}`, demoSpec);
    expect(edited.ok).toBe(false);
    expect(['share-tampered', 'share-malformed']).toContain(!edited.ok && edited.error);
    expect(await decodeShare(`#share=${data}.00000000`, demoSpec)).toEqual({ ok: false, error: 'share-tampered' });
    expect(await decodeShare(`#share=${data.slice(0, data.length - 6)}`, demoSpec)).toEqual({
      ok: false,
      error: 'share-malformed',
    });
    expect(await decodeShare(plainFragment(JSON.stringify({ tool: 'other', v: 2, state: {} })), demoSpec)).toEqual({
      ok: false,
      error: 'share-wrong-tool',
    });
    expect(await decodeShare(plainFragment(JSON.stringify({ tool: 'demo', v: 9, state: {} })), demoSpec)).toEqual({
      ok: false,
      error: 'share-unsupported-version',
    });
    // A checksum that matches but a state that breaks the schema (e.g. a hand-made link).
    const huge = JSON.stringify({ tool: 'demo', v: 2, state: { title: 'x'.repeat(81), notes: [] } });
    expect(await decodeShare(plainFragment(huge), demoSpec)).toEqual({ ok: false, error: 'share-invalid' });
  });
});

describe('envelopes', () => {
  it('migrate data from an older version through the tool', () => {
    expect(openEnvelope({ tool: 'demo', v: 1, state: { title: 'Lama', items: ['a'] } }, demoSpec)).toEqual({
      ok: true,
      value: { title: 'Lama', notes: ['a'] },
    });
  });

  it('refuse anything else without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = openEnvelope(data, demoSpec);
        if (!result.ok) expect(['wrong-tool', 'unsupported-version', 'invalid']).toContain(result.error);
      }),
    );
  });
});

describe('autosave store', () => {
  it('saves and loads the state with its time', () => {
    const storage = fakeStorage();
    const store = createStore(demoSpec, () => storage);
    expect(store.load()).toEqual({ ok: true, value: undefined });
    expect(store.save({ title: 'A', notes: ['b'] }, new Date('2026-11-28T08:00:00Z'))).toEqual({
      ok: true,
      value: true,
    });
    expect(store.load()).toEqual({
      ok: true,
      value: { state: { title: 'A', notes: ['b'] }, savedAt: '2026-11-28T08:00:00.000Z' },
    });
  });

  it('keeps unreadable data aside instead of deleting it', () => {
    const storage = fakeStorage({ [storageKey('demo')]: '{"tool":"demo","v":2,"state":{"title":5' });
    const store = createStore(demoSpec, () => storage);
    const loaded = store.load();
    expect(loaded).toMatchObject({
      ok: false,
      error: 'storage-corrupt',
      damaged: '{"tool":"demo","v":2,"state":{"title":5',
    });
    const aside = [...storage.data.keys()].filter((k) => k.startsWith('mitra:demo:damaged:'));
    expect(aside).toHaveLength(1);
    expect(storage.data.get(aside[0]!)).toBe('{"tool":"demo","v":2,"state":{"title":5');
    expect(storage.data.has(storageKey('demo'))).toBe(false);
  });

  it('reports blocked and full storage instead of throwing', () => {
    const blocked = createStore(demoSpec, () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(blocked.load()).toEqual({ ok: false, error: 'storage-unavailable' });
    expect(blocked.save({ title: '', notes: [] })).toEqual({ ok: false, error: 'storage-unavailable' });
    const storage = fakeStorage();
    storage.failWith = 'quota';
    expect(createStore(demoSpec, () => storage).save({ title: '', notes: [] })).toEqual({
      ok: false,
      error: 'storage-full',
    });
  });

  it('loads any stored string as a state or a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const store = createStore(demoSpec, () => fakeStorage({ [storageKey('demo')]: raw }));
        const loaded = store.load();
        if (!loaded.ok) expect(loaded.error).toBe('storage-corrupt');
      }),
    );
  });
});

describe('JSON files', () => {
  it('round-trip through export and import', () => {
    fc.assert(
      fc.property(demoState, (state) => {
        expect(parseJsonText(toJsonText(demoSpec, state), demoSpec)).toEqual({ ok: true, value: state });
      }),
    );
  });

  it('name the export after the tool and the day', () => {
    expect(exportFileName('partner-fit', 'json', new Date('2026-11-28T10:00:00Z'))).toBe(
      'mitra-partner-fit-2026-11-28.json',
    );
  });

  it('say what is wrong with a file that is not an export of this tool', async () => {
    expect(parseJsonText('not json', demoSpec)).toEqual({ ok: false, error: 'import-not-json' });
    expect(parseJsonText('{"tool":"smart-goal","v":1,"state":{}}', demoSpec)).toEqual({
      ok: false,
      error: 'import-wrong-tool',
    });
    expect(parseJsonText('{"tool":"demo","v":2,"state":{"notes":"x"}}', demoSpec)).toEqual({
      ok: false,
      error: 'import-invalid',
    });
    expect(parseJsonText('[1,2,3]', demoSpec)).toEqual({ ok: false, error: 'import-invalid' });
    const big = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    expect(await readJsonFile(big, demoSpec)).toEqual({ ok: false, error: 'import-too-large' });
    expect(await readJsonFile(new Blob([toJsonText(demoSpec, { title: 'T', notes: [] })]), demoSpec)).toEqual({
      ok: true,
      value: { title: 'T', notes: [] },
    });
  });
});

describe('Markdown summaries', () => {
  it('keep reader text as text', () => {
    expect(mdText('# <b>Toko*Ku*</b>')).toBe('\\# \\<b\\>Toko\\*Ku\\*\\</b\\>');
    expect(mdText('Rp1.500.000 per bulan')).toBe('Rp1.500.000 per bulan');
    expect(mdText('- satu\n- dua')).toBe('\\- satu - dua');
    expect(mdText('[klik](https://contoh.id)')).toBe('\\[klik\\](https://contoh.id)');
    expect(mdTable(['A', 'B'], [['1', mdText('x|y')]])).toBe('| A | B |\n| --- | --- |\n| 1 | x\\|y |');
  });

  it('never lets reader text open a block, a tag or a table cell', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = mdText(text);
        expect(out).not.toMatch(/\n/);
        expect(out).not.toMatch(/^([#>+=~-]|\d+[.)])/);
        expect(out).not.toMatch(/(^|[^\\])[<>|[\]`]/);
      }),
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('not base64!')).toBeUndefined();
  });
});
