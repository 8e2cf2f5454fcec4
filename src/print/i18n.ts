import { defineDictionaries } from '../i18n/dictionary';

/**
 * Strings of the print section: its index page and each printable sheet. The lists a sheet
 * prints (a step's actions, the tools' criteria, the clause library) come from their own
 * sources, never from here; this file only holds the sheet's frame and the labels of the
 * spaces left for a pen.
 */
export default defineDictionaries({
  id: {
    // Index page of the print section
    'index.title': 'Lembar Siap Cetak',
    'index.description':
      'Daftar periksa dan lembar kerja siap cetak untuk rapat dengan mitra, untuk dibawa ke advokat atau notaris, dan untuk ditempel di dinding. Gratis, dua bahasa.',
    'index.lead':
      'Cetak lembar ini lalu isi dengan pena: untuk rapat dengan calon mitra, untuk dibawa ke advokat atau notaris, atau untuk ditempel di dinding toko.',
    'index.howTo':
      'Buka lembarnya, lalu tekan tombol cetak atau Ctrl+P (di ponsel: menu berbagi, lalu Cetak). Semua halaman Mitra juga rapi saat dicetak.',
    'index.pages': 'Paling banyak {n} halaman A4',
    'index.back': 'Semua lembar siap cetak',

    // Write-in fields shared by the sheets
    'field.business': 'Nama usaha Anda',
    'field.partner': 'Mitra',
    'field.date': 'Tanggal',
    'field.notes': 'Catatan',
    'field.yes': 'Ya',
    'field.no': 'Tidak',
    'field.agreed': 'Disepakati oleh (nama dan paraf)',
    'sheet.onScreen': 'Lebih suka mengisi di layar?',

    // Sheet 1: the seven-step checklist (items: each step page's actions)
    'sevenSteps.title': 'Daftar Periksa Tujuh Langkah Kerja Sama',
    'sevenSteps.summary': 'Semua tindakan dari ketujuh langkah panduan, dengan kotak untuk dicentang.',
    'sevenSteps.description':
      'Daftar periksa siap cetak berisi semua tindakan dari tujuh langkah menjalin kerja sama bisnis daring, dengan kotak untuk dicentang.',
    'sevenSteps.lead':
      'Centang setiap poin setelah Anda dan mitra menyelesaikannya. Penjelasan setiap langkah ada di panduan Mitra.',
    'sevenSteps.step': 'Langkah {n}: {title}',

    // Sheet 2: the partner-fit worksheet (items: the partner-fit tool's criteria)
    'partnerFit.title': 'Lembar Penilaian Calon Mitra',
    'partnerFit.summary':
      'Nilai hingga tiga calon mitra pada tujuh kriteria, dari 1 sampai 5, dengan ruang untuk catatan.',
    'partnerFit.description':
      'Lembar kerja siap cetak untuk menilai hingga tiga calon mitra bisnis daring pada tujuh kriteria, dari 1 sampai 5, dengan ruang catatan.',
    'partnerFit.lead':
      'Tulis nama calon mitra di bawah, lalu centang satu kotak nilai untuk setiap calon pada setiap kriteria. Arti nilai 1, 3, dan 5 tertulis di setiap kriteria.',
    'partnerFit.candidate': 'Calon {letter}',
    'partnerFit.questions': 'Tanyakan',
    'partnerFit.scores': 'Nilai untuk kriteria {name}',
    'partnerFit.critical':
      'Bisa menggugurkan: nilai 1 atau 2 di sini adalah penyebab gugur, berapa pun jumlah nilainya.',
    'partnerFit.totalTitle': 'Jumlah Nilai dan Keputusan',
    'partnerFit.total': 'Jumlah nilai (paling tinggi {max})',
    'partnerFit.dealbreaker': 'Ada penyebab gugur (nilai 1 atau 2 pada kriteria yang bisa menggugurkan)?',
    'partnerFit.choice': 'Calon yang dipilih',
    'partnerFit.out': 'Jika ya, kategorinya Gugur, berapa pun jumlah nilainya, sama seperti di alat.',
    'partnerFit.totalNote':
      'Jumlah di kertas ini menghitung semua kriteria sama penting. Skor 0–100 di alat memakai tingkat kepentingan; jika semua kriteria sama penting, skor = (jumlah − 7) × 100 ÷ 28, dibulatkan. Contoh: jumlah 28 = skor 75, jumlah {max} = skor 100.',

    // Sheet 3: the SMART goal worksheet (items: the SMART goal builder's letters and goal types)
    'smartGoal.title': 'Lembar Kerja Tujuan SMART',
    'smartGoal.summary':
      'Susun tujuan bersama mitra huruf demi huruf, dengan ruang untuk menulis jawaban setiap pertanyaan.',
    'smartGoal.description':
      'Lembar kerja siap cetak untuk menyusun tujuan kerja sama yang spesifik, terukur, dapat dicapai, relevan, dan terikat waktu bersama mitra.',
    'smartGoal.lead':
      'Jawab setiap pertanyaan bersama mitra, lalu tulis tujuan lengkapnya dalam satu kalimat di bagian akhir.',
    'smartGoal.typeTitle': 'Jenis Tujuan',
    'smartGoal.goalTitle': 'Tujuan SMART Kami',
    'smartGoal.goalLead':
      'Tulis tujuannya dalam satu kalimat: angka apa yang naik atau turun, dari berapa menjadi berapa, paling lambat kapan, dan seberapa sering kedua mitra meninjaunya.',

    // Sheet 4: the MoU clause checklist (items: the clause library, src/content/clauses)
    'mouClauses.title': 'Daftar Periksa Klausul MoU',
    'mouClauses.summary':
      'Klausul pokok, klausul yang dianjurkan, dan klausul yang umum dibutuhkan, dengan hal yang perlu disepakati untuk setiap klausul.',
    'mouClauses.description':
      'Daftar periksa klausul MoU siap cetak: klausul pokok, dianjurkan, dan umum dibutuhkan, dengan hal yang perlu disepakati sebelum ke advokat atau notaris.',
    'mouClauses.lead':
      'Centang setiap klausul setelah Anda dan mitra menyepakatinya, lalu bawa lembar ini ke advokat atau notaris. Panduan umum, bukan nasihat hukum.',
    'mouClauses.essentialTitle': 'Klausul Pokok',
    'mouClauses.essentialLead': 'Dibutuhkan di setiap MoU.',
    'mouClauses.recommendedTitle': 'Klausul yang Dianjurkan',
    'mouClauses.recommendedLead': 'Membuat MoU lebih jelas dan lebih mudah dibuktikan.',
    'mouClauses.conditionalTitle': 'Klausul yang Umum Dibutuhkan',
    'mouClauses.conditionalLead': 'Kebanyakan kerja sama antarpenjual membutuhkannya. Periksa baris “Perlu bila”.',
    'mouClauses.otherTitle': 'Klausul Lain yang Mungkin Dibutuhkan',
    'mouClauses.otherLead': 'Sertakan bila berlaku untuk kerja sama Anda.',
    'mouClauses.toolLine': 'Hal yang perlu disepakati dan contoh rumusan setiap klausul ada di alat {tool}:',
    'mouClauses.when': 'Perlu bila',
    'mouClauses.or': 'atau',
    'mouClauses.checked': 'Dasar hukum klausul terakhir diperiksa pada',

    // Sheet 5: the review sheet (items: step 7's actions)
    'evaluation.title': 'Lembar Evaluasi Kerja Sama',
    'evaluation.summary':
      'Untuk rapat evaluasi rutin: hal yang ditinjau, KPI terhadap target, keputusan, dan tanggal evaluasi berikutnya.',
    'evaluation.description':
      'Lembar evaluasi siap cetak untuk rapat rutin dengan mitra: hal yang ditinjau, KPI terhadap target, keputusan, dan jadwal berikutnya.',
    'evaluation.lead': 'Isi lembar ini bersama mitra di setiap rapat evaluasi, lalu simpan bersama lembar sebelumnya.',
    'evaluation.period': 'Periode yang ditinjau',
    'evaluation.present': 'Yang hadir',
    'evaluation.reviewTitle': 'Yang Perlu Ditinjau',
    'evaluation.kpiTitle': 'KPI terhadap Target',
    'evaluation.kpiCaption': 'Tulis setiap KPI yang disepakati, targetnya, dan hasil periode ini.',
    'evaluation.kpi': 'KPI',
    'evaluation.target': 'Target',
    'evaluation.result': 'Hasil',
    'evaluation.met': 'Tercapai?',
    'evaluation.challengesTitle': 'Tantangan dan Penyebabnya',
    'evaluation.challenge': 'Tantangan',
    'evaluation.cause': 'Penyebab',
    'evaluation.decisionsTitle': 'Keputusan',
    'evaluation.continue': 'Lanjutkan apa adanya',
    'evaluation.adjust': 'Sesuaikan kerja sama',
    'evaluation.end': 'Akhiri kerja sama',
    'evaluation.improvementsCaption': 'Perbaikan untuk periode berikutnya (satu sampai tiga).',
    'evaluation.improvement': 'Perbaikan',
    'evaluation.owner': 'Penanggung jawab',
    'evaluation.due': 'Tenggat',
    'evaluation.nextTitle': 'Evaluasi Berikutnya',
    'evaluation.time': 'Jam',
    'evaluation.place': 'Tempat atau saluran',
  },
  en: {
    // Index page of the print section
    'index.title': 'Printable sheets',
    'index.description':
      'Checklists and worksheets to print for a meeting with your partner, a visit to your lawyer or notary, or the wall of your shop. Free, in two languages.',
    'index.lead':
      'Print a sheet and fill it in with a pen: for a meeting with a potential partner, to take to a lawyer or notary, or to pin on the wall of your shop.',
    'index.howTo':
      'Open a sheet, then press its print button or Ctrl+P (on a phone: the share menu, then Print). Every other page of Mitra prints cleanly too.',
    'index.pages': 'At most {n} A4 pages',
    'index.back': 'All printable sheets',

    // Write-in fields shared by the sheets
    'field.business': 'Your business',
    'field.partner': 'Partner',
    'field.date': 'Date',
    'field.notes': 'Notes',
    'field.yes': 'Yes',
    'field.no': 'No',
    'field.agreed': 'Agreed by (name and initials)',
    'sheet.onScreen': 'Rather fill it in on screen?',

    // Sheet 1: the seven-step checklist (items: each step page's actions)
    'sevenSteps.title': 'Seven-step partnership checklist',
    'sevenSteps.summary': 'Every action from the guide’s seven steps, with boxes to tick.',
    'sevenSteps.description':
      'A printable checklist of every action in the seven steps to a good online business partnership, with boxes to tick as you go.',
    'sevenSteps.lead':
      'Tick each point once you and your partner have done it. Each step is explained in the Mitra guide.',
    'sevenSteps.step': 'Step {n}: {title}',

    // Sheet 2: the partner-fit worksheet (items: the partner-fit tool's criteria)
    'partnerFit.title': 'Partner-fit worksheet',
    'partnerFit.summary': 'Rate up to three potential partners on seven criteria from 1 to 5, with room for notes.',
    'partnerFit.description':
      'A printable worksheet to rate up to three potential online business partners on seven criteria, from 1 to 5, with room for notes.',
    'partnerFit.lead':
      'Write the candidates’ names below, then tick one rating box for each candidate on every criterion. Each criterion says what a 1, a 3 and a 5 look like.',
    'partnerFit.candidate': 'Candidate {letter}',
    'partnerFit.questions': 'Ask',
    'partnerFit.scores': 'Ratings for {name}',
    'partnerFit.critical': 'Can be a deal-breaker: a rating of 1 or 2 here is a deal-breaker, whatever the total.',
    'partnerFit.totalTitle': 'Totals and decision',
    'partnerFit.total': 'Total of the ratings (out of {max})',
    'partnerFit.dealbreaker': 'Any deal-breaker (a rating of 1 or 2 on a criterion that can be one)?',
    'partnerFit.choice': 'Chosen candidate',
    'partnerFit.out': 'If yes, its category is “Not recommended”, whatever the total, as in the tool.',
    'partnerFit.totalNote':
      'The total on this sheet counts every criterion as equally important. The tool’s 0–100 score uses the importance you set; with every criterion equally important, score = (total − 7) × 100 ÷ 28, rounded. For example, a total of 28 is a score of 75, a total of {max} a score of 100.',

    // Sheet 3: the SMART goal worksheet (items: the SMART goal builder's letters and goal types)
    'smartGoal.title': 'SMART goal worksheet',
    'smartGoal.summary':
      'Work out a shared goal with your partner letter by letter, with room to write an answer to every prompt.',
    'smartGoal.description':
      'A printable worksheet for agreeing a specific, measurable, achievable, relevant, and time-bound partnership goal with your partner.',
    'smartGoal.lead': 'Answer each prompt with your partner, then write the whole goal as one sentence at the end.',
    'smartGoal.typeTitle': 'Type of goal',
    'smartGoal.goalTitle': 'Our SMART goal',
    'smartGoal.goalLead':
      'Write the goal as one sentence: which number rises or falls, from what to what, by when, and how often you both review it.',

    // Sheet 4: the MoU clause checklist (items: the clause library, src/content/clauses)
    'mouClauses.title': 'Printable MoU clause checklist',
    'mouClauses.summary':
      'The core and recommended clauses of an MoU and those most partnerships need, with the questions to settle for each one.',
    'mouClauses.description':
      'A printable checklist of MoU clauses: the core and recommended ones and those most partnerships need, with the questions to settle first.',
    'mouClauses.lead':
      'Tick each clause once you and your partner have agreed on it, then take this sheet to a lawyer or notary. General guidance, not legal advice.',
    'mouClauses.essentialTitle': 'Core clauses',
    'mouClauses.essentialLead': 'Every MoU needs these.',
    'mouClauses.recommendedTitle': 'Recommended clauses',
    'mouClauses.recommendedLead': 'They make the MoU clearer and easier to prove.',
    'mouClauses.conditionalTitle': 'Clauses most partnerships need',
    'mouClauses.conditionalLead': 'Most partnerships between sellers need these. Check the “Needed if” line.',
    'mouClauses.otherTitle': 'Other clauses, if they apply',
    'mouClauses.otherLead': 'Include them if they apply to your partnership.',
    'mouClauses.toolLine': 'What to settle and sample wording for every clause are in the {tool} tool:',
    'mouClauses.when': 'Needed if',
    'mouClauses.or': 'or',
    'mouClauses.checked': 'The legal basis of the clauses was last checked on',

    // Sheet 5: the review sheet (items: step 7's actions)
    'evaluation.title': 'Partnership review sheet',
    'evaluation.summary':
      'For your regular review meeting: what to review, KPIs against targets, decisions, and the next review date.',
    'evaluation.description':
      'A printable sheet for regular review meetings with your partner: what to review, KPIs against targets, decisions, and the next date.',
    'evaluation.lead': 'Fill this in with your partner at every review meeting, then keep it with the earlier sheets.',
    'evaluation.period': 'Period reviewed',
    'evaluation.present': 'Present',
    'evaluation.reviewTitle': 'What to review',
    'evaluation.kpiTitle': 'KPIs against targets',
    'evaluation.kpiCaption': 'Write down each KPI you agreed on, its target, and this period’s result.',
    'evaluation.kpi': 'KPI',
    'evaluation.target': 'Target',
    'evaluation.result': 'Result',
    'evaluation.met': 'Met?',
    'evaluation.challengesTitle': 'Challenges and their causes',
    'evaluation.challenge': 'Challenge',
    'evaluation.cause': 'Cause',
    'evaluation.decisionsTitle': 'Decisions',
    'evaluation.continue': 'Carry on as we are',
    'evaluation.adjust': 'Adjust the partnership',
    'evaluation.end': 'End the partnership',
    'evaluation.improvementsCaption': 'Improvements for the next period (one to three).',
    'evaluation.improvement': 'Improvement',
    'evaluation.owner': 'Who is responsible',
    'evaluation.due': 'By when',
    'evaluation.nextTitle': 'Next review',
    'evaluation.time': 'Time',
    'evaluation.place': 'Place or channel',
  },
});
