import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { loadGuide, loadLibrary } from '../fixtures/content';

/**
 * The legal and language points of the clause library and the glossary that a reader relies on
 * (the legal sources are listed in src/content/clauses/README.md), and two hygiene rules for the
 * content files: no word broken across a YAML fold, and blanks always written "[...]".
 */

const library = loadLibrary();
const byId = (id: string) => library.find((c) => c.id === id)!;
const term = (id: string) => glossary.find((e) => e.id === id)!;
const langs = ['id', 'en'] as const;
const notes = (id: string, lang: 'id' | 'en') =>
  byId(id)
    .legal.map((l) => l.note[lang])
    .join(' ');
const cites = (id: string, lang: 'id' | 'en') =>
  byId(id)
    .legal.map((l) => l.cite[lang])
    .join(' | ');

/** Every string in a value, with where it is ("clauses[3].text.id.why"). */
function strings(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${where}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${where}.${k}`));
  return [];
}

/**
 * A word broken across a line fold. YAML folds a `>` block or a plain multi-line scalar into one
 * line with a space, so "undang-\n  undang" in the file becomes "undang- undang" for the reader.
 * In the file: a line ending in a letter and "-" whose next line goes on with a letter (a new
 * list item starts with "- ", so it is not a continuation). In the parsed text: a letter, "-",
 * white space, a letter. Returns what it found.
 */
function brokenWordsInFile(raw: string): string[] {
  return [...raw.matchAll(/\p{L}+-\n[ \t]*\p{L}+/gu)].map((m) => m[0].replace(/\s+/g, ' '));
}
function brokenWordsInText(text: string): string[] {
  return [...text.matchAll(/\p{L}+-[ \t\n]+\p{L}+/gu)].map((m) => m[0]);
}

/**
 * Blanks the partners fill in are written "[...]" and nothing else. Not allowed in sample
 * wording: "..." or "…", "___", "<...>", "{...}", and a parenthesis that holds a placeholder. A
 * parenthesis may hold only a short form or defined term of one word that starts with a capital
 * letter, such as "(PKP)" or "(PPh)"; "(nama kota)" or "(city)" is a blank in disguise.
 * Glossary definitions hold no blanks at all: no "...", "…", "___", "<...>", "{...}", "[".
 */
function placeholderSlips(wording: string): string[] {
  const slips = [...wording.matchAll(/\.\.\.|…|_{2,}|<[^>]*>|\{[^}]*\}/g)].map((m) => m[0]);
  for (const m of wording.matchAll(/\(([^)]*)\)/g)) if (!/^\p{Lu}[\p{L}\d.]*$/u.test(m[1]!)) slips.push(m[0]);
  return slips;
}

/**
 * A list of three or more items in parentheses or square brackets that does not end with ", and",
 * ", or", ", dan" or ", atau" (the serial comma, in both languages: "(dana, stok, atau akun)").
 * Returns the lists it found.
 */
function unfinishedLists(text: string): string[] {
  return [...text.matchAll(/[([]([^()[\]]*)[)\]]/g)]
    .filter((m) => (m[1]!.match(/,/g) ?? []).length >= 2 && !/, (?:and|or|dan|atau) [^,]+$/.test(m[1]!))
    .map((m) => m[0]);
}

/**
 * A blank whose option starts with the word just before it, so the filled-in text says it twice:
 * "bahasa [Inggris/bahasa lain]" becomes "bahasa bahasa lain". Returns the word and the blank.
 */
function repeatedBeforeBlank(wording: string): string[] {
  return [...wording.matchAll(/(\p{L}+) \[([^[\]]+)\]/gu)]
    .filter((m) =>
      m[2]!.split('/').some((option) => option.trim().split(/\s+/)[0]!.toLowerCase() === m[1]!.toLowerCase()),
    )
    .map((m) => m[0]);
}

const clausesFile = readFileSync('src/content/clauses/clauses.yaml', 'utf8');
const guideDir = 'src/content/guide';
const frontmatters = ['id', 'en'].flatMap((lang) =>
  readdirSync(join(guideDir, lang))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = join(guideDir, lang, name);
      return [file, /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!] as const;
    }),
);

describe('content files', () => {
  it('break no word across a YAML fold (the check is not vacuous)', () => {
    const sample = 'why: >-\n  data pribadi yang dilindungi undang-\n  undang. Para pihak\n';
    expect(brokenWordsInFile(sample)).toEqual(['undang- undang']);
    expect(brokenWordsInText((load(sample) as { why: string }).why)).toEqual(['undang- undang']);
    expect(brokenWordsInFile('- undang-undang\n- data\n')).toEqual([]);

    expect(brokenWordsInFile(clausesFile), 'clauses.yaml').toEqual([]);
    for (const [file, yaml] of frontmatters) expect(brokenWordsInFile(yaml), file).toEqual([]);
    const texts = [
      ...strings(library, 'clauses'),
      ...strings(
        loadGuide().map((g) => g.data),
        'guide',
      ),
      ...strings(glossary, 'glossary'),
    ];
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.flatMap(([where, text]) => brokenWordsInText(text).map((w) => `${where}: ${w}`))).toEqual([]);
  });

  it('write every blank as "[...]" (the check is not vacuous)', () => {
    expect(placeholderSlips('di (kota), oleh ... arbiter, ___, <nama>, {x}')).toEqual([
      '...',
      '___',
      '<nama>',
      '{x}',
      '(kota)',
    ]);
    expect(placeholderSlips('Pajak Penghasilan (PPh) dan Pengusaha Kena Pajak (PKP)')).toEqual([]);
    for (const clause of library)
      for (const lang of langs) expect(placeholderSlips(clause.text[lang].wording), `${clause.id} ${lang}`).toEqual([]);
    for (const entry of glossary)
      for (const lang of langs)
        for (const text of [entry.term[lang], entry.definition[lang]])
          expect(text, entry.id).not.toMatch(/\.\.\.|…|_{2,}|<[^>]*>|\{[^}]*\}|\[/);
  });
});

describe('the legal points of the clause library and the glossary', () => {
  it('termination waives the court step of KUHPerdata Pasal 1266, not Pasal 1267', () => {
    const t = byId('termination').text;
    expect(t.id.wording).toMatch(/\[Pilihan:[^\]]*mengesampingkan[^\]]*Pasal 1266 KUHPerdata[^\]]*pengadilan/);
    expect(t.en.wording).toMatch(/\[Option:[^\]]*waive[^\]]*Article 1266 of the Indonesian Civil Code[^\]]*court/);
    for (const lang of langs) {
      expect(t[lang].wording, lang).not.toMatch(/1267/);
      expect(t[lang].questions.join(' '), lang).not.toMatch(/1267/);
    }
    expect(t.en.wording).toMatch(/before its term ends/);
    expect(notes('termination', 'id')).toMatch(/Pasal 1267 memberi pihak yang dirugikan pilihan/);
    expect(notes('termination', 'id')).not.toMatch(/pihak yang diputus/);
  });

  it('PPN depends on whether the party being paid is a PKP, not on "either party"', () => {
    const p = byId('payment').text;
    expect(p.id.wording).toMatch(/Bila pihak yang menerima pembayaran adalah Pengusaha Kena Pajak \(PKP\)/);
    expect(p.en.wording).toMatch(/If the party\s+being paid is registered for VAT \(PKP\)/);
    expect(p.id.questions.join(' ')).toMatch(/Bila pihak yang menerima pembayaran adalah Pengusaha Kena Pajak/);
    expect(p.en.questions.join(' ')).toMatch(/If the party being paid is registered for VAT \(PKP\)/);
    expect(cites('payment', 'id')).toMatch(/Pajak Pertambahan Nilai.*Pasal 3A ayat \(1\)/);
    expect(notes('payment', 'en')).toMatch(/the party being paid/);
    expect(term('pkp').definition.id).toMatch(/pihak yang menerima pembayaran/);
    expect(term('pkp').definition.en).toMatch(/the party being paid/);
    const all = [JSON.stringify(byId('payment').text), JSON.stringify(term('pkp').definition)].join(' ');
    expect(all).not.toMatch(/salah satu (pihak|mitra)|either party|If a partner is a PKP/);
  });

  it('PPh is withheld, and the bukti potong given, only where the tax rules require it', () => {
    const p = byId('payment').text;
    expect(p.id.wording).toMatch(
      /memotong PPh atas pembayaran ini \[bila wajib menurut ketentuan perpajakan\] dan memberikan bukti potongnya/,
    );
    expect(p.en.wording).toMatch(
      /withholds income tax \(PPh\) from this payment \[if required by the tax rules\]\s+and gives the withholding slip/,
    );
    expect(notes('payment', 'id')).toMatch(/Tidak setiap pembayar wajib memotong/);
    expect(notes('payment', 'en')).toMatch(/Not every payer must/);
    expect(term('komisi').definition.id).toMatch(/Bila pembayarnya wajib memotong PPh/);
  });

  it('joint controllers have the written arrangement and joint contact point of UU PDP Pasal 18, as blanks', () => {
    const d = byId('personal-data').text;
    expect(d.id.wording).toMatch(/pengendali bersama[^[]*\[pembagian peran dan tanggung jawab\]/);
    expect(d.id.wording).toMatch(/menunjuk bersama\s+\[nama dan kontak narahubung\] sebagai narahubung/);
    expect(d.en.wording).toMatch(/joint controllers[^[]*\[allocation of roles and responsibilities\]/);
    expect(d.en.wording).toMatch(/jointly appoint \[name and contact details of\s+the contact point\]/);
    expect(cites('personal-data', 'id')).toMatch(/Pasal 18/);
    expect(notes('personal-data', 'id')).toMatch(
      /peran, tanggung jawab, dan hubungan.*narahubung yang\s+ditunjuk bersama/s,
    );
    expect(notes('personal-data', 'en')).toMatch(/roles, responsibilities, and relationship.*contact point appointed/s);
    expect(d.id.why).toMatch(/dilindungi undang-undang\./);
  });

  it('a trademark licence "wajib" be submitted for recording (UU 20/2016 Pasal 42 ayat (3))', () => {
    expect(cites('ip-licence', 'id')).toMatch(/Pasal 42 ayat \(3\)/);
    expect(notes('ip-licence', 'id')).toMatch(/wajib dimohonkan pencatatannya kepada Menteri/);
    expect(notes('ip-licence', 'en')).toMatch(/must be submitted to the Minister for\s+recording/);
    expect(term('lisensi').definition.id).toMatch(/wajib dimohonkan pencatatannya/);
    expect(term('lisensi').definition.en).toMatch(/must be submitted for recording/);
  });

  it('stamping later carries the 100% penalty, in the clause and the glossary', () => {
    expect(notes('stamp-duty', 'id')).toMatch(/sanksi administratif sebesar 100%/);
    expect(notes('stamp-duty', 'en')).toMatch(/administrative penalty of 100%/);
    expect(cites('stamp-duty', 'id')).toMatch(/Pasal 17 ayat \(1\) dan Pasal 18/);
    expect(term('meterai').definition.id).toMatch(/dimeteraikan kemudian, tetapi .*sanksi administratif 100%/);
    expect(term('meterai').definition.en).toMatch(/stamped later, but .*100% administrative penalty/);
  });

  it('the signing and stamp-duty wording works for an electronic signing (e-meterai) as well as paper', () => {
    const s = byId('stamp-duty').text;
    expect(s.id.wording).toMatch(
      /di atas kertas[^/]*meterai tempel[^/]*\/\s*Pilihan B: secara elektronik[^\]]*meterai elektronik/,
    );
    expect(s.en.wording).toMatch(/on paper[^/]*paper stamp[^/]*\/\s*Option B: electronically[^\]]*electronic stamp/);
    expect(s.id.questions.join(' ')).not.toMatch(/di mana ditempel/);
    expect(s.en.questions.join(' ')).not.toMatch(/where is it affixed/);
    expect(cites('stamp-duty', 'id')).toMatch(/Pasal 12 ayat \(2\)/);
    // Who bears the duty is a blank once, in this clause, not again in the e-signature clause.
    expect(s.id.wording).toMatch(/Bea meterai ditanggung\s+oleh \[pihak\]/);
    expect(byId('e-signature').text.id.wording).not.toMatch(/meterai elektronik oleh \[/);
    expect(byId('e-signature').text.en.wording).not.toMatch(/electronic stamp by \[/);
  });

  it('a valid agreement "berlaku sebagai undang-undang bagi" the parties (KUHPerdata Pasal 1338)', () => {
    const b = byId('binding').text;
    expect(b.id.wording).toMatch(/berlaku sebagai undang-undang bagi\s+Para Pihak/);
    expect(b.en.wording).toMatch(/has the force of law between the Parties/);
    expect(notes('binding', 'en')).toMatch(/has the force of law between the parties/);
    // The Code's own words: "bagi mereka yang membuatnya" ("Para Pihak" is contract wording).
    expect(term('kontrak').definition.id).toMatch(
      /berlaku sebagai undang-undang bagi mereka yang membuatnya \(KUHPerdata Pasal 1338\)/,
    );
    expect(notes('binding', 'id')).toMatch(/berlaku sebagai undang-undang bagi mereka yang\s+membuatnya/);
    const all = JSON.stringify({ library, glossary });
    expect(all).not.toMatch(/mengikat Para Pihak sebagaimana|binds the (P|p)arties (as|like) (a )?law/);
  });

  it('arbitration names the institution in full, with its address ("BANI" alone can be ambiguous)', () => {
    expect(byId('disputes').text.id.wording).toMatch(/\[nama lengkap dan\s+alamat lembaga arbitrase\]/);
    expect(byId('disputes').text.en.wording).toMatch(/\[full name and address of the arbitration institution\]/);
    expect(byId('arbitration').text.id.wording).toMatch(/\[nama lengkap dan alamat lembaga arbitrase\]/);
    expect(byId('arbitration').text.en.wording).toMatch(/\[full name and address of the arbitration institution\]/);
    expect(notes('disputes', 'id')).toMatch(/nama lengkap dan alamat lembaganya.*BANI/s);
    expect(notes('disputes', 'en')).toMatch(/full name and address.*BANI/s);
    expect(term('bani').definition.id).toMatch(/nama lengkap dan alamat/);
    expect(term('bani').definition.en).toMatch(/full name and address/);
    expect(notes('arbitration', 'en')).toMatch(/final and binding/);
    expect(JSON.stringify(library)).not.toMatch(/permanent legal force/);
  });

  it('the glossary says how to check an NIB, not that it is "useful for checking"', () => {
    expect(term('nib').definition.id).toMatch(/Mintalah NIB dan dokumen NIB calon mitra/);
    expect(term('nib').definition.id).toMatch(/OSS/);
    expect(term('nib').definition.en).toMatch(/Ask a potential partner for its NIB/);
    for (const lang of langs)
      expect(term('nib').definition[lang]).not.toMatch(/Berguna untuk memeriksa|Useful for checking/);
  });

  it('the conclusion does not call the agreement binding (step 5 offers a non-binding MoU)', () => {
    const id = readFileSync('src/content/guide/id/kesimpulan.mdx', 'utf8');
    const en = readFileSync('src/content/guide/en/conclusion.mdx', 'utf8');
    expect(id).not.toMatch(/kesepakatan yang mengikat/);
    expect(en).not.toMatch(/binding agreement/);
    expect(id).toMatch(/\[MoU atau perjanjian\]\(\/id\/panduan\/perjanjian-mou\/\)/);
    expect(en).toMatch(/\[MoU or agreement\]\(\/en\/guide\/agreement-and-mou\/\)/);
  });
});

describe('the legal language of the clause library and the glossary', () => {
  it('reads as English, not as a translation', () => {
    expect(notes('force-majeure', 'en')).toMatch(/a chance event/);
    expect(byId('profit-loss').text.en.wording).toMatch(/allocated \[percentage\] to the\s+First Party/);
    const en = JSON.stringify(library.map((c) => [c.text.en, c.legal.map((l) => l.note.en)]));
    expect(en).not.toMatch(
      /an accident|shared \[|before its term(?! ends)|In witness whereof|keep leaving|the parting|still open at the end|agreed by both\.|among other things that|stamp duty too|with a prevailing language for/,
    );
  });

  it('uses the project’s one name per idea', () => {
    const id = JSON.stringify([
      library.map((c) => [c.text.id, c.legal]),
      glossary.map((e) => [e.term.id, e.definition.id]),
    ]);
    expect(id).not.toMatch(/keadaan memaksa|berbatas waktu|pesanan di muka/i);
    expect(id).not.toMatch(/\bHKI\b|\bHaKI\b|\bIDR\b/);
    // A purist word is glossed where a reader meets it: "lokapasar" with "marketplace".
    for (const [where, text] of strings(library, 'clauses'))
      if (/lokapasar/i.test(text)) expect(text, where).toMatch(/lokapasar \(marketplace\)/i);
    // "Para Pihak" only in sample contract wording; "kedua pihak" in explanations.
    for (const clause of library)
      for (const text of [clause.text.id.why, ...clause.text.id.questions])
        expect(text, clause.id).not.toMatch(/Para Pihak/);
    // A foreign word in an Indonesian definition is marked *…* (the glossary shows it in italics).
    for (const entry of glossary)
      expect(entry.definition.id.replace(/\*[^*]+\*/g, ''), entry.id).not.toMatch(
        /\b(reseller|marketplace|online|influencer)\b/i,
      );
  });

  it('gives each party its own "[nama dan jabatan]" blank in the roles clause', () => {
    expect(byId('roles').text.id.wording).toMatch(
      /\[nama dan jabatan di PIHAK PERTAMA\][\s\S]*\[nama dan jabatan di PIHAK KEDUA\]/,
    );
    expect(byId('roles').text.en.wording).toMatch(
      /\[name and position at\s+the First Party\][\s\S]*\[name and position at the Second Party\]/,
    );
    for (const clause of library)
      expect(clause.text.id.wording.match(/\[nama dan jabatan\]/g)?.length ?? 0, clause.id).toBeLessThan(2);
  });

  it('writes a list of three or more in parentheses or a blank as a list: ", and" / ", dan", ", or" / ", atau"', () => {
    expect(unfinishedLists('(dana, stok, waktu, akun) dan [payments, stock, accounts]')).toEqual([
      '(dana, stok, waktu, akun)',
      '[payments, stock, accounts]',
    ]);
    expect(unfinishedLists('(misalnya jumlah pesanan, kunjungan, atau konversi) [kota, negara]')).toEqual([]);
    const all = [...strings(library, 'clauses'), ...strings(glossary, 'glossary')];
    expect(all.flatMap(([where, text]) => unfinishedLists(text).map((l) => `${where}: ${l}`))).toEqual([]);
  });

  it('gives each blank words that fit every option it offers', () => {
    // "bahasa [Inggris/bahasa lain]" would read "bahasa bahasa lain" once filled in.
    expect(repeatedBeforeBlank('dalam bahasa [Inggris/bahasa lain] dan versi bahasa [bahasa]')).toEqual([
      'bahasa [Inggris/bahasa lain]',
      'bahasa [bahasa]',
    ]);
    expect(repeatedBeforeBlank('dalam bahasa Indonesia dan [bahasa Inggris/bahasa lain]')).toEqual([]);
    for (const clause of library)
      for (const lang of langs)
        expect(repeatedBeforeBlank(clause.text[lang].wording), `${clause.id} ${lang}`).toEqual([]);
    // A report can be weekly or monthly: its deadline is a day or a date, not "tanggal [tanggal]".
    const kpis = byId('kpis').text;
    expect(kpis.id.wording).toMatch(/\[mingguan\/bulanan\] paling lambat \[hari atau tanggal[^\]]*\]/);
    expect(kpis.en.wording).toMatch(/\[weekly\/monthly\] report no later than \[day or date[^\]]*\]/);
    // A licence is used on channels and in a territory: "in [channels/territory]", as for exclusivity.
    expect(byId('ip-licence').text.en.wording).toMatch(/ in \[channels\/territory\]/);
    expect(byId('exclusivity').text.en.wording).toMatch(/ in \[territory\/channels\]/);
    // What is settled at the end is more than money: "urusan" / "all matters concerning".
    expect(byId('termination').text.id.wording).toMatch(/menyelesaikan urusan \[pembayaran, stok/);
    expect(byId('termination').text.en.wording).toMatch(/settle all matters\s+concerning \[payments, stock/);
  });
});
