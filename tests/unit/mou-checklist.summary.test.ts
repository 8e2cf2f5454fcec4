import { describe, expect, it } from 'vitest';
import dict from '../../src/tools/mou-checklist/i18n';
import type { Locale } from '../../src/i18n/locales';
import { withNote, withSettled } from '../../src/tools/mou-checklist/edit';
import { selectClauses } from '../../src/tools/mou-checklist/model';
import { openQuestions } from '../../src/tools/mou-checklist/open-questions';
import { examples, type MouState } from '../../src/tools/mou-checklist/schema';
import { labelled, shareSummary, summaryMarkdown } from '../../src/tools/mou-checklist/summary';
import { clauseViews } from '../../src/tools/mou-checklist/view';
import { hostileNote } from '../fixtures/mou';
import { loadLibrary } from '../fixtures/content';

const library = loadLibrary();

/** The summary as the page makes it: the selected clauses and the open questions of the page's language. */
function summary(state: MouState, lang: Locale) {
  const views = clauseViews(library, lang, () => undefined);
  return summaryMarkdown(
    state,
    selectClauses(views, state.answers),
    openQuestions(views, state.answers),
    dict[lang],
    lang,
  );
}

describe('the Markdown summary', () => {
  it('lists parties, date, answers and every selected clause as a task, grouped, with notes', () => {
    const state = examples.candleAndIllustrator;
    const selected = selectClauses(
      clauseViews(library, 'id', () => undefined),
      state.answers,
    );
    const md = summary(state, 'id');
    expect(md.split('\n')[0]).toBe('# Daftar Klausul MoU');
    // Each party's block as the page and the .docx write it; what is unknown stays a blank.
    expect(md).toContain(
      '## Kedua Pihak\n\n' +
        '1. Putri Wulandari, Pemilik, dalam hal ini bertindak untuk dan atas nama Toko Lilin Putri, ' +
        'beralamat di Jl. Kaliurang Km 5 No. 12, Sleman, DI Yogyakarta, NIB 9120001234567, ' +
        'selanjutnya disebut PIHAK PERTAMA;\n' +
        '2. Bima Saputra, [jabatan], dalam hal ini bertindak untuk dan atas nama Bima Ilustrasi, ' +
        'beralamat di [alamat], NIB/NIK [nomor], selanjutnya disebut PIHAK KEDUA.\n',
    );
    expect(md).toContain('- Tanggal: 31 Maret 2027');
    expect(md).toContain(`- ${dict.id['q.kinds']} Pemasaran bersama, Pengembangan produk bersama`);
    // A question is followed by its answer, never by "?:".
    expect(md).toContain(`- ${dict.id['q.money']} Ya`);
    expect(md).not.toContain('?:');
    for (const clause of selected) expect(md).toMatch(new RegExp(`- \\[[ x]\\] ${clause.text.id.title}`));
    expect(md).toContain(`- [x] ${selected.find((c) => c.id === 'duration')!.text.id.title}`);
    expect(md).toContain('  - Catatan: Rp3.000 untuk Bima per lilin terjual.');
    expect(md.indexOf('## Pokok: Selalu Dibutuhkan')).toBeLessThan(md.indexOf('## Dianjurkan'));
    expect(md).toContain('2 dari');
  });

  it('keeps reader text as text: no heading, tag or list can be injected', () => {
    let state = withNote(examples.empty, 'roles', `${hostileNote}\n# Pasal palsu\n- [x] sudah`);
    state = withSettled(
      { ...state, parties: { ...state.parties, first: { ...state.parties.first, name: '# <i>Toko</i>' } } },
      'roles',
      true,
    );
    const md = summary(state, 'en');
    expect(md).not.toMatch(/^# Pasal palsu/m);
    expect(md).not.toMatch(/^\s*- \[x\] sudah/m);
    expect(md).not.toContain('<b>');
    expect(md).toContain('\\<b\\>');
    // Inside the party's line a "#" is text; the tags are escaped.
    expect(md).toContain('acting for and on behalf of # \\<i\\>Toko\\</i\\>, of [address]');
    expect(md).not.toMatch(/^#+ <i>/m);
    expect(md).toContain('2. [name of the signer], [position], acting for and on behalf of [party name], of [address]');
    expect(md).toContain('- Date: _not fixed yet_');
  });
});

describe('unanswered questions and signatures in the Markdown summary', () => {
  it('says which questions are not answered yet and what each could add', () => {
    const md = summary(examples.empty, 'id');
    expect(md).toContain(`- ${dict.id['q.money']} Belum dijawab`);
    expect(md).toContain(`- ${dict.id['q.kinds']} Belum dijawab`);
    expect(md).toContain('## Belum Dijawab\n\n9 dari 9 pertanyaan belum dijawab.');
    const title = (id: string) => library.find((c) => c.id === id)!.text.id.title;
    expect(md).toContain(`- ${dict.id['q.customerData']} Dapat menambah: ${title('personal-data')}.`);
    expect(md).toContain(`- ${dict.id['q.exclusivity']} Dapat menambah: ${title('exclusivity')}.`);
    expect(md).toContain(`- ${dict.id['q.binding']} ${dict.id['open.binding']}`);
    expect(summary(examples.candleAndIllustrator, 'id')).not.toContain('## Belum Dijawab');
  });

  it('writes the signers’ names and positions as typed, one blank per party where nothing was typed', () => {
    const md = summary(examples.candleAndIllustrator, 'id');
    expect(md).toContain(
      '## Tanda Tangan\n\n- PIHAK PERTAMA (Toko Lilin Putri): Putri Wulandari, Pemilik\n- PIHAK KEDUA (Bima Ilustrasi): Bima Saputra, [jabatan]\n',
    );
    expect(summary(examples.empty, 'en')).toContain(
      '## Signatures\n\n- THE FIRST PARTY ([party name]): [name and position]\n- THE SECOND PARTY ([party name]): [name and position]\n',
    );
  });

  it('keeps the reader’s words for an "other" kind, escaped', () => {
    const state: MouState = {
      ...examples.candleAndIllustrator,
      answers: { ...examples.candleAndIllustrator.answers, kinds: ['other'] },
      otherKind: 'sewa *lapak*',
    };
    expect(summary(state, 'en')).toContain(`- ${dict.en['q.kinds']} Other (sewa \\*lapak\\*)`);
  });

  it('counts the open questions in the message that goes with a share link', () => {
    const views = clauseViews(library, 'en', () => undefined);
    const text = shareSummary(examples.empty, selectClauses(views, examples.empty.answers), dict.en, 'en');
    expect(text).toContain('9 of 9 questions are not answered yet.');
    expect(shareSummary(examples.candleAndIllustrator, views, dict.en, 'en')).not.toContain('not answered');
  });
});

describe('the parties in the Markdown summary', () => {
  const party = {
    name: 'Dimas Creative Studio Pte. Ltd.',
    address: 'Jl. Kaliurang Km 5 No. 12, Sleman',
    registration: '3404012345678901',
    signer: 'Dimas Pratama',
    capacity: 'Direktur',
  };
  const state = {
    ...examples.candleAndIllustrator,
    parties: { ...examples.candleAndIllustrator.parties, second: party },
  };

  it('writes each block in Indonesian, with NIK for a 16-digit number', () => {
    const md = summary(state, 'id');
    expect(md).toContain(
      '2. Dimas Pratama, Direktur, dalam hal ini bertindak untuk dan atas nama Dimas Creative Studio Pte. Ltd., ' +
        'beralamat di Jl. Kaliurang Km 5 No. 12, Sleman, NIK 3404012345678901, selanjutnya disebut PIHAK KEDUA.',
    );
    expect(md.indexOf('## Kedua Pihak')).toBeLessThan(md.indexOf('## Jawaban'));
  });

  it('writes each block in English', () => {
    const md = summary(state, 'en');
    expect(md).toContain(
      '## Parties\n\n1. Putri Wulandari, Pemilik, acting for and on behalf of Toko Lilin Putri, of ',
    );
    expect(md).toContain(
      '2. Dimas Pratama, Direktur, acting for and on behalf of Dimas Creative Studio Pte. Ltd., ' +
        'of Jl. Kaliurang Km 5 No. 12, Sleman, NIK 3404012345678901, hereinafter the Second Party.',
    );
  });
});

describe('labelled', () => {
  it('puts a colon after a label and none after a question', () => {
    expect(labelled('Bentuk kerja sama', 'Pemasaran bersama')).toBe('Bentuk kerja sama: Pemasaran bersama');
    expect(labelled('Apakah ada uang yang berpindah tangan?', 'Ya')).toBe('Apakah ada uang yang berpindah tangan? Ya');
    expect(labelled('Catatan:', 'x')).toBe('Catatan: x');
  });
});
