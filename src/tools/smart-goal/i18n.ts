import { defineDictionaries } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';

/**
 * Every word of the SMART goal builder in both languages. The page hands the island only the
 * strings of its own language (plus the other language's `statement.*`, `cadence.*` and `ics.*`
 * for the "show in the other language" switch). Goal types and SMART letters live in letters.ts.
 */
const dictionaries = defineDictionaries({
  id: {
    // Tool identity (meta.ts, the tools list, the page head)
    'tool.name': 'Penyusun Tujuan SMART',
    'tool.summary':
      'Ubah keinginan yang masih kabur menjadi tujuan kerja sama yang spesifik, terukur, dapat dicapai, relevan, dan terikat waktu.',
    'tool.keywords': 'tujuan SMART, target, sasaran, target penjualan, KPI, tenggat',
    'tool.description':
      'Susun tujuan kerja sama yang SMART: periksa setiap huruf SMART, dapatkan pernyataan tujuan, target antara, dan jadwal tinjauan untuk kalender.',

    // Page: introduction and the static worksheet (no JavaScript needed)
    'page.introTitle': 'Cara Memakai Alat Ini',
    'page.intro1':
      'Tujuan yang baik bisa dinilai kedua mitra dengan cara yang sama. Isi formulir di bawah untuk satu tujuan atau lebih; alat ini memeriksa setiap huruf SMART dan menjelaskan apa yang masih kurang.',
    'page.intro2':
      'Hasilnya berupa pernyataan tujuan yang bisa Anda tempel ke dokumen kerja sama, target antara untuk setiap tinjauan, serta jadwal tinjauan dan tenggatnya untuk kalender ponsel.',
    'page.intro3': 'Semua isian tersimpan di peramban Anda saja, tidak dikirim ke mana pun.',
    'page.guideLink': 'Penjelasan dan contohnya ada di {link} panduan.',
    'page.smartTitle': 'Apa Arti SMART?',
    'page.worksheetTitle': 'Lembar Kerja SMART',
    'page.worksheetLead':
      'Jawab pertanyaan setiap huruf bersama mitra Anda. Lembar ini juga bisa dicetak dan diisi dengan tangan.',
    'page.worksheetTypes': 'Jenis Tujuan dan Contoh Ukurannya',
    'page.noscript': 'Formulir interaktif memerlukan JavaScript. Tanpa JavaScript, pakai lembar kerja di bawah ini.',

    // Partners
    'partners.legend': 'Kedua Mitra',
    'partners.hint': 'Nama kedua pihak dipakai di setiap tujuan.',
    'partners.a': 'Nama mitra pertama',
    'partners.b': 'Nama mitra kedua',
    'partners.aFallback': 'mitra pertama',
    'partners.bFallback': 'mitra kedua',

    // One goal
    'goal.heading': 'Tujuan {n}',
    'goal.remove': 'Hapus tujuan {n}',
    'goal.add': 'Tambah tujuan lain',
    'goal.limit': 'Satu kerja sama bisa memuat paling banyak {max} tujuan.',
    'goal.typeLegend': 'Jenis tujuan',
    'goal.typeHint': 'Jenis tujuan menentukan ukuran yang disarankan.',
    'goal.removed': 'Tujuan {n} dihapus.',
    'goal.noType': 'Belum dipilih',

    // Fields, letter by letter
    'field.what': 'Apa yang ingin dicapai?',
    'field.whatHint': 'Contoh: menjual 150 lembar batik tulis melalui kode promo khusus Dimas.',
    'field.scope': 'Untuk produk, saluran penjualan, atau pembeli yang mana?',
    'field.scopeHint': 'Contoh: batik tulis motif parang, pengikut TikTok Dimas.',
    'field.metric': 'Ukuran (metrik)',
    'field.metricHint': 'Angka apa yang dipakai untuk menilai hasilnya?',
    'field.suggestions': 'Saran ukuran untuk jenis ini:',
    'field.unit': 'Satuan',
    'field.unitHint': 'Contoh: pesanan, pengikut, Rp, atau %.',
    'field.baseline': 'Titik awal (angka sekarang)',
    'field.baselineShort': 'Titik awal',
    'field.target': 'Target (angka yang ingin dicapai)',
    'field.targetShort': 'Angka target',
    'field.baselineHint': 'Contoh: 40, Rp1,5 juta, 10 rb, atau 2,5%. Tulis 0 jika belum ada.',
    'field.targetHint': 'Angka yang ingin dicapai pada tenggat. Contoh: 150, Rp4,5 juta, 25 rb, atau 5%.',
    'field.readAs': 'Dibaca sebagai: {value}',
    'field.source': 'Sumber data',
    'field.sourceHint': 'Dari mana angka itu diambil? Contoh: laporan penjualan di Shopee Seller Centre.',
    'field.contribution': 'Kontribusi {name}',
    'field.contributionHint': 'Waktu, modal, tenaga, keahlian, atau pengikut yang disumbangkan {name}.',
    'field.evidence': 'Bukti bahwa target ini realistis',
    'field.evidenceHint': 'Hasil sebelumnya, uji coba, atau angka pembanding. Wajib jika targetnya sangat ambisius.',
    'field.benefit': 'Manfaat bagi {name}',
    'field.benefitHint': 'Apa yang didapat {name} jika tujuan tercapai?',
    'field.start': 'Tanggal mulai',
    'field.deadline': 'Tenggat',
    'field.deadlineHint': 'Paling cepat satu minggu dan paling lambat tiga tahun setelah tanggal mulai.',
    'field.cadence': 'Seberapa sering kemajuan ditinjau?',

    // Review rhythm: radio labels and the words inside sentences
    'cadenceLabel.weekly': 'Setiap minggu',
    'cadenceLabel.biweekly': 'Setiap dua minggu',
    'cadenceLabel.monthly': 'Setiap bulan',
    'cadenceLabel.quarterly': 'Setiap tiga bulan',
    'cadence.weekly': 'setiap minggu',
    'cadence.biweekly': 'setiap dua minggu',
    'cadence.monthly': 'setiap bulan',
    'cadence.quarterly': 'setiap tiga bulan',

    // The letter-by-letter check
    'check.title': 'Pemeriksaan SMART',
    'check.met': 'Terpenuhi',
    'check.needsWork': 'Perlu diperbaiki',
    'check.count': '{n} dari 5 huruf SMART terpenuhi',
    'check.allMet': 'Kelima huruf SMART terpenuhi.',
    'check.announce': 'Tujuan {goal}: {n} dari 5 huruf SMART terpenuhi.',
    'check.button': 'Periksa tujuan',
    'check.done': 'Semua tujuan memenuhi kelima huruf SMART.',
    // A group of the error summary when there are several goals: "Terukur (Tujuan 2)"
    'check.inGoal': '{letter} (Tujuan {n})',

    // Issues (the model's codes); {field}, {name}, {text} and {date} are filled in by the island
    'issue.partner-missing.partnerA': 'Tulis nama mitra pertama.',
    'issue.partner-missing.partnerB': 'Tulis nama mitra kedua.',
    'issue.what-missing': 'Tulis apa yang ingin dicapai.',
    'issue.what-too-short':
      'Tulis lebih lengkap apa yang ingin dicapai, paling sedikit tiga kata, misalnya “menjual 150 lembar batik”.',
    'issue.what-vague':
      'Kata seperti “lebih baik”, “lebih banyak”, atau “meningkat” belum menjelaskan apa yang dicapai. Sebutkan tindakan dan bendanya, misalnya “menjual 150 lembar batik”.',
    'issue.scope-missing': 'Tulis untuk produk, saluran penjualan, atau pembeli mana tujuan ini.',
    'issue.metric-missing': 'Tulis ukuran yang dipakai, misalnya jumlah pesanan per bulan.',
    'issue.unit-missing': 'Tulis satuannya, misalnya pesanan, pengikut, Rp, atau %.',
    'issue.number-missing.baseline': 'Tulis angka titik awal, yaitu angka sekarang (0 jika belum ada).',
    'issue.number-missing.target': 'Tulis angka target.',
    'issue.number-unreadable.unreadable':
      '{field}: “{text}” tidak terbaca sebagai angka. Tulis misalnya 1.500.000, Rp1,5 juta, atau 2,5%.',
    'issue.number-unreadable.has-words':
      '{field}: tulis angkanya saja, misalnya 150 atau Rp1,5 juta. Satuan seperti “pesanan” ditulis di kolom Satuan.',
    'issue.number-unreadable.too-large': '{field}: angka “{text}” terlalu besar.',
    'issue.number-unreadable.mixed-units': '{field}: pakai Rp atau %, jangan keduanya.',
    'issue.target-equals-baseline': 'Target sama dengan titik awal. Tulis angka yang ingin dicapai.',
    'issue.kinds-differ': 'Titik awal dan target memakai satuan yang berbeda (Rp dan %). Pakai satu satuan.',
    'issue.source-missing': 'Tulis dari mana angka itu diambil, misalnya laporan penjualan toko.',
    'issue.contribution-missing': 'Tulis apa yang disumbangkan {name}.',
    'issue.steep-needs-evidence':
      'Target ini sangat ambisius: lebih dari tiga kali lipat, atau lebih dari dua kali lipat per bulan. Tulis bukti bahwa target ini realistis.',
    'issue.benefit-missing': 'Tulis apa yang didapat {name}. Kerja sama yang baik menguntungkan kedua pihak.',
    'issue.date-missing.start': 'Isi tanggal mulai.',
    'issue.date-missing.deadline': 'Isi tenggat.',
    'issue.date-invalid': '{field}: tanggal tidak valid.',
    'issue.deadline-before-start': 'Tenggat harus sesudah tanggal mulai.',
    'issue.deadline-in-past': 'Tenggat {date} sudah lewat. Pilih hari ini atau tanggal sesudahnya.',
    'issue.period-too-short':
      'Dari mulai sampai tenggat kurang dari satu minggu. Beri waktu paling sedikit satu minggu.',
    'issue.period-too-long':
      'Dari mulai sampai tenggat lebih dari tiga tahun. Pecah menjadi beberapa tujuan yang lebih pendek.',

    // Notes that do not block a letter
    'note.ambitious': 'Target ini ambisius. Bukti sudah ditulis; perhatikan kemajuannya di setiap tinjauan.',
    'note.from-zero':
      'Titik awalnya 0, jadi belum ada angka pembanding. Tinjauan pertama akan menunjukkan apakah target ini realistis.',
    'note.no-review-before-deadline':
      'Dengan jadwal ini tidak ada tinjauan sebelum tenggat. Pilih jadwal yang lebih sering.',

    // The goal statement
    'statement.title': 'Pernyataan Tujuan',
    'sentence.title': 'Tujuan dalam Satu Kalimat',
    'sentence.empty': 'Kalimat tujuan muncul di sini setelah Anda mengisi apa yang ingin dicapai atau ukurannya.',
    'sentence.copy': 'Salin kalimat',
    'sentence.copied': 'Kalimat tujuan disalin.',
    'sentence.copyFailed': 'Kalimat tidak dapat disalin otomatis. Pilih teksnya, lalu salin.',
    'sentence.jump': 'Lihat hasil tujuan {n}',
    'sentence.letters': 'Lima huruf SMART tujuan ini',
    'check.pending': 'belum diperiksa',
    'statement.empty': 'Pernyataan tujuan akan muncul di sini saat Anda mengisi formulir.',
    'statement.showOther': 'Tampilkan juga dalam bahasa Inggris',
    'statement.hideOther': 'Sembunyikan versi bahasa Inggris',
    'statement.otherTitle': 'Dalam Bahasa Inggris',
    'statement.partnerA': 'Mitra A',
    'statement.partnerB': 'Mitra B',
    'statement.goal': 'Tujuan bersama {a} dan {b}: {what}.',
    'statement.scope': 'Sasaran: {scope}.',
    'statement.measureUp': '{metric} naik dari {baseline} menjadi {target}',
    'statement.measureDown': '{metric} turun dari {baseline} menjadi {target}',
    'statement.measureUpMany': '{metric} naik dari {baseline} menjadi {target}',
    'statement.measureDownMany': '{metric} turun dari {baseline} menjadi {target}',
    'statement.measureFlat': '{metric} dari {baseline} menjadi {target}',
    'statement.byDeadline': '{measure} paling lambat {deadline}.',
    'statement.source': 'Sumber data: {source}.',
    'statement.contribution': 'Kontribusi {name}: {value}.',
    'statement.evidence': 'Bukti bahwa target ini realistis: {evidence}.',
    'statement.benefit': 'Manfaat bagi {name}: {value}.',
    'statement.review': 'Kemajuan ditinjau {cadence}.',
    'statement.reviewFrom': 'Kemajuan ditinjau {cadence}, mulai {start}.',
    // The goal in one sentence (model.ts, goalSentence): the measure, or the aim without one
    'statement.oneBy': '{measure} paling lambat {deadline}',
    'statement.oneTarget': '{measure}, target yang ditinjau {a} dan {b} {cadence}',
    'statement.oneGoal': 'tujuan bersama {a} dan {b}: {what}',
    'statement.oneReview': '{measure}, ditinjau {cadence}',

    // Milestones
    'milestones.title': 'Target Antara dan Jadwal Tinjauan',
    'milestones.caption': 'Target antara di setiap tinjauan, dari titik awal sampai target',
    'milestones.date': 'Tanggal',
    'milestones.meeting': 'Pertemuan',
    'milestones.value': 'Target antara',
    'milestones.review': 'Tinjauan {n}',
    'milestones.deadline': 'Tenggat',
    'milestones.empty': 'Isi titik awal, target, tanggal mulai, dan tenggat untuk melihat target antara.',
    'chart.caption':
      'Grafik: garis dari titik awal ke target, dengan satu titik di setiap tinjauan. Angkanya ada di tabel.',
    'chart.baseline': 'Titik awal: {value}',
    'chart.target': 'Angka target: {value}',

    // Calendar file
    'ics.button': 'Unduh jadwal tinjauan untuk kalender',
    'ics.hint': 'Berisi setiap tinjauan dan tenggat tujuan ini; bisa dibuka di Google Calendar atau kalender ponsel.',
    'ics.none': 'Jadwal tinjauan bisa diunduh setelah tanggal mulai dan tenggat diisi.',
    'ics.review': 'Tinjauan tujuan: {goal}',
    'ics.deadline': 'Tenggat tujuan: {goal}',
    'ics.milestone': 'Target antara pada tanggal ini: {value}',
    'ics.goalFallback': 'Tujuan {n}',
    'ics.downloaded': 'Jadwal tinjauan diunduh: {n} acara.',

    // Markdown summary
    'summary.title': 'Tujuan Kerja Sama SMART',
    'summary.partners': 'Mitra: {a} dan {b}',
    'summary.checks': 'Pemeriksaan SMART',
  },
  en: {
    // Tool identity (meta.ts, the tools list, the page head)
    'tool.name': 'SMART goal builder',
    'tool.summary':
      'Turn a vague wish into a partnership goal that is specific, measurable, achievable, relevant and time-bound.',
    'tool.keywords': 'SMART goal, target, objective, sales target, KPI, deadline',
    'tool.description':
      'Write SMART partnership goals: check each letter, then get a goal statement, milestones and a review schedule for your calendar.',

    // Page: introduction and the static worksheet (no JavaScript needed)
    'page.introTitle': 'How to use this tool',
    'page.intro1':
      'A good goal is one both partners can judge in the same way. Fill in the form below for one goal or more; the tool checks each SMART letter and explains what is still missing.',
    'page.intro2':
      'You get a goal statement to paste into your partnership document, a milestone for every review, and the review schedule with its deadline for your phone’s calendar.',
    'page.intro3': 'Everything you type stays in your browser; nothing is sent anywhere.',
    'page.guideLink': 'The guide explains it, with an example, in {link}.',
    'page.smartTitle': 'What SMART means',
    'page.worksheetTitle': 'SMART worksheet',
    'page.worksheetLead':
      'Answer the questions for each letter together with your partner. You can also print this sheet and fill it in by hand.',
    'page.worksheetTypes': 'Goal types and example measures',
    'page.noscript': 'The interactive form needs JavaScript. Without it, use the worksheet below.',

    // Partners
    'partners.legend': 'The two partners',
    'partners.hint': 'Both names are used in every goal.',
    'partners.a': 'First partner’s name',
    'partners.b': 'Second partner’s name',
    'partners.aFallback': 'the first partner',
    'partners.bFallback': 'the second partner',

    // One goal
    'goal.heading': 'Goal {n}',
    'goal.remove': 'Remove goal {n}',
    'goal.add': 'Add another goal',
    'goal.limit': 'A partnership can hold up to {max} goals.',
    'goal.typeLegend': 'Type of goal',
    'goal.typeHint': 'The type decides which measures are suggested.',
    'goal.removed': 'Goal {n} removed.',
    'goal.noType': 'Not chosen yet',

    // Fields, letter by letter
    'field.what': 'What will be achieved?',
    'field.whatHint': 'For example: sell 150 pieces of hand-drawn batik through a promo code unique to Dimas.',
    'field.scope': 'For which product, channel or audience?',
    'field.scopeHint': 'For example: parang-pattern batik, Dimas’s TikTok followers.',
    'field.metric': 'Measure (metric)',
    'field.metricHint': 'Which number will you judge the result by?',
    'field.suggestions': 'Suggested measures for this type:',
    'field.unit': 'Unit',
    'field.unitHint': 'For example: orders, followers, Rp or %.',
    'field.baseline': 'Baseline (the number today)',
    'field.baselineShort': 'Baseline',
    'field.target': 'Target (the number you want to reach)',
    'field.targetShort': 'Target',
    'field.baselineHint': 'For example: 40, Rp1.5 million, 10k or 2.5%. Write 0 if there is none yet.',
    'field.targetHint': 'The number to reach by the deadline. For example: 150, Rp4.5 million, 25k or 5%.',
    'field.readAs': 'Read as: {value}',
    'field.source': 'Data source',
    'field.sourceHint': 'Where will the number come from? For example: sales report in Shopee Seller Centre.',
    'field.contribution': 'What {name} contributes',
    'field.contributionHint': 'Time, money, effort, expertise or an audience that {name} brings.',
    'field.evidence': 'Evidence that the target is realistic',
    'field.evidenceHint':
      'Past results, a trial run or a comparable figure. Required when the target is very ambitious.',
    'field.benefit': 'What {name} gains',
    'field.benefitHint': 'What does {name} get when the goal is reached?',
    'field.start': 'Start date',
    'field.deadline': 'Deadline',
    'field.deadlineHint': 'At least one week and at most three years after the start date.',
    'field.cadence': 'How often will you review progress?',

    // Review rhythm: radio labels and the words inside sentences
    'cadenceLabel.weekly': 'Every week',
    'cadenceLabel.biweekly': 'Every two weeks',
    'cadenceLabel.monthly': 'Every month',
    'cadenceLabel.quarterly': 'Every three months',
    'cadence.weekly': 'every week',
    'cadence.biweekly': 'every two weeks',
    'cadence.monthly': 'every month',
    'cadence.quarterly': 'every three months',

    // The letter-by-letter check
    'check.title': 'SMART check',
    'check.met': 'Met',
    'check.needsWork': 'Needs work',
    'check.count': '{n} of 5 SMART letters met',
    'check.allMet': 'All five SMART letters are met.',
    'check.announce': 'Goal {goal}: {n} of 5 SMART letters met.',
    'check.button': 'Check goals',
    'check.done': 'Every goal meets all five SMART letters.',
    // A group of the error summary when there are several goals: "Measurable (goal 2)"
    'check.inGoal': '{letter} (goal {n})',

    // Issues (the model's codes); {field}, {name}, {text} and {date} are filled in by the island
    'issue.partner-missing.partnerA': 'Enter the first partner’s name.',
    'issue.partner-missing.partnerB': 'Enter the second partner’s name.',
    'issue.what-missing': 'Say what will be achieved.',
    'issue.what-too-short':
      'Say in more detail what will be achieved, in at least three words, such as “sell 150 pieces of batik”.',
    'issue.what-vague':
      'Words like “better”, “more” or “increase” do not say what will be achieved. Name the action and the thing, such as “sell 150 pieces of batik”.',
    'issue.scope-missing': 'Say which product, channel or audience the goal is for.',
    'issue.metric-missing': 'Name the measure you will use, such as orders per month.',
    'issue.unit-missing': 'Enter the unit, such as orders, followers, Rp or %.',
    'issue.number-missing.baseline': 'Enter the baseline: the number today (0 if there is none yet).',
    'issue.number-missing.target': 'Enter the target number.',
    'issue.number-unreadable.unreadable':
      '{field}: “{text}” cannot be read as a number. Write, for example, 1,500,000, Rp1.5 million or 2.5%.',
    'issue.number-unreadable.has-words':
      '{field}: enter only the number, such as 150 or Rp1.5 million. Put a unit such as “orders” in the Unit field.',
    'issue.number-unreadable.too-large': '{field}: “{text}” is too large.',
    'issue.number-unreadable.mixed-units': '{field}: use Rp or %, not both.',
    'issue.target-equals-baseline': 'The target is the same as the baseline. Enter the number you want to reach.',
    'issue.kinds-differ': 'The baseline and the target use different units (Rp and %). Use one unit.',
    'issue.source-missing': 'Say where the number will come from, such as the shop’s sales report.',
    'issue.contribution-missing': 'Say what {name} contributes.',
    'issue.steep-needs-evidence':
      'This target is very ambitious: more than three times the baseline, or more than double per month. Give evidence that it is realistic.',
    'issue.benefit-missing': 'Say what {name} gains. A good partnership benefits both sides.',
    'issue.date-missing.start': 'Enter the start date.',
    'issue.date-missing.deadline': 'Enter the deadline.',
    'issue.date-invalid': '{field}: this is not a valid date.',
    'issue.deadline-before-start': 'The deadline must be after the start date.',
    'issue.deadline-in-past': 'The deadline, {date}, has passed. Choose today or a later date.',
    'issue.period-too-short': 'There is less than a week between the start and the deadline. Allow at least one week.',
    'issue.period-too-long':
      'There are more than three years between the start and the deadline. Split it into shorter goals.',

    // Notes that do not block a letter
    'note.ambitious': 'This target is ambitious. You have given evidence; watch progress closely at every review.',
    'note.from-zero':
      'The baseline is 0, so there is nothing to compare with yet. The first review will show whether the target is realistic.',
    'note.no-review-before-deadline':
      'With this rhythm there is no review before the deadline. Choose a more frequent one.',

    // The goal statement
    'statement.title': 'Goal statement',
    'sentence.title': 'Your goal in one sentence',
    'sentence.empty': 'The goal sentence appears here once you fill in what you want to achieve or its measure.',
    'sentence.copy': 'Copy the sentence',
    'sentence.copied': 'Goal sentence copied.',
    'sentence.copyFailed': 'The sentence could not be copied. Select the text and copy it.',
    'sentence.jump': 'See the result of goal {n}',
    'sentence.letters': 'The five SMART letters of this goal',
    'check.pending': 'not checked yet',
    'statement.empty': 'The goal statement appears here as you fill in the form.',
    'statement.showOther': 'Also show it in Indonesian',
    'statement.hideOther': 'Hide the Indonesian version',
    'statement.otherTitle': 'In Indonesian',
    'statement.partnerA': 'Partner A',
    'statement.partnerB': 'Partner B',
    'statement.goal': 'Shared goal of {a} and {b}: {what}.',
    'statement.scope': 'Focus: {scope}.',
    'statement.measureUp': '{metric} rises from {baseline} to {target}',
    'statement.measureDown': '{metric} falls from {baseline} to {target}',
    'statement.measureUpMany': '{metric} rise from {baseline} to {target}',
    'statement.measureDownMany': '{metric} fall from {baseline} to {target}',
    'statement.measureFlat': '{metric} from {baseline} to {target}',
    'statement.byDeadline': '{measure} by {deadline}.',
    'statement.source': 'Data source: {source}.',
    'statement.contribution': '{name} contributes: {value}.',
    'statement.evidence': 'Evidence that the target is realistic: {evidence}.',
    'statement.benefit': 'What {name} gains: {value}.',
    'statement.review': 'Progress is reviewed {cadence}.',
    'statement.reviewFrom': 'Progress is reviewed {cadence}, starting on {start}.',
    // The goal in one sentence (model.ts, goalSentence): the measure, or the aim without one
    'statement.oneBy': '{measure} by {deadline}',
    'statement.oneTarget': '{measure}, a target {a} and {b} review {cadence}',
    'statement.oneGoal': 'shared goal of {a} and {b}: {what}',
    'statement.oneReview': '{measure}, reviewed {cadence}',

    // Milestones
    'milestones.title': 'Milestones and review schedule',
    'milestones.caption': 'The milestone at each review, from the baseline to the target',
    'milestones.date': 'Date',
    'milestones.meeting': 'Meeting',
    'milestones.value': 'Milestone',
    'milestones.review': 'Review {n}',
    'milestones.deadline': 'Deadline',
    'milestones.empty': 'Enter the baseline, target, start date and deadline to see the milestones.',
    'chart.caption':
      'Chart: the line from the baseline to the target, with a dot at each review. The table holds the numbers.',
    'chart.baseline': 'Baseline: {value}',
    'chart.target': 'Target: {value}',

    // Calendar file
    'ics.button': 'Download the review schedule for your calendar',
    'ics.hint': 'Holds every review and the deadline of this goal; opens in Google Calendar or your phone’s calendar.',
    'ics.none': 'The review schedule can be downloaded once the start date and deadline are filled in.',
    'ics.review': 'Goal review: {goal}',
    'ics.deadline': 'Goal deadline: {goal}',
    'ics.milestone': 'Milestone for this date: {value}',
    'ics.goalFallback': 'Goal {n}',
    'ics.downloaded': 'Review schedule downloaded: {n} events.',

    // Markdown summary
    'summary.title': 'SMART partnership goals',
    'summary.partners': 'Partners: {a} and {b}',
    'summary.checks': 'SMART check',
  },
});

export default dictionaries;

type All = (typeof dictionaries)['id'];
type PageOnly = `page.${string}` | `tool.${string}`;
/** What the island renders: every string but the page's and the tool list's own. */
export type IslandStrings = Readonly<Record<Exclude<keyof All, PageOnly>, string>>;
/** The words of a statement, for "also show it in the other language". */
export type StatementStrings = Readonly<
  Record<Extract<keyof All, `statement.${string}` | `cadence.${string}`>, string>
>;

/**
 * The island's strings in one language (the page's words stay on the server).
 * @example islandStrings('en')['check.met'] // => 'Met'
 */
export function islandStrings(lang: Locale): IslandStrings {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionaries[lang])) {
    if (!key.startsWith('page.') && !key.startsWith('tool.')) out[key] = value;
  }
  return out as IslandStrings;
}

/** Only the statement's words of one language: all the other-language switch needs. */
export function statementStrings(lang: Locale): StatementStrings {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionaries[lang])) {
    if (key.startsWith('statement.') || key.startsWith('cadence.')) out[key] = value;
  }
  return out as StatementStrings;
}
