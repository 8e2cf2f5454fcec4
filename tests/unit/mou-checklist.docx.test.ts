import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { outlineBytes, outlineFileName, xmlSafe } from '../../src/tools/mou-checklist/docx';
import { selectClauses, withNote } from '../../src/tools/mou-checklist/model';
import { examples, type MouState } from '../../src/tools/mou-checklist/schema';
import { hostileNote, stateWith } from '../fixtures/mou';
import { loadLibrary } from '../fixtures/content';
import type { GoalTerms } from '../../src/tools/mou-checklist/wording';

const library = loadLibrary();

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Generates the outline, unzips it and returns word/document.xml and its text, entities decoded. */
async function openOutline(state: MouState, goals: GoalTerms | null = null) {
  const clauses = selectClauses(library, state.answers);
  const files = unzipSync(await outlineBytes({ state, clauses, goals }));
  expect(Object.keys(files)).toContain('word/document.xml');
  const xml = strFromU8(files['word/document.xml']!);
  const styles = strFromU8(files['word/styles.xml']!);
  const numbering = strFromU8(files['word/numbering.xml']!);
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!));
  return { xml, styles, numbering, runs, text: runs.join('\n'), clauses };
}

/** The paragraphs of document.xml with their style id and text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
      numbered: body.includes('<w:numPr>'),
      text: decode([...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      /** Each run's text, and whether it is highlighted (a blank to fill). */
      runs: [...body.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((r) => ({
        text: decode(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/.exec(r[1]!)?.[1] ?? ''),
        highlighted: r[1]!.includes('<w:highlight w:val="yellow"/>'),
      })),
    };
  });
}

const party = (name: string) => ({ name, address: '', registration: '', signer: '', capacity: '' });

describe('the .docx MoU outline', () => {
  it('holds every selected clause as a numbered article, in Indonesian only without a foreign party', async () => {
    const state = withNote(stateWith({ kinds: ['reselling'], customerData: 'yes' }), 'roles', 'Bima mengurus kemasan');
    state.parties = { first: party('Toko Lilin Putri'), second: party('Bima Ilustrasi') };
    state.date = '2027-03-31';
    const { xml, runs, text, clauses, numbering } = await openOutline(state);
    // One Heading 2 per article, in order, numbered by Word as "Pasal 1", "Pasal 2", …
    const articles = paragraphs(xml).filter((p) => p.style === 'Heading2');
    expect(articles.map((p) => p.text)).toEqual(clauses.map((c) => c.text.id.title));
    expect(articles.every((p) => p.numbered)).toBe(true);
    expect(numbering).toContain('<w:lvlText w:val="Pasal %1"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    for (const clause of clauses) {
      expect(runs, `${clause.id} is Indonesian only`).not.toContain(clause.text.en.title);
    }
    expect(text).toContain('Bima mengurus kemasan');
    expect(text).toContain('Toko Lilin Putri');
    expect(text).toContain('31 Maret 2027');
    expect(text).toContain('Meterai Rp10.000');
    expect(text).toContain('NOTA KESEPAHAMAN');
  });

  it('sets Indonesian and English side by side when a foreign party is involved', async () => {
    const { xml, runs, clauses, numbering } = await openOutline(stateWith({ foreignParty: 'yes' }));
    expect(numbering).toContain('<w:lvlText w:val="Article %1"/>');
    expect(clauses.map((c) => c.id)).toContain('language-law');
    const all = paragraphs(xml);
    // Each article listed once in the navigation pane (the Indonesian heading), the English
    // heading beside it numbered alongside.
    expect(all.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(clauses.map((c) => c.text.id.title));
    expect(all.filter((p) => p.style === 'ArticleEnglish').map((p) => p.text)).toEqual(
      clauses.map((c) => c.text.en.title),
    );
    for (const clause of clauses) expect(runs, clause.id).toContain(clause.text.en.title);
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
    state.parties = { first: party('<Toko & "Kita">'), second: party('Tom\u0000\u0007’s') };
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

  it('uses Word’s own styles: Heading 1 for the title, Heading 2 per article, a note style for notes', async () => {
    const { xml, styles } = await openOutline(examples.candleAndIllustrator);
    const all = paragraphs(xml);
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['NOTA KESEPAHAMAN']);
    // The styles carry Word's names and outline levels, so the navigation pane and a table of
    // contents list the title and the articles.
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="Heading1"[^>]*>.*?<w:name w:val="Heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/s,
    );
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="Heading2"[^>]*>.*?<w:name w:val="Heading 2"\/>.*?<w:outlineLvl w:val="1"\/>/s,
    );
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="MitraNote"[^>]*>.*?<w:name w:val="Catatan \(Note\)"\/>/s,
    );
    // Notes are in the note style, labelled, and never in an article's wording paragraph.
    const notes = all.filter((p) => p.style === 'MitraNote');
    expect(notes.map((p) => p.text)).toEqual(
      examples.candleAndIllustrator.clauses
        .filter((c) => selectClauses(library, examples.candleAndIllustrator.answers).some((s) => s.id === c.id))
        .sort((a, b) => all.findIndex((p) => p.text.includes(a.note)) - all.findIndex((p) => p.text.includes(b.note)))
        .map((c) => `Catatan: ${c.note}`),
    );
  });

  it('opens with a party block per party and fills the sample wording, blanks highlighted', async () => {
    const { xml, text } = await openOutline(examples.candleAndIllustrator);
    expect(text.replace(/\n/g, '')).toContain(
      '1. Putri Wulandari, Pemilik, dalam hal ini bertindak untuk dan atas nama Toko Lilin Putri, beralamat di Jl. Kaliurang Km 5 No. 12, Sleman, DI Yogyakarta, NIB 9120001234567, selanjutnya disebut PIHAK PERTAMA;',
    );
    const scope = paragraphs(xml).find((p) => p.text.startsWith('PIHAK PERTAMA dan PIHAK KEDUA sepakat'));
    expect(scope?.text).toContain(
      'bekerja sama dalam pemasaran bersama dan pengembangan produk bersama untuk [produk/jasa]',
    );
    // The articles use the defined terms: the opening has the names.
    expect(scope?.text).not.toContain('(Toko Lilin Putri)');
    // A blank is highlighted; filled-in text is not.
    expect(scope?.runs.filter((r) => r.highlighted).map((r) => r.text)).toEqual([
      '[produk/jasa]',
      '[tujuan SMART, misalnya menaikkan penjualan bersama sebesar 20% dalam enam bulan]',
    ]);
    const second = paragraphs(xml).find((p) => p.text.startsWith('2. '));
    expect(second?.text).toBe(
      '2. Bima Saputra, [jabatan], dalam hal ini bertindak untuk dan atas nama Bima Ilustrasi, beralamat di [alamat], NIB/NIK [nomor], selanjutnya disebut PIHAK KEDUA.',
    );
  });
});

describe('outline helpers', () => {
  it('strips characters XML 1.0 forbids and nothing else', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\uFFFEf\uD800g😀')).toBe('abc\td\nefg😀');
  });

  it('names the file after the parties, in plain ASCII', () => {
    const state = { ...stateWith(), parties: { first: party('Toko Lilin Putri'), second: party('Café Bima!') } };
    expect(outlineFileName(state, 'id')).toBe('kerangka-mou-toko-lilin-putri-cafe-bima.docx');
    expect(outlineFileName(stateWith(), 'en')).toBe('mou-outline.docx');
  });
});

describe('the .docx outline with SMART goals saved on the device', () => {
  it('puts their KPIs and review cadence into the KPI article, in both languages', async () => {
    const goals: GoalTerms = { kpis: [{ metric: 'Omzet per bulan', target: 'Rp 4.500.000' }], cadence: 'monthly' };
    const state: MouState = {
      ...examples.candleAndIllustrator,
      answers: { ...examples.candleAndIllustrator.answers, foreignParty: 'yes' },
    };
    const without = await openOutline(state);
    const { text } = await openOutline(state, goals);
    expect(without.text).toContain('[daftar KPI dan target]');
    expect(text).not.toContain('[daftar KPI dan target]');
    expect(text).toContain('Omzet per bulan dengan target Rp 4.500.000');
    expect(text).toContain('evaluasi setiap bulan');
    expect(text).toContain('Omzet per bulan with a target of Rp 4.500.000');
    expect(text).toContain('a review every month');
  });
});
