/**
 * Indonesian strings of the site's shell (header, footer, page furniture).
 * This file is the reference: `en.ts` must have exactly these keys.
 * Headings and titles use EYD V title case (function words such as "dan", "yang", "untuk"
 * stay lower case); tests/unit/terms.test.ts checks the keys listed in `uiHeadingKeys`
 * (tests/helpers/reader-text.ts).
 * Guide text lives in `src/content/guide`, tool text beside each tool.
 */
export const id = {
  // Site identity
  'site.name': 'Mitra',
  'site.tagline': 'Panduan kerja sama bisnis daring untuk UMKM dan penjual daring',
  'site.homeTitle': 'Mitra: Panduan Kerja Sama Bisnis Daring',

  // Header and navigation
  'skip.main': 'Langsung ke konten utama',
  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda Mitra',
  'nav.guide': 'Panduan',
  'nav.tools': 'Alat',
  'nav.print': 'Cetak',
  'nav.about': 'Tentang',
  'nav.menu': 'Menu',
  'nav.plan': 'Rencana',
  'nav.planMine': 'Rencana saya',
  'nav.planProgress': '{done} dari {total} langkah selesai',
  'lang.label': 'Ganti bahasa',
  'lang.current': 'Bahasa halaman ini: bahasa Indonesia',

  // Search (the header button and its message; the window's words are in src/search/i18n.ts)
  'search.open': 'Cari',
  'search.unavailable': 'Pencarian tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',

  // Reading aids: contents of the page, links to its sections, the colour theme
  'toc.title': 'Di Halaman Ini',
  'anchor.label': 'Tautan ke bagian',
  'theme.label': 'Tampilan',
  'theme.system': 'Ikuti perangkat',
  'theme.light': 'Terang',
  'theme.dark': 'Gelap',

  // Link previews (Open Graph, Twitter)
  'social.imageAlt': 'Mitra: panduan kerja sama bisnis daring untuk UMKM dan penjual daring',

  // Footer
  'footer.label': 'Informasi situs',
  'footer.disclaimer':
    'Panduan umum, bukan nasihat hukum. Untuk perjanjian, konsultasikan dengan advokat atau notaris.',
  'footer.privacy': 'Semua yang Anda ketik di alat Mitra tetap di peramban Anda.',
  'footer.aboutLink': 'Tentang Mitra, penafian, dan privasi',
  'footer.glossaryLink': 'Istilah: arti MoU, PKS, meterai, dan lainnya',

  // Page furniture
  'page.updated': 'Diperbarui',
  'step.of': 'Langkah {n} dari {total}',
  'step.short': 'Langkah {n}',
  'step.actions': 'Yang Perlu Anda Lakukan',
  'step.actionsLead': 'Centang setiap poin setelah Anda dan mitra menyelesaikannya.',
  'step.ticksUnavailable':
    'Centang Anda tidak dapat disimpan di perangkat ini (peramban memblokir penyimpanan atau penyimpanan penuh).',
  'step.ticksDamaged':
    'Centang Anda sebelumnya tidak dapat dibaca. Data itu disimpan terpisah di perangkat ini; Anda dapat mencentang lagi.',
  'step.all': 'Semua langkah',
  'stepnav.label': 'Langkah sebelumnya dan berikutnya',
  'stepnav.prev': 'Sebelumnya',
  'stepnav.next': 'Berikutnya',
  'guide.sideLabel': 'Isi Panduan',
  'guide.overview': 'Mengapa Bermitra?',
  'guide.reasons': 'Lima Alasan untuk Bermitra',
  'guide.steps': 'Tujuh Langkah Menjalin Kerja Sama',
  'guide.start': 'Mulai dari langkah 1',
  'step.printSheet': 'Daftar periksa ketujuh langkah, siap dicetak',
  'plan.link': 'Rencana kerja sama Anda: kemajuan, mitra pilihan, tujuan, dan MoU',

  // Print button (step pages, print sheets, tools)
  'print.page': 'Cetak halaman ini',
  'print.sheet': 'Cetak lembar ini',

  // Home page
  'home.eyebrow': 'Gratis, dua bahasa, tanpa akun',
  'home.title': 'Bangun Kerja Sama Bisnis Daring yang Saling Menguntungkan',
  'home.lead':
    'Mitra memandu UMKM dan penjual daring menemukan mitra yang tepat, menyepakati tujuan dan peran, menyusun MoU, lalu mengevaluasi kerja sama secara berkala, dalam tujuh langkah praktis.',
  'home.ctaGuide': 'Baca panduannya',
  'home.ctaTools': 'Coba alatnya',
  'home.continueTitle': 'Lanjutkan dari Terakhir',
  'home.continuePlan': 'Rencana saya: yang perlu dilakukan berikutnya',
  'home.reasonsTitle': 'Mengapa Bermitra?',
  'home.reasonsLead': 'Bersama mitra, Anda bisa meraih hal yang sulit dicapai sendirian.',
  'home.stepsTitle': 'Tujuh Langkah Sekilas',
  'home.stepsMore': 'Baca alasan lengkapnya di panduan',
  'home.toolsTitle': 'Alat Praktis',
  'home.toolsLead': 'Ketiga alat ini berjalan sepenuhnya di peramban Anda: isian Anda tidak dikirim ke mana pun.',
  'home.conclusion': 'Baca kesimpulan',
  'home.description':
    'Panduan gratis dua bahasa untuk UMKM dan penjual daring: tujuh langkah menjalin kerja sama bisnis daring yang baik, plus alat praktis.',

  // Tools index and the tools box on guide pages
  'tools.title': 'Alat Kerja Sama',
  'tools.description':
    'Alat gratis untuk menilai calon mitra, menyusun tujuan SMART, dan membuat daftar klausul MoU. Semua berjalan di peramban Anda.',
  'tools.lead':
    'Setiap alat menyimpan pekerjaan Anda hanya di perangkat ini. Tidak ada akun, dan isian Anda tidak dikirim ke mana pun.',
  'step.toolsTitle': 'Alat untuk Langkah Ini',

  // Glossary page
  'glossary.title': 'Istilah',
  'glossary.description':
    'Arti istilah kerja sama usaha yang dipakai Mitra, seperti MoU, PKS, KPI, meterai, PSrE, BANI, dan bagi hasil, dijelaskan singkat dengan kata sehari-hari.',
  'glossary.lead':
    'Arti singkat istilah yang dipakai di panduan, alat, dan lembar cetak Mitra. Ini penjelasan umum, bukan nasihat hukum.',
  'glossary.back': 'Kembali ke panduan',
  'glossary.filter': 'Saring istilah',
  'glossary.letters': 'Istilah menurut huruf awal',
  'glossary.count.one': '1 istilah cocok',
  'glossary.count.other': '{n} istilah cocok',
  'glossary.none':
    'Tidak ada istilah yang cocok dengan “{query}”. Coba kata lain, atau cari di seluruh situs dengan tombol Cari.',

  // Not found page
  'notFound.title': 'Halaman Tidak Ditemukan',
  'notFound.body': 'Alamat ini tidak ada di Mitra. Mungkin tautannya salah ketik atau halamannya sudah dipindahkan.',
  'notFound.home': 'Ke beranda berbahasa Indonesia',

  // Language chooser at /
  'root.choose': 'Pilih Bahasa',
  'root.lead': 'Panduan dan alat untuk menjalin kerja sama bisnis daring yang baik.',
  'root.enter': 'Masuk dalam bahasa Indonesia',
} as const;

export type UiKey = keyof typeof id;
