import type { Locale } from '../i18n/locales';

/**
 * One name per idea: the words Mitra does not use, each with the word to use instead and why.
 * The glossary (./glossary.ts) says what the right terms mean; this list says which other names
 * for them a reader must never meet. `tests/unit/terms.test.ts` checks every text a reader sees
 * against it (the guide, every dictionary, the clause library, the glossary, the tools' data),
 * naming the file, the line and the right term. Search keywords (a guide page's `keywords`, a
 * tool's `tool.keywords`) and the glossary's `forms` are not checked: they hold the words
 * readers type, wrong ones included, so search still finds the page.
 *
 * A pattern matches whole words only (see `word`), so "pesanan" never flags "pesanan di muka"'s
 * innocent neighbours and "band" never flags "bandara". Every entry carries a sentence it must
 * flag (`bad`) and, where a near miss exists, one it must leave alone (`good`); the test checks
 * both, so an entry that cannot fail is caught.
 */
export interface ForbiddenTerm {
  /** The language whose text must not use it; `both` for names that are wrong in either. */
  lang: Locale | 'both';
  /** The wrong form, built with `word` (whole words, case-insensitive unless stated). */
  wrong: RegExp;
  /** What to write instead. */
  use: string;
  /** Why: the rule this keeps. */
  why: string;
  /** Text where the wrong form is right (a gloss, an official title): removed before checking. */
  except?: RegExp;
  /**
   * Allowed in sample contract wording (the clause library's `wording` and `title`, the MoU
   * tool's `wording.*`, `doc.*` and `docx.*` words), which follows the conventions of Indonesian
   * contracts, and nowhere else.
   */
  contractOnly?: boolean;
  /**
   * A word that is right once it is glossed (`except`): the first use in a piece of text (a guide
   * page's body, a dictionary string) carries the gloss, later uses on that page need not.
   */
  glossOnce?: boolean;
  /** A sentence the entry must flag. */
  bad: string;
  /** A sentence with a near miss the entry must not flag. */
  good?: string;
}

/**
 * A whole-word pattern: not preceded or followed by a letter or digit, so `word('cek')` matches
 * "belum dicek"'s "dicek" only when asked for (`(?:di)?cek`) and never "pengecekan".
 * @example word('band').test('bandara') // => false
 */
export function word(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

export const forbiddenTerms: readonly ForbiddenTerm[] = [
  // ---------------------------------------------------------------- Indonesian: one name per idea
  {
    lang: 'id',
    wrong: word('berbatas waktu'),
    use: 'terikat waktu',
    why: 'The T of SMART has one name in the guide, the SMART builder and the glossary.',
    bad: 'Tujuan yang berbatas waktu.',
  },
  {
    lang: 'id',
    wrong: word('(?:kelima |setiap )?unsur(?:-unsur)? SMART|kelima unsur'),
    use: 'huruf SMART',
    why: 'The SMART builder checks a goal letter by letter: the five parts are "huruf".',
    bad: 'sampai kelima unsur SMART terpenuhi',
    good: 'unsur perbuatan melawan hukum',
  },
  {
    lang: 'id',
    wrong: word('(?:ahli hukum atau|untuk|ke) notaris'),
    use: 'advokat atau notaris',
    why: 'Whom a reader takes the MoU to has one name (step 5 of the guide): an advocate or a notary, never a notary alone.',
    bad: 'Bawa ke ahli hukum atau notaris untuk dilengkapi.',
    good: 'Bawa ke advokat atau notaris untuk dilengkapi.',
  },
  {
    lang: 'id',
    wrong: word('tonggak(?: kemajuan)?'),
    use: 'target antara',
    why: 'A SMART goal’s intermediate targets have one name on screen, on paper and in the calendar.',
    bad: 'tonggak kemajuan dan jadwal tinjauan',
  },
  {
    lang: 'id',
    wrong: word('jadwal evaluasi untuk kalender'),
    use: 'jadwal tinjauan',
    why: 'The SMART builder’s calendar holds its review dates: "jadwal tinjauan".',
    bad: 'dan jadwal evaluasi untuk kalender ponsel',
  },
  {
    lang: 'id',
    wrong: word('contoh kalimat'),
    use: 'contoh rumusan',
    why: 'The MoU clauses’ sample wording is "contoh rumusan" in the tool, the sheet and the guide.',
    bad: 'klausul dengan contoh kalimat',
  },
  {
    lang: 'id',
    wrong: word('keadaan memaksa'),
    use: 'keadaan kahar',
    why: 'Force majeure has one Indonesian name (KBBI: kahar).',
    bad: 'Keadaan memaksa membebaskan pihak',
  },
  {
    lang: 'id',
    wrong: word('HKI|HaKI', 'u'),
    use: 'KI (kekayaan intelektual)',
    why: 'KI is the one short form of "kekayaan intelektual", as DJKI writes it.',
    bad: 'pendaftaran HKI',
  },
  {
    lang: 'id',
    wrong: word('para pihak'),
    use: 'kedua pihak',
    why: '"Para Pihak" is contract language; explanations say "kedua pihak".',
    contractOnly: true,
    bad: 'Dokumen yang mencatat kesepahaman para pihak.',
  },
  {
    lang: 'id',
    wrong: word('kedua belah pihak'),
    use: 'kedua pihak',
    why: 'One phrase for "both sides" in explanations.',
    contractOnly: true,
    bad: 'melindungi kedua belah pihak',
  },
  {
    lang: 'id',
    wrong: word('(?:di|ter|menge|me)?cek|pengecekan'),
    use: 'periksa (diperiksa, memeriksa)',
    why: '"Belum diperiksa", "daftar periksa": the site says "periksa", never "cek".',
    bad: 'belum dicek',
    good: 'Periksa koneksi Anda.',
  },
  {
    lang: 'id',
    wrong: word('dua[ -]?mingguan|dwimingguan'),
    use: 'setiap dua minggu',
    why: 'A rhythm of reviews is written "setiap dua minggu", like "setiap minggu".',
    bad: 'mingguan, dua mingguan, atau bulanan',
    good: 'catatan stok mingguan',
  },
  {
    lang: 'id',
    wrong: word('sebutan'),
    use: 'kali disebut',
    why: 'Mentions are counted as "kali disebut"; "sebutan" means a name for something.',
    except: /sebutan resmi/giu,
    bad: '200 sebutan per bulan',
    good: 'advokat (sebutan resmi untuk pengacara)',
  },
  {
    lang: 'id',
    wrong: word('pesanan di muka'),
    use: 'prapesan',
    why: 'Pre-orders have one name (KBBI: prapesan).',
    bad: 'Pesanan di muka',
  },
  {
    lang: 'id',
    wrong: word('lingkari|dilingkari|melingkari'),
    use: 'centang',
    why: 'Every printed sheet has boxes to tick: the tools and the sheets say "centang".',
    bad: 'lingkari nilai 1 sampai 5',
  },
  {
    lang: 'id',
    wrong: word('promosi bersama'),
    use: 'pemasaran bersama',
    why: 'The MoU tool’s kinds of partnership have one name each; this kind is "pemasaran bersama".',
    bad: 'misalnya promosi bersama, penjualan kembali',
  },
  {
    lang: 'id',
    wrong: word('online'),
    use: 'daring',
    why: 'Indonesian text says "daring"; "online" appears only as its gloss, in italics: daring (*online*).',
    except: /daring \(\*?online\*?\)/giu,
    bad: 'kerja sama bisnis online',
    good: 'kerja sama bisnis daring (*online*)',
  },
  {
    lang: 'id',
    wrong: word('offline'),
    use: 'luring, or "tanpa koneksi"',
    why: 'Indonesian text uses Indonesian words; the offline page is /id/luring/.',
    bad: 'dibaca secara offline',
  },
  // Purist words most readers do not know: glossed once where they first appear.
  {
    lang: 'id',
    wrong: word('peladen'),
    use: 'peladen (*server*) the first time, or a plain phrase ("tidak dikirim ke mana pun")',
    why: '"Peladen" is KBBI’s word but few readers know it: gloss it or say it plainly.',
    except: /peladen \(\*?server\*?\)/giu,
    glossOnce: true,
    bad: 'tidak ada yang dikirim ke peladen',
    good: 'Peramban tidak mengirim bagian ini ke peladen (*server*).',
  },
  {
    lang: 'id',
    wrong: word('lokapasar'),
    use: 'lokapasar (*marketplace*) the first time on a page',
    why: '"Lokapasar" is KBBI’s word but most sellers say "marketplace": gloss it on first use.',
    // The glossary's own headword is the word it explains.
    except: /lokapasar \(\*?marketplace\*?\)|^Lokapasar$/giu,
    glossOnce: true,
    bad: 'aturan promo di lokapasar berubah',
    good: 'di lokapasar (*marketplace*)',
  },

  // ---------------------------------------------------------------- Indonesian: spelling (KBBI, EYD V)
  {
    lang: 'id',
    wrong: word('server'),
    use: 'peladen (*server*) once, or a plain phrase',
    why: 'An English word in Indonesian text; glossed only beside "peladen".',
    except: /peladen \(\*?server\*?\)/giu,
    bad: 'dikirim ke server',
  },
  {
    lang: 'id',
    wrong: word('kerjasama'),
    use: 'kerja sama',
    why: 'KBBI writes it as two words.',
    bad: 'kerjasama usaha',
  },
  {
    lang: 'id',
    wrong: word('praktek'),
    use: 'praktik',
    why: 'KBBI; UU No. 5 Tahun 1999 keeps its official title "Larangan Praktek Monopoli".',
    except: /Larangan Praktek Monopoli/gu,
    bad: 'dalam praktek sehari-hari',
    good: 'UU tentang Larangan Praktek Monopoli',
  },
  {
    lang: 'id',
    wrong: word('kanal'),
    use: 'saluran',
    why: 'A communication channel is "saluran" (KBBI: kanal is a waterway).',
    bad: 'kanal penjualan',
  },
  {
    lang: 'id',
    wrong: word('disclaimer'),
    use: 'penafian',
    why: 'An English word in Indonesian text.',
    bad: 'baca disclaimer',
  },
  {
    lang: 'id',
    // Mid-sentence the language is "bahasa Indonesia"; official titles keep their capital.
    wrong: /(?<![.!?:]\s|^|\n|["“(])Bahasa Indonesia/u,
    use: 'bahasa Indonesia',
    why: 'EYD V: the name of a language is lower case mid-sentence ("bahasa Indonesia").',
    except: /Penggunaan Bahasa Indonesia/gu,
    bad: 'ditulis dalam Bahasa Indonesia dan',
    good: 'Bahasa Indonesia dan bahasa Inggris.',
  },
  {
    lang: 'id',
    wrong: word('pengacara'),
    use: 'advokat',
    why: 'The legal title is "advokat"; "pengacara" is explained once beside it.',
    except: /advokat \(sebutan resmi untuk pengacara\)|Advokat \(pengacara\)|disebut pengacara/giu,
    bad: 'tanyakan kepada pengacara',
    good: 'advokat (sebutan resmi untuk pengacara)',
  },
  { lang: 'id', wrong: word('materai'), use: 'meterai', why: 'KBBI spelling.', bad: 'di atas materai' },
  { lang: 'id', wrong: word('resiko'), use: 'risiko', why: 'KBBI spelling.', bad: 'resiko kerugian' },
  { lang: 'id', wrong: word('aktifitas'), use: 'aktivitas', why: 'KBBI spelling.', bad: 'aktifitas promosi' },
  { lang: 'id', wrong: word('nasehat'), use: 'nasihat', why: 'KBBI spelling.', bad: 'bukan nasehat hukum' },
  { lang: 'id', wrong: word('ijin'), use: 'izin', why: 'KBBI spelling.', bad: 'tanpa ijin' },
  { lang: 'id', wrong: word('silahkan'), use: 'silakan', why: 'KBBI spelling.', bad: 'Silahkan coba lagi.' },
  {
    lang: 'id',
    wrong: word('merubah|dirubah'),
    use: 'mengubah, diubah',
    why: 'KBBI: the root is "ubah".',
    bad: 'dapat dirubah',
  },
  { lang: 'id', wrong: word('analisa'), use: 'analisis', why: 'KBBI spelling.', bad: 'analisa pasar' },
  { lang: 'id', wrong: word('kwitansi'), use: 'kuitansi', why: 'KBBI spelling.', bad: 'simpan kwitansi' },
  { lang: 'id', wrong: word('obyek|subyek'), use: 'objek, subjek', why: 'KBBI spelling.', bad: 'obyek perjanjian' },
  { lang: 'id', wrong: word('itikad'), use: 'iktikad', why: 'KBBI spelling.', bad: 'itikad baik' },
  {
    lang: 'id',
    wrong: word('e-?mail'),
    use: 'surel',
    why: 'An English word in Indonesian text; glossed once as surel (*email*).',
    except: /surel \(\*e-?mail\*\)/giu,
    bad: 'kirim lewat email',
    good: 'surel (*email*) untuk keputusan',
  },
  { lang: 'id', wrong: word('deadline'), use: 'tenggat', why: 'An English word in Indonesian text.', bad: 'deadline' },
  { lang: 'id', wrong: word('download'), use: 'unduh', why: 'An English word in Indonesian text.', bad: 'download' },

  // ---------------------------------------------------------------- Both languages
  {
    lang: 'both',
    wrong: word('IDR', 'u'),
    use: 'Rp',
    why: 'Rupiah amounts are written "Rp5.000" (Rp5,000 in English), as readers see them in shops.',
    bad: 'IDR 5.000',
  },
  {
    lang: 'both',
    wrong: /(?<![\p{L}\p{N}])Rp\.? (?=\d)/u,
    use: 'Rp5.000 (no space, no full stop)',
    why: 'EYD V writes the currency symbol straight before the amount.',
    bad: 'Rp 5.000',
    good: 'Rp5.000',
  },

  // ---------------------------------------------------------------- English
  {
    lang: 'en',
    wrong: word('(?:to|for) (?:a|the) notary'),
    use: 'a lawyer or notary',
    why: 'Whom a reader takes the MoU to has one name (step 5 of the guide): a lawyer or a notary, never a notary alone.',
    bad: 'A Word outline for a notary.',
    good: 'Take this sheet to a lawyer or notary.',
  },
  {
    lang: 'en',
    wrong: word('bands?'),
    use: 'category',
    why: 'The partner-fit result class is a "category" on screen, on paper and in the plan.',
    bad: 'The band appears once all seven criteria are rated.',
    good: 'bandwidth',
  },
  {
    lang: 'en',
    wrong: word('(?:tick|circle|give|choose|pick) (?:one|a) score|scores? (?:of |from )?[1-5] (?:to|or) [1-5]'),
    use: 'rating',
    why: 'A 1-5 mark is a "rating"; the "score" is the 0-100 result.',
    bad: 'tick one score for each candidate',
    good: 'a score from 0 to 100',
  },
  {
    lang: 'en',
    wrong: word('circle'),
    use: 'tick',
    why: 'Every printed sheet has boxes to tick: the tools and the sheets say "tick".',
    bad: 'circle a rating from 1 to 5',
  },
  {
    lang: 'en',
    wrong: word('e-mail'),
    use: 'email',
    why: 'One spelling.',
    bad: 'by e-mail',
  },
  // The MoU tool's kinds of partnership: one English name each (the Indonesian names are
  // pemasaran bersama, afiliasi atau rujukan berkomisi, penjualan kembali atau distribusi,
  // pengembangan produk bersama, konten atau promosi oleh kreator, pasokan barang atau bahan).
  {
    lang: 'en',
    wrong: word('co-marketing|joint promotion|co-promotion|cross-promotion'),
    use: 'joint marketing',
    why: 'One English name per kind of partnership (the MoU tool, its outline, the clause library).',
    bad: 'for example joint promotion, reselling, a joint product',
  },
  {
    lang: 'en',
    wrong: word('commission-based referrals?|referrals? for commission'),
    use: 'affiliate or referral for commission',
    why: 'One English name per kind of partnership.',
    except: /affiliate or referral for commission/giu,
    bad: 'commission-based referrals',
    good: 'Affiliate or referral for commission',
  },
  {
    lang: 'en',
    wrong: word('influencer promotion'),
    use: 'content or creator promotion',
    why: 'One English name per kind of partnership ("creator", as in the guide).',
    bad: 'Content or influencer promotion',
  },
  // British spelling.
  {
    lang: 'en',
    wrong: word(
      '(?:organi|recogni|priori|customi|summari|finali|minimi|maximi|apologi|authori|reali|standardi)z(?:e|es|ed|ing|ation|ations)|analyz(?:e|es|ed|ing)',
    ),
    use: 'the -ise spelling (organise, summarise, …)',
    why: 'British spelling.',
    bad: 'keep communication smooth and organized',
    good: 'size',
  },
  {
    lang: 'en',
    wrong: word('colors?|favorites?|behaviors?|centers?|catalogs?|canceled|canceling|fulfill|enroll'),
    use: 'colour, favourite, behaviour, centre, catalogue, cancelled, fulfil, enrol',
    why: 'British spelling.',
    bad: 'a favorite colour',
  },
];

/** The patterns below mark a blank a reader fills in, other than the one form "[...]". */
export const wrongBlanks: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /_{2,}/u, name: 'underscores' },
  { pattern: /\((?:\s*(?:\.{2,}|…|_+)\s*)\)/u, name: '"(...)"' },
  { pattern: /<(?:\s*(?:\.{2,}|…)\s*|[^<>/="{}]*\s[^<>/="{}]*)>/u, name: '"<...>"' },
  // An ellipsis standing for a word: not right after a letter ("Memuat…" is a trailing ellipsis)
  // and not inside square brackets ("[…]" is the right form).
  { pattern: /(?<=^|[\s(“"'‘:])(?:\.{3}|…)(?=$|[\s).,;:!?”"'’])/u, name: 'an ellipsis' },
];

/**
 * Words of the other language, which the guide writes in italics in its body (`*online*` in
 * Indonesian, `*advokat*` in English; EYD V and British usage agree). Plain-text fields (the
 * frontmatter's title, description, summary, actions and reasons, and every dictionary) cannot
 * show italics, so they use the page language's own word instead. Names (Trello, WhatsApp)
 * and abbreviations (MoU, KPI, UMKM) are not foreign words.
 */
export const foreignWords: Readonly<Record<Locale, readonly string[]>> = {
  id: [
    'online',
    'offline',
    'marketplace',
    'brand awareness',
    'win-win(?: solution)?',
    'fashion',
    'cloud(?: kitchen)?',
    'skincare',
    'live',
    'cookies?',
    'browser',
    'server',
    'e-?mail',
    'resellers?',
    'influencers?',
    'suppliers?',
    'affiliates?',
    'specific',
    'measurable',
    'achievable',
    'relevant',
    'time-bound',
    'key performance indicators?',
    'memorandum of understanding',
    'partners?',
    'review',
    'deadline',
    'feedback',
    'meeting',
    'followers?',
    'endorse(?:ment)?',
    'giveaway',
    'bundling',
    'pre-?order',
    'checkout',
    'upload',
    'freelancer?',
    'dropship(?:per)?',
    'brand',
    'creator',
    'content',
  ],
  en: [
    'advokat',
    'lokapasar',
    'notaris',
    'meterai',
    'kerja sama',
    'bagi hasil',
    'peladen',
    'daring',
    'surel',
    'wanprestasi',
    'keadaan kahar',
    'gugatan sederhana',
    'perjanjian kerja sama',
  ],
};
