import type { Locale } from '../../i18n/locales';

/**
 * The SMART letters and the goal types of guide step 1, in both languages. Plain data: the
 * island, the static worksheet on the tool page and the printable SMART sheet all import it, so
 * it stays free of Preact and the DOM.
 */

export const letterKeys = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type LetterKey = (typeof letterKeys)[number];

export interface LetterText {
  /** The word behind the letter, e.g. "Spesifik" / "Specific". */
  name: string;
  /** The one question the letter asks of a goal. */
  question: string;
  /** Prompts a reader answers to meet the letter (the worksheet prints them as lines to fill in). */
  prompts: readonly string[];
}

export interface SmartLetter {
  key: LetterKey;
  /** The capital letter itself: S, M, A, R or T. */
  letter: 'S' | 'M' | 'A' | 'R' | 'T';
  text: Record<Locale, LetterText>;
}

export const smartLetters: readonly SmartLetter[] = [
  {
    key: 'specific',
    letter: 'S',
    text: {
      id: {
        name: 'Spesifik',
        question: 'Apa persisnya yang ingin dicapai, dan oleh siapa?',
        prompts: [
          'Apa yang ingin dicapai? Tulis dengan kata kerja dan benda yang jelas, bukan “lebih laris”.',
          'Untuk produk, saluran penjualan, atau calon pembeli yang mana?',
          'Siapa kedua mitra yang mengerjakannya?',
        ],
      },
      en: {
        name: 'Specific',
        question: 'What exactly will be achieved, and by whom?',
        prompts: [
          'What will be achieved? Use a clear verb and object, not just “sell more”.',
          'For which product, sales channel or audience?',
          'Who are the two partners doing the work?',
        ],
      },
    },
  },
  {
    key: 'measurable',
    letter: 'M',
    text: {
      id: {
        name: 'Terukur',
        question: 'Dengan angka apa keberhasilan dinilai?',
        prompts: [
          'Ukuran (metrik) apa yang dipakai, dan apa satuannya?',
          'Berapa angkanya sekarang (titik awal), dan berapa targetnya?',
          'Dari mana angka itu diambil (sumber data)?',
        ],
      },
      en: {
        name: 'Measurable',
        question: 'Which number tells you it worked?',
        prompts: [
          'Which measure (metric) will you use, and in what unit?',
          'What is the number today (baseline), and what is the target?',
          'Where will the number come from (data source)?',
        ],
      },
    },
  },
  {
    key: 'achievable',
    letter: 'A',
    text: {
      id: {
        name: 'Dapat Dicapai',
        question: 'Apakah target itu realistis dengan modal, waktu, dan tenaga kedua mitra?',
        prompts: [
          'Apa yang disumbangkan setiap mitra: waktu, modal, tenaga, keahlian, atau pengikut?',
          'Bukti apa yang menunjukkan target ini masuk akal (hasil sebelumnya, data pesaing, uji coba)?',
        ],
      },
      en: {
        name: 'Achievable',
        question: 'Is the target realistic for both partners’ money, time and people?',
        prompts: [
          'What does each partner bring: time, money, effort, expertise or an audience?',
          'What evidence shows the target is realistic (past results, a competitor, a trial run)?',
        ],
      },
    },
  },
  {
    key: 'relevant',
    letter: 'R',
    text: {
      id: {
        name: 'Relevan',
        question: 'Apakah tujuan ini mendukung arah kedua usaha dan tujuan kerja sama?',
        prompts: [
          'Apa yang didapat mitra pertama jika tujuan tercapai?',
          'Apa yang didapat mitra kedua jika tujuan tercapai?',
        ],
      },
      en: {
        name: 'Relevant',
        question: 'Does it serve both businesses and the partnership’s purpose?',
        prompts: [
          'What does the first partner gain when the goal is reached?',
          'What does the second partner gain when the goal is reached?',
        ],
      },
    },
  },
  {
    key: 'timeBound',
    letter: 'T',
    text: {
      id: {
        name: 'Terikat Waktu',
        question: 'Kapan mulai, kapan tenggatnya, dan seberapa sering kemajuan ditinjau?',
        prompts: [
          'Tanggal mulai dan tenggat (paling singkat satu minggu, paling lama tiga tahun).',
          'Seberapa sering kedua mitra meninjau kemajuan: setiap minggu, setiap dua minggu, setiap bulan, atau setiap tiga bulan?',
        ],
      },
      en: {
        name: 'Time-bound',
        question: 'When does it start, when is the deadline, and how often will you review progress?',
        prompts: [
          'A start date and a deadline (at least one week apart, at most three years).',
          'How often will the partners review progress: every week, every two weeks, every month or every three months?',
        ],
      },
    },
  },
];

/** The goal types named in guide step 1, plus "other". */
export const goalTypes = ['sales', 'awareness', 'product', 'efficiency', 'other'] as const;
export type GoalType = (typeof goalTypes)[number];

/** Whether a metric is meant to go up (orders) or down (cost per order). */
export type Direction = 'up' | 'down';

export interface SuggestedMetric {
  /** The metric's name as the reader would write it. */
  text: Record<Locale, { metric: string; unit: string }>;
  direction: Direction;
}

export interface GoalTypeInfo {
  key: GoalType;
  text: Record<Locale, { name: string; hint: string }>;
  /** Metrics that fit the type; the island offers them as one-tap suggestions. */
  metrics: readonly SuggestedMetric[];
}

// Plain literals, no helper calls: a call at module level would keep this data in every
// bundle that imports anything from this file (bundlers cannot prove the call pure).
export const goalTypeInfo: readonly GoalTypeInfo[] = [
  {
    key: 'sales',
    text: {
      id: { name: 'Menambah penjualan', hint: 'Lebih banyak pesanan atau omzet melalui mitra.' },
      en: { name: 'Increase sales', hint: 'More orders or revenue through the partner.' },
    },
    metrics: [
      {
        direction: 'up',
        text: {
          id: { metric: 'Jumlah pesanan per bulan', unit: 'pesanan' },
          en: { metric: 'Orders per month', unit: 'orders' },
        },
      },
      {
        direction: 'up',
        text: { id: { metric: 'Omzet per bulan', unit: 'Rp' }, en: { metric: 'Revenue per month', unit: 'Rp' } },
      },
      {
        direction: 'up',
        text: {
          id: { metric: 'Penjualan melalui kode promo mitra', unit: 'pesanan' },
          en: { metric: 'Sales through the partner’s promo code', unit: 'orders' },
        },
      },
      {
        direction: 'up',
        text: { id: { metric: 'Rasio konversi toko', unit: '%' }, en: { metric: 'Shop conversion rate', unit: '%' } },
      },
    ],
  },
  {
    key: 'awareness',
    text: {
      id: { name: 'Memperluas kesadaran merek', hint: 'Lebih banyak orang mengenal dan mengikuti merek Anda.' },
      en: { name: 'Build brand awareness', hint: 'More people know and follow your brand.' },
    },
    metrics: [
      {
        direction: 'up',
        text: { id: { metric: 'Jumlah pengikut', unit: 'pengikut' }, en: { metric: 'Followers', unit: 'followers' } },
      },
      {
        direction: 'up',
        text: {
          id: { metric: 'Jangkauan per unggahan', unit: 'akun' },
          en: { metric: 'Reach per post', unit: 'accounts' },
        },
      },
      {
        direction: 'up',
        text: { id: { metric: 'Tingkat interaksi pengikut', unit: '%' }, en: { metric: 'Engagement rate', unit: '%' } },
      },
      {
        direction: 'up',
        text: {
          id: { metric: 'Frekuensi merek disebut per bulan', unit: 'kali' },
          en: { metric: 'Brand mentions per month', unit: 'mentions' },
        },
      },
    ],
  },
  {
    key: 'product',
    text: {
      id: { name: 'Mengembangkan produk baru', hint: 'Meluncurkan dan menjual produk yang dibuat bersama.' },
      en: { name: 'Develop a new product', hint: 'Launch and sell a product you make together.' },
    },
    metrics: [
      {
        direction: 'up',
        text: {
          id: { metric: 'Produk baru yang diluncurkan', unit: 'produk' },
          en: { metric: 'New products launched', unit: 'products' },
        },
      },
      {
        direction: 'up',
        text: { id: { metric: 'Prapesan', unit: 'pesanan' }, en: { metric: 'Pre-orders', unit: 'orders' } },
      },
      {
        direction: 'up',
        text: {
          id: { metric: 'Unit terjual pada bulan pertama', unit: 'unit' },
          en: { metric: 'Units sold in the first month', unit: 'units' },
        },
      },
      {
        direction: 'up',
        text: {
          id: { metric: 'Rata-rata nilai ulasan', unit: 'bintang' },
          en: { metric: 'Average review rating', unit: 'stars' },
        },
      },
    ],
  },
  {
    key: 'efficiency',
    text: {
      id: { name: 'Meningkatkan efisiensi operasional', hint: 'Biaya lebih rendah atau proses lebih cepat.' },
      en: { name: 'Improve operational efficiency', hint: 'Lower costs or faster processes.' },
    },
    metrics: [
      {
        direction: 'down',
        text: { id: { metric: 'Biaya per pesanan', unit: 'Rp' }, en: { metric: 'Cost per order', unit: 'Rp' } },
      },
      {
        direction: 'down',
        text: {
          id: { metric: 'Lama rata-rata pengiriman', unit: 'hari' },
          en: { metric: 'Average delivery time', unit: 'days' },
        },
      },
      {
        direction: 'down',
        text: { id: { metric: 'Tingkat pengembalian barang', unit: '%' }, en: { metric: 'Return rate', unit: '%' } },
      },
      {
        direction: 'up',
        text: {
          id: { metric: 'Pesanan yang dikemas per hari', unit: 'pesanan' },
          en: { metric: 'Orders packed per day', unit: 'orders' },
        },
      },
    ],
  },
  {
    key: 'other',
    text: {
      id: { name: 'Lainnya', hint: 'Tujuan lain; tulis sendiri ukurannya.' },
      en: { name: 'Other', hint: 'Another goal; name your own measure.' },
    },
    metrics: [],
  },
];

/** The review rhythms a partnership can choose. */
export const cadences = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof cadences)[number];
