/**
 * The seven criteria of the partner-fit scorer, drawn from the guide: step 2 "Find the right
 * partner" (values, complementarity, audience, reputation, capacity), step 1 "Set shared SMART
 * goals" (a win-win that serves the goal) and step 3 "Build clear and open communication".
 *
 * This file is data only (no Preact, no DOM), so the scorer, its page and the printable worksheet
 * share one source. The facts the model needs (`criterionIds`, `criterionFacts`) are kept apart
 * from the texts, so that an island importing only the facts does not ship both languages' texts
 * to the browser: the page hands the island the texts of one language as props.
 */
import type { GuideKey } from '../../content/schema';
import type { Locale } from '../../i18n/locales';

/**
 * Stable ids, in the order the guide presents them. They are stored in saved work, share links
 * and JSON files: never rename one (add a migration in the schema if you must).
 */
export const criterionIds = [
  'values',
  'complementary',
  'audience',
  'reputation',
  'capacity',
  'goals',
  'communication',
] as const;
export type CriterionId = (typeof criterionIds)[number];

/** Importance a reader can give a criterion: 0 = not counted, 1 = less, 2 = important, 3 = very. */
export const weightLevels = [0, 1, 2, 3] as const;
export type Weight = (typeof weightLevels)[number];

/** A rating on the 1–5 scale; the criteria describe anchors for 1, 3 and 5. */
export const ratingLevels = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof ratingLevels)[number];

/** The ratings that have a described anchor (2 and 4 lie between two anchors). */
export const anchorLevels = [1, 3, 5] as const;
export type AnchorLevel = (typeof anchorLevels)[number];

export interface CriterionFacts {
  /**
   * A critical criterion rated 1 or 2 is a deal-breaker, whatever the overall score.
   *
   * Why these three: step 2 of the guide names exactly three things to look for in a partner
   * ("shares your business values; has a good reputation; serves an audience that complements
   * yours, rather than competing with you directly"). They are facts about who the partner is,
   * which no agreement can repair: a partner without integrity or with a bad name takes your
   * good name with it, and a direct competitor gains from your customers. The other four can be
   * worked on: capacity by starting smaller, goals by negotiating a real win-win (step 1),
   * communication by agreeing channels and a rhythm (step 3), and a partner who is too similar
   * only makes the partnership less useful, not harmful.
   */
  critical: boolean;
  /**
   * Starting importance (0–3). The three critical criteria start at 3 (very important), the
   * others at 2 (important); the reader can change every weight.
   */
  defaultWeight: Weight;
  /** The guide page whose advice helps with a weak spot on this criterion. */
  guide: GuideKey;
}

/** What the model needs to know about each criterion (no texts). */
export const criterionFacts = {
  values: { critical: true, defaultWeight: 3, guide: 'partner' },
  complementary: { critical: false, defaultWeight: 2, guide: 'partner' },
  audience: { critical: true, defaultWeight: 3, guide: 'partner' },
  reputation: { critical: true, defaultWeight: 3, guide: 'partner' },
  capacity: { critical: false, defaultWeight: 2, guide: 'partner' },
  goals: { critical: false, defaultWeight: 2, guide: 'goals' },
  communication: { critical: false, defaultWeight: 2, guide: 'communication' },
} as const satisfies Record<CriterionId, CriterionFacts>;

/** The weights a new worksheet starts with (see `criterionFacts`). */
export function defaultWeights(): Record<CriterionId, Weight> {
  const out = {} as Record<CriterionId, Weight>;
  for (const id of criterionIds) out[id] = criterionFacts[id].defaultWeight;
  return out;
}

/** The words of one criterion in one language. */
export interface CriterionText {
  /**
   * Short name, used as the criterion's heading (Indonesian in EYD title case). The criteria
   * from step 2 that have a heading there carry exactly that heading (tests/unit/partner-fit.words.test.ts).
   */
  name: string;
  /** One or two sentences: what the criterion is about and why it matters. */
  explanation: string;
  /** Two or three questions to ask yourself or the candidate (from the guide). */
  questions: readonly string[];
  /** What a rating of 1, 3 and 5 looks like; 2 and 4 lie in between. */
  anchors: Readonly<Record<AnchorLevel, string>>;
  /** The guide's advice on what to check next when a candidate scores low here. */
  advice: string;
}

/** One criterion: its facts and its words in both languages. */
export interface Criterion extends CriterionFacts {
  id: CriterionId;
  text: Readonly<Record<Locale, CriterionText>>;
}

const texts: Record<CriterionId, Record<Locale, CriterionText>> = {
  values: {
    id: {
      name: 'Kesesuaian Prinsip Bisnis',
      explanation:
        'Etos kerja dan integritas calon mitra sejalan dengan bisnis Anda. Nama baik Anda ikut terbawa oleh cara mereka berjualan.',
      questions: [
        'Apakah mereka menepati janji kepada pembeli, misalnya soal waktu pengiriman dan kualitas barang?',
        'Bagaimana mereka menanggapi keluhan atau ulasan buruk?',
        'Apakah Anda nyaman jika nama Anda ikut terbawa oleh cara mereka berjualan dan berpromosi?',
      ],
      anchors: {
        1: 'Ada tanda mereka ingkar janji, menyesatkan pembeli, atau berpromosi dengan cara yang membuat Anda tidak nyaman.',
        3: 'Tidak ada tanda bahaya, tetapi Anda belum cukup tahu cara mereka bekerja.',
        5: 'Mereka terbukti menepati janji, menanggapi keluhan dengan baik, dan Anda bangga nama Anda bersanding dengan nama mereka.',
      },
      advice:
        'Tulis tiga prinsip bisnis yang tidak bisa Anda tawar, lalu bicarakan dengan calon mitra. Lihat cara mereka menanggapi keluhan dan ulasan buruk sebelum melangkah lebih jauh.',
    },
    en: {
      name: 'Shared business principles and integrity',
      explanation: 'Their work ethic and integrity match your own. Your good name travels with the way they sell.',
      questions: [
        'Do they keep their promises to customers, for example on delivery times and product quality?',
        'How do they respond to complaints or bad reviews?',
        'Would you be comfortable having your name linked to the way they sell and promote themselves?',
      ],
      anchors: {
        1: 'There are signs that they break promises, mislead buyers or promote themselves in ways you are not comfortable with.',
        3: 'No warning signs, but you don’t yet know enough about how they work.',
        5: 'They clearly keep their promises and handle complaints well, and you would be proud to see your names side by side.',
      },
      advice:
        'Write down three business principles you will not compromise on and talk them through with the candidate. Look at how they handle complaints and bad reviews before you go any further.',
    },
  },
  complementary: {
    id: {
      name: 'Komplementer, Bukan Replika',
      explanation:
        'Mitra ideal melengkapi kekurangan Anda atau menawarkan sesuatu yang berbeda, tetapi tetap relevan dengan tujuan bersama.',
      questions: [
        'Apa yang mereka miliki dan tidak Anda miliki, begitu pula sebaliknya?',
        'Apakah gabungan produk atau layanan Anda dan mereka lebih menarik daripada masing-masing sendiri?',
      ],
      anchors: {
        1: 'Mereka menawarkan hal yang sama dengan Anda, sehingga kerja sama tidak menambah apa pun.',
        3: 'Ada yang saling melengkapi, tetapi manfaatnya belum jelas.',
        5: 'Kekuatan mereka menutup kekurangan Anda, dan gabungan keduanya jelas lebih menarik.',
      },
      advice:
        'Buat dua daftar: apa yang Anda bawa dan apa yang mereka bawa. Jika isinya hampir sama, cari mitra yang memiliki apa yang tidak Anda miliki.',
    },
    en: {
      name: 'Complementary, not a copy',
      explanation:
        'The ideal partner fills your gaps or offers something different that still serves your shared goal.',
      questions: [
        'What do they have that you don’t, and what do you have that they don’t?',
        'Is your combined offer more appealing than either of you on your own?',
      ],
      anchors: {
        1: 'They offer the same as you do, so working together adds nothing.',
        3: 'Some things complement each other, but the benefit is not yet clear.',
        5: 'Their strengths fill your gaps, and your combined offer is clearly more appealing.',
      },
      advice:
        'Make two lists: what you bring and what they bring. If the lists are nearly the same, look for a partner who has what you lack.',
    },
  },
  audience: {
    id: {
      name: 'Audiens yang Melengkapi, Bukan Pesaing Langsung',
      explanation:
        'Pembeli mereka juga calon pembeli Anda, tetapi produk Anda dan mereka tidak saling berebut pembeli.',
      questions: [
        'Apakah pembeli mereka juga calon pembeli Anda?',
        'Apakah produk Anda dan mereka bersaing untuk pembelian yang sama?',
        'Jika mereka laku, apakah penjualan Anda justru berkurang?',
      ],
      anchors: {
        1: 'Mereka pesaing langsung: menjual barang serupa kepada pembeli yang sama.',
        3: 'Audiens Anda dan mereka sebagian bersinggungan, tetapi masih ada persaingan atau audiens mereka kurang cocok.',
        5: 'Pembeli mereka cocok untuk produk Anda, dan tidak ada persaingan langsung.',
      },
      advice:
        'Bandingkan audiens dan produk Anda dengan milik calon mitra. Jika Anda bersaing langsung, cari mitra yang melayani pembeli yang sama dengan produk yang berbeda.',
    },
    en: {
      name: 'Complementary audience, not a direct competitor',
      explanation:
        'Their customers are also your potential customers, but your products do not compete for the same sale.',
      questions: [
        'Are their customers also your potential customers?',
        'Do your products compete for the same purchase?',
        'If they sell more, would you sell less?',
      ],
      anchors: {
        1: 'They are a direct competitor: they sell similar goods to the same buyers.',
        3: 'Your audiences partly overlap, but there is some competition or their audience is only a partial fit.',
        5: 'Their customers are a good fit for your products, and there is no direct competition.',
      },
      advice:
        'Compare your audience and products with the candidate’s. If you compete directly, look for a partner who serves the same customers with different products.',
    },
  },
  reputation: {
    id: {
      name: 'Reputasi',
      explanation: 'Rekam jejak mereka di pasar menunjukkan bagaimana mereka kelak memperlakukan pembeli dan mitra.',
      questions: [
        'Bagaimana ulasan dan penilaian toko mereka di lokapasar (marketplace) atau media sosial?',
        'Sudah berapa lama mereka berjualan dan pernahkah mereka bermasalah dengan pembeli atau mitra lain?',
        'Apa kata orang yang pernah bekerja sama dengan mereka?',
      ],
      anchors: {
        1: 'Banyak ulasan buruk, atau ada masalah serius dengan pembeli atau mitra lain.',
        3: 'Ulasannya campuran, atau rekam jejaknya masih pendek.',
        5: 'Ulasannya baik secara konsisten, mereka sudah lama berjualan, dan mitra sebelumnya memberi kesan positif.',
      },
      advice:
        'Baca ulasan pembeli di lokapasar (marketplace) dan media sosial, lalu tanyakan pengalaman orang yang pernah bekerja sama dengan mereka. Tunda keputusan sampai pertanyaan Anda terjawab.',
    },
    en: {
      name: 'Reputation',
      explanation: 'Their track record in the market shows how they are likely to treat customers and partners.',
      questions: [
        'What do their shop ratings and reviews look like on marketplaces or social media?',
        'How long have they been selling, and have they had problems with customers or other partners?',
        'What do people who have worked with them say?',
      ],
      anchors: {
        1: 'Many bad reviews, or serious problems with customers or other partners.',
        3: 'Mixed reviews, or only a short track record.',
        5: 'Consistently good reviews, a long selling history, and past partners speak well of them.',
      },
      advice:
        'Read customer reviews on marketplaces and social media, and ask people who have worked with them about their experience. Hold off on deciding until your questions are answered.',
    },
  },
  capacity: {
    id: {
      name: 'Kapasitas dan Kemampuan',
      explanation: 'Mereka memiliki sumber daya dan kemampuan yang memadai untuk memenuhi komitmen kerja sama.',
      questions: [
        'Apakah stok, tenaga, dan jadwal mereka sanggup menghadapi lonjakan pesanan?',
        'Siapa di pihak mereka yang akan mengurus kerja sama ini sehari-hari?',
        'Apakah mereka punya keterampilan dan peralatan yang dibutuhkan, misalnya untuk produksi, pengemasan, atau pembuatan konten?',
      ],
      anchors: {
        1: 'Stok, tenaga, atau waktu mereka jelas tidak cukup untuk yang dibutuhkan.',
        3: 'Mereka sanggup melayani pesanan biasa, tetapi belum tentu saat pesanan melonjak.',
        5: 'Stok, tenaga, keterampilan, dan penanggung jawabnya jelas, juga saat pesanan melonjak.',
      },
      advice:
        'Tanyakan berapa pesanan yang sanggup mereka tangani setiap minggu dan siapa yang mengurus kerja sama sehari-hari. Sesuaikan komitmen dengan kapasitas yang benar-benar mereka miliki.',
    },
    en: {
      name: 'Capacity and capability',
      explanation: 'They have the resources and skills to keep their side of the deal.',
      questions: [
        'Can their stock, staff and schedule cope with a surge in orders?',
        'Who on their side will handle the partnership day to day?',
        'Do they have the skills and equipment needed, for example for production, packing or content creation?',
      ],
      anchors: {
        1: 'Their stock, staff or time clearly fall short of what is needed.',
        3: 'They can handle normal orders, but perhaps not a surge.',
        5: 'They have the stock, people and skills, and a named person in charge, even when orders surge.',
      },
      advice:
        'Ask how many orders they can handle each week and who will run the partnership day to day. Match the commitment to the capacity they really have.',
    },
  },
  goals: {
    id: {
      name: 'Sejalan dengan Tujuan Bersama',
      explanation:
        'Kekuatan mereka membantu Anda mencapai tujuan kerja sama, dan mereka pun mendapat keuntungan: sama-sama menguntungkan.',
      questions: [
        'Apakah kekuatan mereka benar-benar bisa membantu mencapai tujuan kerja sama Anda?',
        'Apa yang mereka dapat dari kerja sama ini, bukan hanya apa yang Anda dapat?',
      ],
      anchors: {
        1: 'Kekuatan mereka tidak membantu tujuan Anda, atau hanya satu pihak yang diuntungkan.',
        3: 'Mereka bisa membantu sebagian tujuan Anda, tetapi apa yang mereka dapat belum jelas.',
        5: 'Mereka jelas membantu tujuan Anda, dan keuntungan bagi kedua pihak sudah dibicarakan.',
      },
      advice:
        'Rumuskan tujuan kerja sama dengan kriteria SMART (langkah 1), lalu tulis apa yang didapat mitra. Jika hanya satu pihak yang untung, kerja sama jarang bertahan lama.',
    },
    en: {
      name: 'Fits your shared goals',
      explanation: 'What they have helps you reach the goal of the partnership, and they gain from it too: a win-win.',
      questions: [
        'Can their strengths really help you reach the goal of the partnership?',
        'What do they get out of the partnership, not just what do you get?',
      ],
      anchors: {
        1: 'Their strengths do not help your goal, or only one side would gain.',
        3: 'They could help with part of your goal, but what they get out of it is unclear.',
        5: 'They clearly help your goal, and what each side gains has been talked through.',
      },
      advice:
        'Make the goal of the partnership SMART (step 1), then write down what the partner gets. When only one side gains, a partnership rarely lasts.',
    },
  },
  communication: {
    id: {
      name: 'Komunikasi dan Transparansi',
      explanation: 'Mereka membalas dengan jelas dan tepat waktu, serta terbuka tentang tujuan maupun kendala.',
      questions: [
        'Seberapa cepat dan jelas mereka membalas pesan Anda sejauh ini?',
        'Apakah mereka terbuka tentang kendala, harga, dan stok, bukan hanya hal yang baik?',
        'Apakah mereka mau menyepakati saluran dan jadwal komunikasi?',
      ],
      anchors: {
        1: 'Balasan mereka lambat atau tidak jelas, dan mereka menutupi hal penting.',
        3: 'Komunikasinya cukup, tetapi Anda sering harus bertanya ulang.',
        5: 'Mereka membalas dengan cepat dan jelas, dan menyampaikan kabar buruk sejak awal.',
      },
      advice:
        'Usulkan saluran dan jadwal rapat rutin (langkah 3), lalu perhatikan apakah mereka menepatinya. Kabar buruk yang disampaikan lebih awal lebih mudah diatasi.',
    },
    en: {
      name: 'Communication and transparency',
      explanation: 'They reply clearly and on time, and they are open about goals and problems alike.',
      questions: [
        'How quickly and clearly have they answered your messages so far?',
        'Are they open about problems, prices and stock, not only about the good news?',
        'Are they willing to agree on channels and a meeting schedule?',
      ],
      anchors: {
        1: 'Their replies are slow or unclear, and they hold back important things.',
        3: 'Communication is adequate, but you often have to ask twice.',
        5: 'They reply promptly and clearly, and share bad news early.',
      },
      advice:
        'Propose channels and a regular meeting schedule (step 3), then see whether they keep to them. Bad news shared early is easier to deal with.',
    },
  },
};

/**
 * The seven criteria with their facts and texts in both languages, in the guide's order.
 * @example criteria[0].id // => 'values'
 * @example criteria.find((c) => c.id === 'audience')?.text.en.anchors[1] // => 'They are a direct competitor: …'
 */
export const criteria: readonly Criterion[] = /* @__PURE__ */ criterionIds.map((id) => ({
  id,
  ...criterionFacts[id],
  text: texts[id],
}));

/**
 * The texts of every criterion in one language, keyed by id: what a page hands an island, so
 * only one language ships to the browser.
 * @example criterionTexts('en').values.name // => 'Shared business principles and integrity'
 */
export function criterionTexts(lang: Locale): Record<CriterionId, CriterionText> {
  const out = {} as Record<CriterionId, CriterionText>;
  for (const id of criterionIds) out[id] = texts[id][lang];
  return out;
}
