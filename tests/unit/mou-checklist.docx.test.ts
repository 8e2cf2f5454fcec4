import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { outlineBytes, outlineFileName, xmlSafe } from '../../src/tools/mou-checklist/docx';
import { selectClauses, withNote } from '../../src/tools/mou-checklist/model';
import type { MouState } from '../../src/tools/mou-checklist/schema';
import { hostileNote, stateWith } from '../fixtures/mou';
import { loadLibrary } from '../fixtures/content';

const library = loadLibrary();

/** Generates the outline, unzips it and returns word/document.xml and its text, entities decoded. */
async function openOutline(state: MouState) {
  const clauses = selectClauses(library, state.answers);
  const files = unzipSync(await outlineBytes({ state, clauses }));
  expect(Object.keys(files)).toContain('word/document.xml');
  const xml = strFromU8(files['word/document.xml']!);
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!));
  return { xml, runs, text: runs.join('\n'), clauses };
}

describe('the .docx MoU outline', () => {
  it('holds every selected clause as a numbered article, in Indonesian only without a foreign party', async () => {
    const state = withNote(stateWith({ kinds: ['reselling'], customerData: 'yes' }), 'roles', 'Bima mengurus kemasan');
    state.parties = { first: 'Toko Lilin Putri', second: 'Bima Ilustrasi' };
    state.date = '2027-03-31';
    const { runs, text, clauses } = await openOutline(state);
    for (const [i, clause] of clauses.entries()) {
      expect(runs, clause.id).toContain(clause.text.id.title);
      expect(runs).toContain(`Pasal ${i + 1}`);
      expect(runs, `${clause.id} is Indonesian only`).not.toContain(clause.text.en.title);
    }
    expect(runs).not.toContain(`Pasal ${clauses.length + 1}`);
    expect(text).toContain('Bima mengurus kemasan');
    expect(text).toContain('Toko Lilin Putri');
    expect(text).toContain('31 Maret 2027');
    expect(text).toContain('Meterai Rp10.000');
    expect(text).toContain('NOTA KESEPAHAMAN');
  });

  it('sets Indonesian and English side by side when a foreign party is involved', async () => {
    const { xml, runs, clauses } = await openOutline(stateWith({ foreignParty: 'yes' }));
    expect(clauses.map((c) => c.id)).toContain('language-law');
    for (const [i, clause] of clauses.entries()) {
      expect(runs, clause.id).toContain(clause.text.id.title);
      expect(runs, clause.id).toContain(clause.text.en.title);
      expect(runs).toContain(`Article ${i + 1}`);
    }
    expect(xml).toMatch(/<w:gridCol w:w="\d+"\/><w:gridCol w:w="\d+"\/>/);
    expect(runs.join(' ')).toContain('MEMORANDUM OF UNDERSTANDING');
  });

  it('also goes bilingual when the reader asks for the English column', async () => {
    const { runs, clauses } = await openOutline({ ...stateWith(), englishColumn: true });
    expect(runs).toContain(clauses[0]!.text.en.title);
  });

  it('keeps the reader’s notes intact and escaped, line breaks included', async () => {
    let state = withNote(stateWith(), 'ip', hostileNote);
    state = withNote(state, 'duration', 'Enam bulan\nlalu evaluasi');
    state.parties = { first: '<Toko & "Kita">', second: 'Tom\u0000\u0007’s' };
    const { xml, text, runs } = await openOutline(state);
    expect(runs).toContain(hostileNote);
    expect(xml).not.toContain(hostileNote);
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&lt;b&gt;&amp;');
    expect(text).toContain('Enam bulan');
    expect(text).toContain('lalu evaluasi');
    expect(xml).toMatch(/Enam bulan<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>lalu evaluasi/);
    expect(text).toContain('<Toko & "Kita">');
    expect(text).toContain('Tom’s');
    // The reader's control characters must not reach the XML (Word refuses such a file).
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });

  it('leaves blanks for missing names and date', async () => {
    const { text } = await openOutline(stateWith());
    expect(text).toContain('[nama pihak]');
    expect(text).toContain('[tanggal]');
  });
});

describe('outline helpers', () => {
  it('strips characters XML 1.0 forbids and nothing else', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\uFFFEf\uD800g😀')).toBe('abc\td\nefg😀');
  });

  it('names the file after the parties, in plain ASCII', () => {
    const state = { ...stateWith(), parties: { first: 'Toko Lilin Putri', second: 'Café Bima!' } };
    expect(outlineFileName(state, 'id')).toBe('kerangka-mou-toko-lilin-putri-cafe-bima.docx');
    expect(outlineFileName(stateWith(), 'en')).toBe('mou-outline.docx');
  });
});
