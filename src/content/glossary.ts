import type { Locale } from '../i18n/locales';

/**
 * The glossary (/id/istilah/, /en/glossary/): the terms the guide, the tools and the sheets use,
 * each explained in a sentence or two for a shop owner. The guide links the first use of each
 * term on each page to its entry (src/integrations/glossary-links.ts), so `forms` lists the
 * spellings to look for in running text. Keep definitions short and plain; legal ones must
 * agree with the clause library (src/content/clauses/).
 */
export interface GlossaryEntry {
  /** Anchor on the glossary page (`#mou`); stable, lower-case words joined by `-`. */
  id: string;
  /** The term as the entry's heading, in each language. */
  term: Record<Locale, string>;
  /**
   * Spellings found in running text, in each language. A form with a capital letter is matched
   * exactly (MoU, KPI); an all-lower-case form also matches with a capital first letter.
   */
  forms: Record<Locale, readonly string[]>;
  /** One or two plain sentences; `*word*` marks a foreign word, shown in italics. */
  definition: Record<Locale, string>;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'mou',
    term: { id: 'MoU (nota kesepahaman)', en: 'MoU (memorandum of understanding)' },
    forms: { id: ['MoU', 'nota kesepahaman'], en: ['MoU', 'memorandum of understanding'] },
    definition: {
      id: 'Dokumen tertulis yang mencatat kesepahaman kedua pihak. MoU bisa hanya berupa pernyataan niat, tetapi bila memuat hak dan kewajiban serta memenuhi syarat sahnya perjanjian, MoU dapat mengikat seperti perjanjian. Tuliskan dengan tegas mana yang dimaksud.',
      en: 'A written record of what the parties have agreed. An MoU can be only a statement of intent, but one that sets out rights and obligations and meets the conditions of a valid agreement can bind like a contract. Say plainly which you mean.',
    },
  },
  {
    id: 'pks',
    term: { id: 'PKS (perjanjian kerja sama)', en: 'PKS (perjanjian kerja sama, partnership agreement)' },
    forms: { id: ['PKS', 'perjanjian kerja sama'], en: ['PKS', 'partnership agreement'] },
    definition: {
      id: 'Perjanjian yang mengatur hak dan kewajiban kedua pihak dalam sebuah kerja sama secara lengkap. Sering dibuat setelah MoU, atau langsung tanpa MoU.',
      en: 'The Indonesian name for an agreement that sets out the parties’ rights and obligations in a partnership in full. Often made after an MoU, or instead of one.',
    },
  },
  {
    id: 'kontrak',
    term: { id: 'Kontrak atau perjanjian', en: 'Contract or agreement' },
    forms: { id: ['kontrak'], en: ['contract'] },
    definition: {
      id: 'Kesepakatan yang, bila dibuat secara sah, berlaku sebagai undang-undang bagi mereka yang membuatnya (KUHPerdata Pasal 1338). Sah bila ada kesepakatan, kedua pihak cakap, objeknya jelas, dan sebabnya halal (KUHPerdata Pasal 1320). Tidak harus bermeterai untuk sah.',
      en: 'An agreement that, when validly made, has the force of law between its parties (Civil Code art. 1338). It is valid with consent, capacity, a specific subject, and a lawful cause (Civil Code art. 1320). It does not need a stamp to be valid.',
    },
  },
  {
    id: 'klausul',
    term: { id: 'Klausul', en: 'Clause' },
    forms: { id: ['klausul'], en: ['clause'] },
    definition: {
      id: 'Satu ketentuan dalam perjanjian, biasanya satu pasal, misalnya klausul kerahasiaan atau klausul pengakhiran.',
      en: 'One provision of an agreement, usually one article, such as the confidentiality clause or the termination clause.',
    },
  },
  {
    id: 'kpi',
    term: { id: 'KPI (indikator kinerja utama)', en: 'KPI (key performance indicator)' },
    forms: { id: ['KPI'], en: ['KPI', 'KPIs'] },
    definition: {
      id: 'Angka yang dipakai untuk mengukur apakah kerja sama berjalan baik, misalnya jumlah pesanan, kunjungan, atau konversi.',
      en: 'A figure used to measure whether the partnership is working, such as orders, visits, or conversion.',
    },
  },
  {
    id: 'smart',
    term: { id: 'Tujuan SMART', en: 'SMART goal' },
    forms: { id: ['SMART'], en: ['SMART'] },
    definition: {
      id: 'Tujuan yang spesifik (*specific*), terukur (*measurable*), dapat dicapai (*achievable*), relevan bagi arah kedua usaha dan tujuan kerja sama (*relevant*), serta terikat waktu (*time-bound*).',
      en: 'A goal that is specific, measurable, achievable, relevant to both businesses’ direction and the partnership’s purpose, and time-bound.',
    },
  },
  {
    id: 'bagi-hasil',
    term: { id: 'Bagi hasil', en: 'Profit sharing (bagi hasil)' },
    forms: { id: ['bagi hasil', 'pembagian keuntungan'], en: ['profit sharing', 'revenue share'] },
    definition: {
      id: 'Cara membagi pendapatan atau keuntungan kerja sama menurut persentase atau rumus yang disepakati. Tuliskan dasar perhitungannya: omzet, laba kotor, atau laba bersih.',
      en: 'Dividing the partnership’s revenue or profit by an agreed percentage or formula. Write down the basis: turnover, gross profit, or net profit.',
    },
  },
  {
    id: 'komisi',
    term: { id: 'Komisi', en: 'Commission' },
    forms: { id: ['komisi'], en: ['commission'] },
    definition: {
      id: 'Imbalan berupa persentase atau jumlah tetap untuk setiap penjualan yang dibawa mitra, misalnya oleh afiliasi atau *reseller*. Bila pembayarnya wajib memotong PPh menurut ketentuan perpajakan, komisi dibayarkan setelah dipotong PPh.',
      en: 'A percentage or fixed amount paid for each sale a partner brings in, for example by an affiliate or reseller. If the tax rules require the payer to withhold income tax, it is paid net of that tax.',
    },
  },
  {
    id: 'afiliasi',
    term: { id: 'Afiliasi', en: 'Affiliate' },
    forms: { id: ['afiliasi'], en: ['affiliate'] },
    definition: {
      id: 'Kerja sama ketika mitra mempromosikan produk Anda dengan tautan atau kode khusus dan mendapat komisi untuk setiap penjualan yang berasal dari rujukannya.',
      en: 'A partnership in which a partner promotes your products with a special link or code and earns a commission on each sale it refers.',
    },
  },
  {
    id: 'reseller',
    term: { id: 'Reseller (penjual kembali)', en: 'Reseller' },
    forms: { id: ['reseller', 'penjualan kembali'], en: ['reseller', 'reselling'] },
    definition: {
      id: 'Mitra yang membeli produk Anda, biasanya dengan harga grosir, lalu menjualnya lagi kepada pembelinya sendiri.',
      en: 'A partner who buys your products, usually at a wholesale price, and sells them on to its own customers.',
    },
  },
  {
    id: 'influencer',
    term: { id: 'Influencer atau kreator konten', en: 'Influencer or content creator' },
    forms: { id: ['influencer', 'kreator'], en: ['influencer', 'creator'] },
    definition: {
      id: 'Orang yang membuat konten di media sosial dan dipercaya pengikutnya. Konten berbayar sebaiknya diberi tanda iklan atau kerja sama.',
      en: 'Someone who makes social media content and whose followers trust them. Paid content should be marked as an ad or a paid partnership.',
    },
  },
  {
    id: 'lokapasar',
    term: { id: 'Lokapasar', en: 'Marketplace (lokapasar)' },
    forms: { id: ['lokapasar'], en: ['marketplace'] },
    definition: {
      id: 'Situs atau aplikasi tempat banyak penjual berjualan, dalam bahasa Inggris *marketplace*.',
      en: 'A website or app where many sellers sell; *lokapasar* is the Indonesian word.',
    },
  },
  {
    id: 'eksklusivitas',
    term: { id: 'Eksklusivitas', en: 'Exclusivity' },
    forms: { id: ['eksklusivitas', 'eksklusif'], en: ['exclusivity', 'exclusive'] },
    definition: {
      id: 'Janji untuk tidak menjual, mempromosikan, atau bekerja sama dengan pesaing dalam jangka waktu dan wilayah tertentu. Batasi produk, wilayah, dan waktunya.',
      en: 'A promise not to sell, promote, or work with competitors for a set period and in a set area. Limit the products, territory, and time.',
    },
  },
  {
    id: 'kerahasiaan',
    term: { id: 'Kerahasiaan', en: 'Confidentiality' },
    forms: { id: ['kerahasiaan'], en: ['confidentiality'] },
    definition: {
      id: 'Kewajiban menjaga informasi mitra, seperti harga pokok, pemasok, atau data penjualan, dan hanya memakainya untuk kerja sama.',
      en: 'The duty to keep a partner’s information, such as costs, suppliers, or sales figures, to yourself and use it only for the partnership.',
    },
  },
  {
    id: 'kekayaan-intelektual',
    term: { id: 'Kekayaan intelektual (KI)', en: 'Intellectual property' },
    forms: { id: ['kekayaan intelektual', 'KI'], en: ['intellectual property'] },
    definition: {
      id: 'Hak atas hasil karya dan merek: hak cipta atas desain, foto, atau tulisan, dan hak atas merek terdaftar. Hak cipta timbul secara otomatis; merek dilindungi setelah didaftarkan.',
      en: 'Rights in creations and brands: copyright in designs, photos, or texts, and rights in registered trademarks. Copyright arises automatically; a trademark is protected once registered.',
    },
  },
  {
    id: 'lisensi',
    term: { id: 'Lisensi', en: 'Licence' },
    forms: { id: ['lisensi'], en: ['licence', 'license'] },
    definition: {
      id: 'Izin tertulis dari pemilik untuk memakai merek, logo, atau karyanya dengan batas tertentu. Lisensi merek terdaftar wajib dimohonkan pencatatannya; lisensi yang tidak dicatatkan tetap berlaku di antara kedua pihak, tetapi tidak berakibat hukum pada pihak ketiga.',
      en: 'Written permission from the owner to use its brand, logo, or work within limits. A licence of a registered trademark must be submitted for recording; an unrecorded licence binds the parties but has no legal effect on third parties.',
    },
  },
  {
    id: 'keadaan-kahar',
    term: { id: 'Keadaan kahar (force majeure)', en: 'Force majeure (keadaan kahar)' },
    forms: { id: ['keadaan kahar', 'keadaan memaksa', 'force majeure'], en: ['force majeure'] },
    definition: {
      id: 'Peristiwa di luar kendali, seperti bencana alam, yang membuat kewajiban tidak dapat dipenuhi. KUHPerdata tidak merinci peristiwanya, jadi sebutkan dalam perjanjian.',
      en: 'Events beyond anyone’s control, such as natural disasters, that make an obligation impossible to perform. The Civil Code does not list them, so name them in the agreement.',
    },
  },
  {
    id: 'wanprestasi',
    term: { id: 'Wanprestasi (cedera janji)', en: 'Breach of contract (wanprestasi)' },
    forms: { id: ['wanprestasi', 'cedera janji'], en: ['breach of contract'] },
    definition: {
      id: 'Keadaan ketika salah satu pihak tidak melakukan, terlambat melakukan, atau salah melakukan apa yang dijanjikan dalam perjanjian.',
      en: 'When a party does not do, is late in doing, or wrongly does what it promised in the agreement.',
    },
  },
  {
    id: 'meterai',
    term: { id: 'Meterai (bea meterai)', en: 'Stamp duty (meterai)' },
    forms: { id: ['meterai', 'bea meterai'], en: ['stamp duty'] },
    definition: {
      id: 'Pajak atas dokumen. Surat perjanjian dikenai bea meterai Rp10.000, yang terutang saat ditandatangani dan dibayar dengan meterai tempel atau meterai elektronik. Meterai tidak menentukan sahnya perjanjian. Dokumen yang belum bermeterai dapat dimeteraikan kemudian, tetapi bea meterainya lalu ditambah sanksi administratif 100%.',
      en: 'A tax on documents. An agreement bears Rp10,000 stamp duty, due when it is signed and paid with a paper or an electronic stamp. The stamp does not make an agreement valid. An unstamped document can be stamped later, but the duty is then increased by a 100% administrative penalty.',
    },
  },
  {
    id: 'tanda-tangan-elektronik',
    term: { id: 'Tanda tangan elektronik', en: 'Electronic signature' },
    forms: { id: ['tanda tangan elektronik'], en: ['electronic signature'] },
    definition: {
      id: 'Tanda tangan dalam bentuk elektronik. Sah bila memenuhi syarat UU ITE; yang tersertifikasi dibuat dengan sertifikat dari PSrE dan wajib untuk transaksi elektronik berisiko tinggi.',
      en: 'A signature in electronic form. Valid if it meets the Electronic Information and Transactions Law; a certified one uses a certificate from a PSrE and is required for high-risk electronic transactions.',
    },
  },
  {
    id: 'psre',
    term: { id: 'PSrE (Penyelenggara Sertifikasi Elektronik)', en: 'PSrE (electronic certification authority)' },
    forms: { id: ['PSrE'], en: ['PSrE'] },
    definition: {
      id: 'Badan hukum yang diakui pemerintah untuk menerbitkan sertifikat elektronik, dasar tanda tangan elektronik tersertifikasi.',
      en: 'A government-recognised Indonesian provider that issues the electronic certificates behind certified electronic signatures.',
    },
  },
  {
    id: 'notaris',
    term: { id: 'Notaris', en: 'Notary (notaris)' },
    forms: { id: ['notaris'], en: ['notary'] },
    definition: {
      id: 'Pejabat umum yang berwenang membuat akta autentik, misalnya akta perjanjian. Notaris juga dapat memeriksa dan menjelaskan isi perjanjian.',
      en: 'A public official who may draw up authentic deeds, such as a deed of agreement. A notary can also review an agreement and explain it.',
    },
  },
  {
    id: 'advokat',
    term: { id: 'Advokat (pengacara)', en: 'Lawyer (advokat)' },
    forms: { id: ['advokat', 'pengacara'], en: ['lawyer'] },
    definition: {
      id: 'Ahli hukum yang memberi nasihat hukum dan mewakili klien, termasuk di pengadilan. Dalam percakapan sehari-hari disebut pengacara.',
      en: 'A legal professional who gives legal advice and represents clients, including in court. *Advokat* is the official Indonesian title; people often say *pengacara*.',
    },
  },
  {
    id: 'mediasi',
    term: { id: 'Mediasi', en: 'Mediation' },
    forms: { id: ['mediasi', 'mediator'], en: ['mediation', 'mediator'] },
    definition: {
      id: 'Perundingan dengan pihak netral (mediator) yang membantu kedua pihak mencapai kesepakatan, tetapi tidak memutus sengketa.',
      en: 'Negotiation with a neutral person (a mediator) who helps the parties reach an agreement but does not decide the dispute.',
    },
  },
  {
    id: 'arbitrase',
    term: { id: 'Arbitrase', en: 'Arbitration' },
    forms: { id: ['arbitrase'], en: ['arbitration'] },
    definition: {
      id: 'Penyelesaian sengketa di luar pengadilan oleh arbiter yang dipilih kedua pihak. Putusannya final dan mengikat; bila ada perjanjian arbitrase, pengadilan negeri tidak berwenang mengadili sengketanya.',
      en: 'Settling a dispute out of court by arbitrators the parties choose. The award is final and binding; where there is an arbitration agreement, the district court cannot hear the dispute.',
    },
  },
  {
    id: 'bani',
    term: { id: 'BANI (Badan Arbitrase Nasional Indonesia)', en: 'BANI (Indonesian National Board of Arbitration)' },
    forms: { id: ['BANI'], en: ['BANI'] },
    definition: {
      id: 'Lembaga arbitrase di Indonesia yang menyelenggarakan arbitrase menurut peraturan prosedurnya sendiri. Bila memilih arbitrase, tulis nama lengkap dan alamat lembaganya, kota, dan aturannya; nama BANI saja bisa merujuk pada lebih dari satu badan.',
      en: 'An Indonesian arbitration institution that runs arbitrations under its own rules. If you choose arbitration, write the institution’s full name and address, the city, and the rules; BANI alone can refer to more than one body.',
    },
  },
  {
    id: 'gugatan-sederhana',
    term: { id: 'Gugatan sederhana', en: 'Simple claims procedure (gugatan sederhana)' },
    forms: { id: ['gugatan sederhana'], en: ['simple claims'] },
    definition: {
      id: 'Acara cepat di pengadilan negeri untuk gugatan wanprestasi atau perbuatan melawan hukum dengan nilai gugatan materiil paling banyak Rp500 juta, diperiksa hakim tunggal.',
      en: 'A fast district court procedure for claims for breach of contract or tort of up to Rp500 million in material damages, heard by a single judge.',
    },
  },
  {
    id: 'nib',
    term: { id: 'NIB (Nomor Induk Berusaha)', en: 'NIB (business identification number)' },
    forms: { id: ['NIB'], en: ['NIB'] },
    definition: {
      id: 'Nomor identitas pelaku usaha (13 angka) yang diterbitkan Lembaga OSS melalui sistem perizinan berusaha daring (oss.go.id) dan ditandatangani secara elektronik. Mintalah NIB dan dokumen NIB calon mitra, cocokkan nama, alamat, dan bidang usahanya dengan yang ia sampaikan, lalu periksa tanda tangan elektronik pada dokumen itu.',
      en: 'The 13-digit business identification number issued through Indonesia’s online business licensing system (OSS, oss.go.id) and signed electronically. Ask a potential partner for its NIB and the NIB document, check that the name, address, and line of business match what it told you, and check the electronic signature on the document.',
    },
  },
  {
    id: 'pkp',
    term: { id: 'PKP (Pengusaha Kena Pajak)', en: 'PKP (VAT-registered business)' },
    forms: { id: ['PKP'], en: ['PKP'] },
    definition: {
      id: 'Pengusaha yang dikukuhkan untuk memungut PPN atas penjualannya. Yang memungut PPN adalah pihak yang menerima pembayaran; bila pihak itu PKP, tuliskan apakah harganya sudah termasuk PPN.',
      en: 'A business registered to charge VAT (*PPN*) on its sales. VAT is charged by the party being paid; if that party is a PKP, write down whether its prices include VAT.',
    },
  },
  {
    id: 'data-pribadi',
    term: { id: 'Data pribadi', en: 'Personal data' },
    forms: { id: ['data pribadi'], en: ['personal data'] },
    definition: {
      id: 'Data tentang orang yang dapat dikenali, seperti nama, nomor telepon, dan alamat pelanggan. Dilindungi UU Pelindungan Data Pribadi; pihak yang menentukan tujuannya disebut pengendali.',
      en: 'Data about an identifiable person, such as a customer’s name, phone number, and address. Protected by the Personal Data Protection Law; whoever sets its purpose is the controller.',
    },
  },
  {
    id: 'penafian',
    term: { id: 'Penafian', en: 'Disclaimer (penafian)' },
    forms: { id: ['penafian'], en: ['disclaimer'] },
    definition: {
      id: 'Pernyataan tentang batas tanggung jawab, misalnya bahwa panduan ini bukan nasihat hukum.',
      en: 'A statement of the limits of responsibility, for example that this guide is not legal advice.',
    },
  },
];
