import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kinds } from '../../src/content/mou-questions';
import dict from '../../src/tools/mou-checklist/i18n';
import type { Party } from '../../src/tools/mou-checklist/schema';
import {
  chosenOption,
  fillWording,
  joinList,
  partyParts,
  signatureLines,
  splitBlanks,
  wordingText,
  wordingWords,
  type WordingFacts,
} from '../../src/tools/mou-checklist/wording';
import { loadLibrary } from '../fixtures/content';

const library = loadLibrary();
const words = { id: wordingWords(dict.id, 'id'), en: wordingWords(dict.en, 'en') };
const wordingOf = (id: string, lang: 'id' | 'en') => library.find((c) => c.id === id)!.text[lang].wording;
const candle: WordingFacts = {
  first: 'Toko Lilin Putri',
  second: 'Bima Ilustrasi',
  kinds: ['co-marketing', 'joint-product'],
  term: 'fixed',
};
const unknown: WordingFacts = { first: '', second: '', kinds: [], term: 'fixed' };
const fill = (id: string, lang: 'id' | 'en', facts: WordingFacts = candle) =>
  fillWording(wordingOf(id, lang), facts, words[lang]);

describe('sample wording filled in with what the checklist knows', () => {
  it('names the kind of collaboration and the parties (Indonesian)', () => {
    const parts = fill('scope-goals', 'id');
    expect(wordingText(parts)).toMatch(
      /^PIHAK PERTAMA \(Toko Lilin Putri\) dan PIHAK KEDUA \(Bima Ilustrasi\) sepakat bekerja sama dalam pemasaran bersama dan pengembangan produk bersama untuk \[produk\/jasa\]\./,
    );
    // What it cannot know stays a blank, marked as one.
    expect(parts.filter((p) => p.blank).map((p) => p.text)).toEqual([
      '[produk/jasa]',
      '[tujuan SMART, misalnya menaikkan penjualan bersama sebesar 20% dalam enam bulan]',
    ]);
  });

  it('names the kind of collaboration and the parties (English)', () => {
    expect(wordingText(fill('scope-goals', 'en'))).toMatch(
      /^The First Party \(Toko Lilin Putri\) and the Second Party \(Bima Ilustrasi\) agree to cooperate in joint marketing and joint product development for \[products\/services\]\./,
    );
  });

  it('lists three kinds the way each language does, in the questionnaire’s order', () => {
    const three: WordingFacts = { ...candle, kinds: ['supply', 'co-marketing', 'reselling'] };
    expect(wordingText(fill('scope-goals', 'id', three))).toContain(
      'dalam pemasaran bersama, penjualan kembali atau distribusi, dan pasokan barang atau bahan untuk',
    );
    expect(wordingText(fill('scope-goals', 'en', three))).toContain(
      'in joint marketing, reselling or distribution and the supply of goods or materials for',
    );
  });

  it('leaves a blank for “other” and for no kind at all', () => {
    const withOther = fill('scope-goals', 'id', { ...candle, kinds: ['co-marketing', 'other'] });
    expect(wordingText(withOther)).toContain('dalam pemasaran bersama dan [bentuk kerja sama lain] untuk');
    expect(withOther.find((p) => p.text === '[bentuk kerja sama lain]')?.blank).toBe(true);
    for (const none of [[], ['other']] as const) {
      const parts = fill('scope-goals', 'en', { ...candle, kinds: none });
      expect(parts.find((p) => p.text === '[form of partnership]')?.blank).toBe(true);
    }
  });

  it('writes the reader’s words for “other”, alone or after the known kinds', () => {
    const described = { ...candle, kinds: ['co-marketing', 'other'] as const, otherKind: '  sewa   lapak bersama ' };
    const parts = fill('scope-goals', 'id', { ...described, kinds: [...described.kinds] });
    expect(wordingText(parts)).toContain('dalam pemasaran bersama dan sewa lapak bersama untuk');
    expect(parts.some((p) => p.blank && p.text.includes('lain'))).toBe(false);
    expect(
      wordingText(fill('scope-goals', 'en', { ...candle, kinds: ['other'], otherKind: 'market stalls' })),
    ).toContain('agree to cooperate in market stalls for');
    // Words typed while "other" is not ticked are not used.
    expect(wordingText(fill('scope-goals', 'id', { ...candle, otherKind: 'sewa lapak' }))).not.toContain('sewa lapak');
  });

  it('keeps the whole term blank while the term is not answered', () => {
    const parts = fill('duration', 'id', { ...candle, term: null });
    expect(parts.find((p) => p.text === words.id.termBlank)?.blank).toBe(true);
  });

  it('fills the end of the term from the answer: a date to fill, or until ended', () => {
    const fixed = fill('duration', 'id');
    expect(wordingText(fixed)).toContain('sejak [tanggal mulai] sampai dengan [tanggal berakhir]. ');
    expect(fixed.find((p) => p.text === '[tanggal berakhir]')?.blank).toBe(true);
    expect(wordingText(fill('duration', 'id', { ...candle, term: 'open' }))).toContain(
      'sampai dengan saat diakhiri menurut Pasal tentang Pengakhiran Kerja Sama. ',
    );
    expect(wordingText(fill('duration', 'en', { ...candle, term: 'open' }))).toContain(
      'until it is ended under the article on Termination. ',
    );
  });

  it('puts the names in blanks that name a party, and keeps them blanks', () => {
    const id = fill('roles', 'id');
    expect(id.filter((p) => p.blank).map((p) => p.text)).toEqual([
      '[tugas Toko Lilin Putri]',
      '[tugas Bima Ilustrasi]',
      '[nama dan jabatan di Toko Lilin Putri]',
      '[nama dan jabatan di Bima Ilustrasi]',
    ]);
    expect(wordingText(fill('roles', 'en'))).toContain('[tasks of Toko Lilin Putri]');
    expect(wordingText(fill('roles', 'en'))).toContain('[name and position at Bima Ilustrasi]');
  });

  it('names each party once per wording, and not at all for the .docx', () => {
    const text = wordingText(fill('roles', 'id'));
    expect(text.match(/\(Toko Lilin Putri\)/g)).toHaveLength(1);
    const docx = wordingText(fillWording(wordingOf('roles', 'id'), candle, words.id, { nameParties: false }));
    expect(docx).not.toContain('(Toko Lilin Putri)');
    expect(docx).toContain('[tugas Toko Lilin Putri]');
  });

  it('changes nothing but the term while nothing else is known', () => {
    for (const clause of library) {
      for (const lang of ['id', 'en'] as const) {
        const filled = wordingText(fill(clause.id, lang, unknown));
        const original = clause.text[lang].wording.replace(words[lang].termBlank, words[lang].term.fixed.text);
        expect(filled, `${clause.id} (${lang})`).toBe(original);
      }
    }
  });

  it('keeps the option the reader chose on whether the document binds, and names a binding one an agreement', () => {
    for (const lang of ['id', 'en'] as const) {
      const wording = wordingOf('binding', lang);
      const agreement = wordingText(fill('binding', lang, { ...candle, binding: 'agreement' }));
      const intent = wordingText(fill('binding', lang, { ...candle, binding: 'intent' }));
      expect(agreement, lang).toBe(
        wording
          .slice(
            wording.indexOf(words[lang].options.agreement) + words[lang].options.agreement.length,
            wording.indexOf(words[lang].options.intent),
          )
          .trim()
          .replace(lang === 'id' ? 'MoU ini' : 'This MoU', lang === 'id' ? 'Perjanjian ini' : 'This Agreement'),
      );
      expect(intent, lang).toBe(
        wording.slice(wording.indexOf(words[lang].options.intent) + words[lang].options.intent.length).trim(),
      );
      expect(wordingText(fill('binding', lang, { ...candle, binding: null }))).toBe(wording);
    }
    expect(chosenOption('Tanpa pilihan.', 'agreement', words.id)).toBe('Tanpa pilihan.');
  });

  it('calls the document "Perjanjian ini" / "this Agreement" in every clause of a binding agreement', () => {
    for (const clause of library) {
      for (const lang of ['id', 'en'] as const) {
        const text = wordingText(fill(clause.id, lang, { ...candle, binding: 'agreement' }));
        expect(text, `${clause.id} (${lang})`).not.toMatch(/\bMoU\b/);
        // The library names the document only in the form the outline replaces.
        const mentions = clause.text[lang].wording.match(/\S*\s?MoU\s?\S*/g) ?? [];
        for (const m of mentions)
          expect(m.toLowerCase(), `${clause.id} (${lang})`).toContain(words[lang].document.mou.toLowerCase());
      }
    }
  });

  it('every blank it fills still occurs in the library, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const all = library.map((c) => c.text[lang].wording).join('\n');
      expect(all, lang).toContain(words[lang].kindsBlank);
      expect(all, lang).toContain(words[lang].termBlank);
      expect(all, lang).toContain(`[${words[lang].kindsBlank.slice(1, -1)}]`);
      for (const p of ['first', 'second'] as const) {
        expect(all, lang).toContain(words[lang].party[p].term);
        expect(all, lang).toContain(`${words[lang].party[p].inBlank}]`);
      }
    }
    for (const kind of kinds.filter((k) => k !== 'other'))
      expect(words.id.kindPhrase[kind]).not.toBe(words.en.kindPhrase[kind]);
  });

  it('keeps any name as text (no pattern tricks), and every other blank as a blank', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.shuffledSubarray([...kinds]),
        fc.constantFrom('fixed' as const, 'open' as const),
        fc.constantFrom(...library.map((c) => c.id)),
        fc.constantFrom('id' as const, 'en' as const),
        (first, second, chosen, term, id, lang) => {
          const w = words[lang];
          const parts = fill(id, lang, { first, second, kinds: chosen, term });
          const blanks = parts.filter((p) => p.blank).map((p) => p.text);
          for (const original of splitBlanks(wordingOf(id, lang)).filter((p) => p.blank)) {
            const slot = original.text === w.kindsBlank || original.text === w.termBlank;
            const aboutParty =
              original.text.endsWith(`${w.party.first.inBlank}]`) ||
              original.text.endsWith(`${w.party.second.inBlank}]`);
            if (!slot && !aboutParty) expect(blanks).toContain(original.text);
          }
          const outside = splitBlanks(wordingOf(id, lang))
            .filter((p) => !p.blank)
            .map((p) => p.text)
            .join('');
          if (first.trim() && outside.includes(w.party.first.term)) {
            expect(wordingText(parts)).toContain(`(${first.trim()})`);
          }
        },
      ),
    );
  });

  it('never throws on any wording, and gives back its text when nothing is known', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (wording) => {
        const text = wordingText(fillWording(wording, unknown, words.id));
        expect(text).toBe(wording.split(words.id.termBlank).join(words.id.term.fixed.text));
      }),
    );
  });
});

describe('splitting and joining', () => {
  it('finds nested blanks and leaves an unclosed bracket as text', () => {
    expect(splitBlanks('a [dan [jangka waktu] sesudahnya], b')).toEqual([
      { text: 'a ', blank: false },
      { text: '[dan [jangka waktu] sesudahnya]', blank: true },
      { text: ', b', blank: false },
    ]);
    expect(splitBlanks('a [b')).toEqual([{ text: 'a [b', blank: false }]);
  });

  it('joins lists with and without the serial comma', () => {
    expect(joinList(['a'], 'dan', true)).toBe('a');
    expect(joinList(['a', 'b'], 'dan', true)).toBe('a dan b');
    expect(joinList(['a', 'b', 'c'], 'dan', true)).toBe('a, b, dan c');
    expect(joinList(['a', 'b', 'c'], 'and', false)).toBe('a, b and c');
  });
});

describe('the lines under a signature', () => {
  const blankParty: Party = { name: 'Toko', address: '', registration: '', signer: '', capacity: '' };
  it('gives the signer’s name and position as typed', () => {
    expect(signatureLines({ ...blankParty, signer: ' Putri  Wulandari ', capacity: 'Pemilik' }, words.id)).toEqual([
      { text: 'Putri Wulandari', blank: false },
      { text: 'Pemilik', blank: false },
    ]);
  });

  it('gives one blank for both while neither is known, and the missing one otherwise', () => {
    expect(signatureLines(blankParty, words.id)).toEqual([{ text: '[nama dan jabatan]', blank: true }]);
    expect(signatureLines(blankParty, words.en)).toEqual([{ text: '[name and position]', blank: true }]);
    expect(signatureLines({ ...blankParty, capacity: 'Direktur' }, words.id)).toEqual([
      { text: '[nama penanda tangan]', blank: true },
      { text: 'Direktur', blank: false },
    ]);
    expect(signatureLines(blankParty, words.id, words.en)).toEqual([
      { text: '[nama dan jabatan / name and position]', blank: true },
    ]);
  });
});

describe('the party block', () => {
  const putri: Party = {
    name: 'Toko Lilin Putri',
    address: 'Jl. Kaliurang Km 5 No. 12, Sleman',
    registration: '9120001234567',
    signer: 'Putri Wulandari',
    capacity: 'Pemilik',
  };
  const empty: Party = { name: '', address: '', registration: '', signer: '', capacity: '' };

  it('says who signs, in which position, acting for and on behalf of whom (Indonesian)', () => {
    expect(wordingText(partyParts(putri, 'first', words.id))).toBe(
      'Putri Wulandari, Pemilik, dalam hal ini bertindak untuk dan atas nama Toko Lilin Putri, beralamat di Jl. Kaliurang Km 5 No. 12, Sleman, NIB 9120001234567, selanjutnya disebut PIHAK PERTAMA;',
    );
  });

  it('says the same in English, and names a 16-digit number a NIK', () => {
    expect(wordingText(partyParts({ ...putri, registration: '3404 0112 3456 0001' }, 'second', words.en))).toBe(
      'Putri Wulandari, Pemilik, acting for and on behalf of Toko Lilin Putri, of Jl. Kaliurang Km 5 No. 12, Sleman, NIK 3404 0112 3456 0001, hereinafter the Second Party.',
    );
  });

  it('leaves a visible blank for every field not filled in', () => {
    const parts = partyParts(empty, 'first', words.id);
    expect(parts.filter((p) => p.blank).map((p) => p.text)).toEqual([
      '[nama penanda tangan]',
      '[jabatan]',
      '[nama pihak]',
      '[alamat]',
      'NIB/NIK [nomor]',
    ]);
    expect(wordingText(partyParts({ ...putri, capacity: '   ' }, 'first', words.id))).toContain(
      'Putri Wulandari, [jabatan], dalam hal ini',
    );
  });

  it('keeps line breaks and runs of spaces a reader typed out of the sentence', () => {
    expect(wordingText(partyParts({ ...putri, address: 'Jl. Kaliurang\n  Sleman' }, 'first', words.id))).toContain(
      'beralamat di Jl. Kaliurang Sleman,',
    );
  });
});

describe('the KPI and review clauses with the SMART goals saved on the device', () => {
  const goals: WordingFacts['goals'] = {
    kpis: [
      { metric: 'Penjualan melalui kode promo', target: '150 lembar' },
      { metric: '', target: 'Rp 4.500.000' },
    ],
    cadence: 'biweekly',
  };
  const withGoals = { ...candle, goals };
  const fillGoals = (id: string, lang: 'id' | 'en', facts: WordingFacts) =>
    fillWording(wordingOf(id, lang), facts, words[lang], { clause: id });

  it('lists the goals’ KPIs and targets and the review cadence (Indonesian)', () => {
    const parts = fillGoals('kpis', 'id', withGoals);
    expect(wordingText(parts)).toBe(
      'Para Pihak menggunakan KPI berikut: Penjualan melalui kode promo dengan target 150 lembar; [KPI] dengan target Rp 4.500.000. ' +
        '[Pihak] menyampaikan laporan [mingguan/bulanan] paling lambat [hari atau tanggal, misalnya hari Senin atau tanggal 5]. Para Pihak mengadakan evaluasi setiap ' +
        'dua minggu untuk menilai pencapaian dan menyepakati perbaikan.',
    );
    // What the goals cannot say stays a visible blank.
    expect(parts.filter((p) => p.blank).map((p) => p.text)).toEqual([
      '[KPI]',
      '[Pihak]',
      '[mingguan/bulanan]',
      '[hari atau tanggal, misalnya hari Senin atau tanggal 5]',
    ]);
  });

  it('lists the goals’ KPIs and targets and the review cadence (English)', () => {
    const parts = fillGoals('kpis', 'en', { ...withGoals, goals: { ...goals, cadence: 'quarterly' } });
    expect(wordingText(parts)).toBe(
      'The Parties use the following KPIs: Penjualan melalui kode promo with a target of 150 lembar; [KPI] with a target of Rp 4.500.000. ' +
        '[Party] submits a [weekly/monthly] report no later than [day or date, for example Monday or the 5th]. The Parties hold a review every three months to ' +
        'assess results and agree on improvements.',
    );
  });

  it('puts the cadence into an open-ended partnership’s review, in both languages', () => {
    expect(wordingText(fillGoals('open-ended-review', 'id', withGoals))).toContain(
      'meninjau pelaksanaannya setiap dua minggu.',
    );
    expect(wordingText(fillGoals('open-ended-review', 'en', withGoals))).toContain(
      'how it is working every two weeks.',
    );
  });

  it('leaves every other clause as it was, and every clause as it was without SMART goals', () => {
    for (const clause of library) {
      for (const lang of ['id', 'en'] as const) {
        const without = wordingText(fillGoals(clause.id, lang, candle));
        expect(wordingText(fillGoals(clause.id, lang, { ...candle, goals: null })), clause.id).toBe(without);
        if (clause.id !== 'kpis' && clause.id !== 'open-ended-review')
          expect(wordingText(fillGoals(clause.id, lang, withGoals)), clause.id).toBe(without);
      }
    }
    // Without a clause named, nothing takes the goals (the referral report's period is not theirs).
    expect(wordingText(fill('kpis', 'id', withGoals))).toBe(wordingText(fill('kpis', 'id', candle)));
  });

  it('every blank it fills still occurs in its clauses, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(wordingOf('kpis', lang)).toContain(words[lang].goals.kpisBlank);
      expect(wordingOf('kpis', lang)).toContain(words[lang].goals.periodBlank);
      expect(wordingOf('open-ended-review', lang)).toContain(words[lang].goals.periodBlank);
    }
  });
});
