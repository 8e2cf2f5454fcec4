import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { nameSlug, outlineBytes, outlineFileName, xmlSafe } from '../../src/tools/mou-checklist/docx';
import { withNote } from '../../src/tools/mou-checklist/edit';
import { selectClauses } from '../../src/tools/mou-checklist/model';
import { openQuestions } from '../../src/tools/mou-checklist/open-questions';
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

/** Generates the outline (as the page in `lang` would), unzips it and returns its parts and text, entities decoded. */
async function openOutline(state: MouState, goals: GoalTerms | null = null, lang: Locale = 'id') {
  const clauses = selectClauses(library, state.answers);
  const open = openQuestions(library, state.answers);
  const files = unzipSync(await outlineBytes({ state, clauses, open, goals, lang }));
  expect(Object.keys(files)).toContain('word/document.xml');
  const xml = strFromU8(files['word/document.xml']!);
  const styles = strFromU8(files['word/styles.xml']!);
  const numbering = strFromU8(files['word/numbering.xml']!);
  const core = strFromU8(files['docProps/core.xml']!);
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!));
  return { xml, styles, numbering, core, runs, text: runs.join('\n'), clauses, open };
}

/** Every table row of document.xml (nested tables included), with its properties and its paragraphs. */
function tableRows(xml: string) {
  return xml
    .split('<w:tr>')
    .slice(1)
    .map((row) => ({
      props: /^<w:trPr>(.*?)<\/w:trPr>/.exec(row)?.[1] ?? '',
      text: decode([...row.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')),
    }));
}

/** What follows the closing sentence: the signature block, as paragraphs. */
const afterClosing = (xml: string, closing: string) =>
  paragraphs(xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf(closing))));

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

  it('says in the stamp boxes that an electronically signed MoU takes an electronic stamp on the file', async () => {
    const { text } = await openOutline(stateWith({ signingOnline: 'yes' }));
    expect(text).toContain('Meterai elektronik Rp10.000 pada berkas yang ditandatangani');
    expect(text).not.toContain('Meterai Rp10.000');
    const paper = await openOutline(stateWith({ signingOnline: 'no' }));
    expect(paper.text).toContain('Meterai Rp10.000');
    expect(paper.text).not.toContain('Meterai elektronik');
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
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['PERJANJIAN KERJA SAMA']);
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

describe('the signature block', () => {
  it('carries each signer’s name and position as typed, under a line, with the party’s name', async () => {
    const state: MouState = {
      ...examples.candleAndIllustrator,
      parties: {
        ...examples.candleAndIllustrator.parties,
        second: { ...examples.candleAndIllustrator.parties.second, capacity: 'Ilustrator' },
      },
    };
    const { xml } = await openOutline(state);
    const block = afterClosing(xml, 'Demikian Perjanjian Kerja Sama ini');
    expect(block[0]!.text).toBe('Demikian Perjanjian Kerja Sama ini dibuat dan ditandatangani oleh Para Pihak.');
    const texts = block.map((p) => p.text);
    for (const expected of [
      'PIHAK PERTAMA',
      'Toko Lilin Putri',
      'Putri Wulandari',
      'Pemilik',
      'PIHAK KEDUA',
      'Bima Ilustrasi',
      'Bima Saputra',
      'Ilustrator',
    ])
      expect(texts, expected).toContain(expected);
    // No caption without a value, no blank where something was typed.
    expect(texts.join(' ')).not.toMatch(/Nama dan jabatan|\[nama dan jabatan\]|\[jabatan\]/);
  });

  it('leaves one blank per party, "[nama dan jabatan]", where nothing was typed; the one missing part otherwise', async () => {
    const { xml } = await openOutline(stateWith());
    const block = afterClosing(xml, 'Demikian ');
    expect(block.filter((p) => p.text === '[nama dan jabatan]')).toHaveLength(2);
    expect(block.filter((p) => p.text === '[nama pihak]')).toHaveLength(2);
    expect(block.map((p) => p.text).join(' ')).not.toMatch(/Nama dan jabatan/);
    // Every blank in the block is highlighted as a blank.
    for (const p of block.filter((x) => x.text.startsWith('['))) expect(p.runs.every((r) => r.highlighted)).toBe(true);

    const half: MouState = {
      ...stateWith(),
      parties: { first: { ...party('Toko'), signer: 'Putri' }, second: party('Bima') },
    };
    const halfBlock = afterClosing((await openOutline(half)).xml, 'Demikian ').map((p) => p.text);
    expect(halfBlock).toEqual(expect.arrayContaining(['Putri', '[jabatan]', '[nama dan jabatan]']));
  });

  it('in a bilingual outline, names both languages in each label and blank', async () => {
    const { xml } = await openOutline({
      ...stateWith({ foreignParty: 'yes' }),
      parties: {
        first: { ...party('CV Kopi'), signer: 'Bayu', capacity: 'Direktur' },
        second: party('Bean Traders Pte. Ltd.'),
      },
    });
    const block = afterClosing(xml, 'Demikian ').map((p) => p.text);
    expect(block).toEqual(
      expect.arrayContaining([
        'PIHAK PERTAMA / THE FIRST PARTY',
        'PIHAK KEDUA / THE SECOND PARTY',
        'Bayu',
        'Direktur',
        '[nama dan jabatan / name and position]',
      ]),
    );
  });

  it('stays on one page with the closing sentence: rows never split, and keep with what follows', async () => {
    // Indonesian only, and bilingual (the closing in both languages before the block).
    for (const state of [examples.candleAndIllustrator, examples.foreignReseller]) {
      const { xml } = await openOutline(state);
      const from = xml.lastIndexOf('<w:p>', xml.indexOf('Demikian '));
      const tail = xml.slice(from);
      const tbl = tail.indexOf('<w:tbl>');
      // The closing paragraph(s) before the block keep with the next paragraph and their lines together.
      const lead = [...tail.slice(0, tbl).matchAll(/<w:p>(.*?)<\/w:p>/g)];
      expect(lead.length).toBeGreaterThan(0);
      for (const p of lead) expect(p[1]).toMatch(/<w:keepNext\/>.*<w:keepLines\/>|<w:keepLines\/>.*<w:keepNext\/>/);
      // The block's rows: never split (the meterai boxes' neither); the first, labels and names,
      // keeps with the second, the boxes, lines and signers.
      const rows = tail.slice(tbl).split('<w:tr>').slice(1);
      for (const row of rows) expect(row).toMatch(/^<w:trPr><w:cantSplit\/>/);
      const outer = tail
        .slice(tbl)
        .split(/<w:tr>(?=<w:trPr><w:cantSplit\/><\/w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="45)/);
      expect(outer.length - 1).toBe(2);
      const head = [...outer[1]!.matchAll(/<w:p>(.*?)<\/w:p>/g)];
      expect(head).toHaveLength(4);
      for (const p of head) expect(p[1]).toContain('<w:keepNext/>');
      // Its first element is a paragraph (a row that starts with a nested table does not keep).
      expect(outer[1]).toMatch(/^<w:trPr><w:cantSplit\/><\/w:trPr><w:tc><w:tcPr>.*?<\/w:tcPr><w:p>/);
    }
  });
});

describe('rows, pages and titles', () => {
  it('never lets a table row split across pages (every row of every table, notes included)', async () => {
    const state = withNote(withNote(examples.foreignReseller, 'roles', 'Catatan panjang\n'.repeat(20)), 'ip', 'x');
    for (const lang of ['id', 'en'] as const) {
      const { xml } = await openOutline(state, null, lang);
      const rows = tableRows(xml);
      expect(rows.length).toBeGreaterThan(20);
      for (const row of rows) expect(row.props, row.text.slice(0, 60)).toContain('<w:cantSplit/>');
    }
  });

  it('keeps an article’s heading with its wording, and the wording with its note', async () => {
    const state = withNote(examples.candleAndIllustrator, 'roles', 'Bima mengurus kemasan');
    const all = [...(await openOutline(state)).xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!);
    const note = all.findIndex((p) => p.includes('Bima mengurus kemasan'));
    expect(all[note]).toContain('<w:keepLines/>');
    expect(all[note - 1]).toContain('<w:keepNext/>');
    expect(all[note - 2]).toContain('<w:pStyle w:val="Heading2"/>');
    expect(all[note - 2]).toContain('<w:keepNext/>');
  });

  it('titles a binding agreement PERJANJIAN KERJA SAMA and a statement of intent NOTA KESEPAHAMAN', async () => {
    const cases = [
      ['agreement', 'id', 'PERJANJIAN KERJA SAMA', 'Perjanjian Kerja Sama'],
      ['intent', 'id', 'NOTA KESEPAHAMAN', 'Nota Kesepahaman'],
      ['agreement', 'en', 'PERJANJIAN KERJA SAMA / PARTNERSHIP AGREEMENT', 'Partnership Agreement'],
      ['intent', 'en', 'NOTA KESEPAHAMAN / MEMORANDUM OF UNDERSTANDING', 'Memorandum of Understanding'],
    ] as const;
    for (const [binding, lang, title, name] of cases) {
      const state = stateWith({ binding });
      const { xml, text, core } = await openOutline(state, null, lang);
      const heading = paragraphs(xml).filter((p) => p.style === 'Heading1');
      expect(
        heading.map((p) => p.text),
        `${binding} ${lang}`,
      ).toEqual([title]);
      expect(heading[0]!.runs.some((r) => r.highlighted)).toBe(false);
      expect(text).toContain(name);
      expect(core).toContain(`<dc:title>${title}</dc:title>`);
    }
  });

  it('leaves the title a blank while the reader has not said whether it binds', async () => {
    const { xml } = await openOutline(stateWith());
    const heading = paragraphs(xml).filter((p) => p.style === 'Heading1');
    expect(heading.map((p) => p.text)).toEqual(['[NOTA KESEPAHAMAN / PERJANJIAN KERJA SAMA]']);
    expect(heading[0]!.runs.every((r) => r.highlighted)).toBe(true);
  });

  it('calls a binding agreement an agreement in its articles, and keeps only the chosen option', async () => {
    const agreement = await openOutline(stateWith({ binding: 'agreement' }));
    // (Other clauses offer options inside a blank, "[Pilihan A: … / Pilihan B: …]": those stay.)
    expect(agreement.text).not.toMatch(/MoU ini|\[Pilihan [AB]\]/);
    expect(agreement.text).toContain('Perjanjian ini merupakan perjanjian yang sah');
    expect(agreement.text).not.toContain('tidak menimbulkan kewajiban hukum');
    const intent = await openOutline(stateWith({ binding: 'intent' }));
    expect(intent.text).toContain('MoU ini merupakan pernyataan kesepahaman');
    expect(intent.text).not.toMatch(/\[Pilihan [AB]\]|merupakan perjanjian yang sah/);
    const open = await openOutline(stateWith());
    expect(open.text).toContain('[Pilihan A]');
    expect(open.text).toContain('[Pilihan B]');
  });

  it('says which questions are unanswered and what they could add, and nothing once all are answered', async () => {
    const fresh = await openOutline(stateWith());
    const note = paragraphs(fresh.xml).find(
      (p) => p.style === 'MitraNote' && p.text.startsWith('Belum semua pertanyaan'),
    );
    expect(note?.text).toContain('(9 dari 9)');
    for (const id of ['payment', 'personal-data', 'exclusivity', 'language-law', 'e-signature'])
      expect(note?.text, id).toContain(library.find((c) => c.id === id)!.text.id.title);
    const done = await openOutline(examples.candleAndIllustrator);
    expect(done.text).not.toContain('Belum semua pertanyaan');
    const english = await openOutline(stateWith(), null, 'en');
    expect(english.text).toContain('Not every question of the MoU clause checklist is answered yet (9 of 9)');
  });

  it('holds the Indonesian text on the English page too, with the English beside it', async () => {
    const { xml, clauses } = await openOutline(stateWith({ foreignParty: 'no' }), null, 'en');
    const all = paragraphs(xml);
    expect(all.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(clauses.map((c) => c.text.id.title));
    expect(all.filter((p) => p.style === 'ArticleEnglish').map((p) => p.text)).toEqual(
      clauses.map((c) => c.text.en.title),
    );
  });

  it('names no "Un-named" author: no author at all, a title and a description that say what it is', async () => {
    const { core } = await openOutline(examples.candleAndIllustrator);
    expect(core).not.toContain('Un-named');
    expect(core).not.toContain('<dc:creator>');
    expect(core).not.toContain('<cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>PERJANJIAN KERJA SAMA antara Toko Lilin Putri dan Bima Ilustrasi</dc:title>');
    expect(core).toMatch(/<dc:description>Kerangka untuk dibahas/);
    // Without names, the title is the kind of document alone (no blanks in the file's properties).
    expect((await openOutline(stateWith())).core).toContain(
      '<dc:title>NOTA KESEPAHAMAN / PERJANJIAN KERJA SAMA</dc:title>',
    );
  });

  it('writes the description of the "other" kind into the wording', async () => {
    const state = { ...stateWith({ kinds: ['co-marketing', 'other'] }), otherKind: 'sewa lapak bersama' };
    const { text } = await openOutline(state);
    expect(text).toContain('bekerja sama dalam pemasaran bersama dan sewa lapak bersama');
    expect(text).not.toContain('[bentuk kerja sama lain]');
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
    expect(outlineFileName(stateWith({ binding: 'agreement' }), 'id')).toBe('kerangka-perjanjian-kerja-sama.docx');
  });

  it('never cuts a party’s name mid-word in the file name', () => {
    expect(nameSlug('Toko Lilin Putri Sejahtera Abadi Makmur')).toBe('toko-lilin-putri-sejahtera');
    expect(nameSlug('Dimas Creative Studio Pte. Ltd.')).toBe('dimas-creative-studio-pte-ltd');
    expect(nameSlug('Perusahaanyangnamanyasangatpanjangsekali Jaya')).toBe('perusahaanyangnamanyasangatpanjangsekali');
    expect(nameSlug('  ')).toBe('');
    const name = 'Koperasi Produsen Kerajinan Nusantara Sejahtera';
    const file = outlineFileName({ ...stateWith(), parties: { first: party(name), second: party('') } }, 'id');
    const words = name.toLowerCase().split(' ');
    for (const piece of file.replace(/^kerangka-mou-|\.docx$/g, '').split('-')) expect(words).toContain(piece);
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
