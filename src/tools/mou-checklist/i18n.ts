import { defineDictionaries } from '../../i18n/dictionary';

/**
 * Words of the MoU clause checklist: the page, the island, the print sheet and the .docx outline.
 * The clause texts themselves live in the clause library (src/content/clauses/clauses.yaml).
 */
export default defineDictionaries({
  id: {
    // The tool in lists, the page's <h1> and meta description
    'tool.name': 'Daftar Klausul MoU',
    'tool.summary':
      'Jawab beberapa pertanyaan tentang kerja sama Anda dan dapatkan daftar klausul MoU yang dibutuhkan, lengkap dengan contoh rumusan, dasar hukum, dan kerangka Word.',
    'tool.keywords':
      'kontrak, perjanjian, perjanjian kerja sama, PKS, MoU, klausul, contoh perjanjian, templat perjanjian, surat perjanjian, meterai, tanda tangan elektronik, arbitrase, sengketa',
    'tool.description':
      'Susun daftar klausul MoU kemitraan usaha yang mengacu pada hukum Indonesia: contoh rumusan dua bahasa, dasar hukum, catatan, dan kerangka Word untuk notaris.',

    // Page text around the island
    'page.disclaimerTitle': 'Panduan Umum, Bukan Nasihat Hukum',
    'page.disclaimer':
      'Daftar ini membantu Anda bersiap sebelum berbicara dengan ahli hukum. Ini bukan nasihat hukum dan tidak menggantikan pemeriksaan oleh advokat atau notaris. Peraturan dapat berubah; periksa dasar hukumnya sebelum menandatangani.',
    'page.how':
      'Jawab pertanyaan di bawah. Daftar klausul langsung menyesuaikan jawaban Anda. Buka setiap klausul untuk membaca alasan, hal yang perlu disepakati, contoh rumusan, dan dasar hukumnya, lalu centang klausul yang sudah disepakati dengan mitra.',
    'page.privacy': 'Semua isian tetap di peramban Anda dan tidak dikirim ke peladen.',
    'page.noscript':
      'JavaScript tidak aktif, jadi pertanyaan dan isian di bawah tidak berfungsi. Daftar di bawah tetap memuat klausul untuk jawaban bawaan, dimulai dengan delapan klausul pokok, masing-masing dengan penjelasannya. Cetak halaman ini dan centang dengan pena.',
    'page.sources': 'Sumber hukum yang dirujuk',
    'page.checked': 'Dasar hukum terakhir diperiksa pada',

    // Parties and date
    'parties.legend': 'Para Pihak dan Tanggal',
    'parties.first': 'Pihak pertama',
    'parties.second': 'Pihak kedua',
    'parties.hint': 'Nama usaha atau nama orang, seperti akan tertulis di MoU.',
    'parties.more': 'Alamat, NIB atau NIK, dan penanda tangan',
    'parties.address': 'Alamat',
    'parties.registration': 'NIB atau NIK',
    'parties.registrationHint': 'NIB (13 angka) untuk usaha yang terdaftar di OSS, NIK (16 angka) untuk perorangan.',
    'parties.signer': 'Nama penanda tangan',
    'parties.capacity': 'Jabatan penanda tangan',
    'parties.capacityHint': 'Misalnya Pemilik, Direktur, atau Ketua.',
    'parties.preview': 'Di kerangka MoU akan tertulis:',
    'party.sentenceFirst':
      '{signer}, {capacity}, dalam hal ini bertindak untuk dan atas nama {name}, beralamat di {address}, {registration}, selanjutnya disebut PIHAK PERTAMA;',
    'party.sentenceSecond':
      '{signer}, {capacity}, dalam hal ini bertindak untuk dan atas nama {name}, beralamat di {address}, {registration}, selanjutnya disebut PIHAK KEDUA.',
    'party.blank.name': '[nama pihak]',
    'party.blank.address': '[alamat]',
    'party.blank.registration': '[nomor]',
    'party.blank.signer': '[nama penanda tangan]',
    'party.blank.capacity': '[jabatan]',
    'party.nib': 'NIB {n}',
    'party.nik': 'NIK {n}',
    'party.nibOrNik': 'NIB/NIK {n}',
    'parties.date': 'Tanggal MoU',
    'parties.dateHint': 'Boleh dikosongkan bila belum pasti.',

    // Questionnaire
    'q.title': 'Tentang Kerja Sama Anda',
    'q.lead': 'Jawaban dapat diubah kapan saja. Centang dan catatan pada klausul yang tetap ada tidak hilang.',
    'q.kinds': 'Bentuk kerja sama',
    'q.kindsHint': 'Pilih semua yang sesuai.',
    'kind.co-marketing': 'Pemasaran bersama',
    'kind.affiliate': 'Afiliasi atau rujukan berkomisi',
    'kind.reselling': 'Penjualan kembali atau distribusi',
    'kind.joint-product': 'Pengembangan produk bersama',
    'kind.content': 'Konten atau promosi oleh kreator',
    'kind.supply': 'Pasokan barang atau bahan',
    'kind.other': 'Lainnya',
    'q.money': 'Apakah ada uang yang berpindah tangan, misalnya biaya, komisi, atau bagi hasil?',
    'q.customerData': 'Apakah data pelanggan, seperti nama, nomor telepon, atau alamat, akan dibagikan?',
    'q.ip': 'Kekayaan intelektual, seperti merek, logo, foto, atau desain',
    'ip.none': 'Tidak ada',
    'ip.use': 'Memakai milik mitra',
    'ip.create': 'Membuat karya baru',
    'ip.both': 'Memakai milik mitra dan membuat karya baru',
    'q.foreignParty': 'Apakah salah satu pihak adalah orang atau badan usaha asing?',
    'q.exclusivity': 'Apakah ada eksklusivitas atau larangan bekerja sama dengan pesaing?',
    'q.signingOnline': 'Apakah MoU akan ditandatangani secara elektronik?',
    'q.term': 'Jangka waktu kerja sama',
    'term.fixed': 'Jangka waktu tertentu, dengan tanggal berakhir',
    'term.open': 'Tanpa batas waktu, sampai salah satu pihak mengakhirinya',
    'answer.yes': 'Ya',
    'answer.no': 'Tidak',

    // Checklist
    'list.title': 'Klausul untuk MoU Anda',
    'list.progress': '{n} dari {total} klausul sudah disepakati',
    'list.count': '{total} klausul',
    'group.essential': 'Pokok: Selalu Dibutuhkan',
    'group.essentialHint': 'Delapan hal yang menurut panduan harus ada di setiap MoU.',
    'group.recommended': 'Dianjurkan',
    'group.recommendedHint': 'Ketentuan yang membuat MoU lebih jelas dan lebih mudah dibuktikan.',
    'group.conditional': 'Sesuai Jawaban Anda',
    'group.conditionalHint': 'Dibutuhkan karena jawaban Anda di atas.',
    'clause.settled': 'Disepakati',
    'clause.hasNote': 'ada catatan',
    'clause.why': 'Mengapa Penting',
    'clause.questions': 'Yang Perlu Disepakati',
    'clause.wording': 'Contoh Rumusan',
    'clause.wordingOther': 'Contoh rumusan dalam bahasa Inggris',
    'clause.legal': 'Dasar Hukum',
    'clause.guide': 'Baca juga di panduan',
    'clause.note': 'Catatan Anda',
    'clause.noteHint':
      'Misalnya hasil kesepakatan, angka, atau pertanyaan untuk notaris. Paling banyak {max} karakter.',
    'clause.copy': 'Salin contoh rumusan',
    'clause.copied': 'Contoh rumusan sudah disalin.',
    'clause.copyFailed': 'Contoh rumusan tidak dapat disalin. Pilih teksnya lalu salin secara manual.',
    'bar.download': 'Unduh kerangka MoU',
    'clause.added': 'Ditambahkan: {titles}.',
    'clause.removed': 'Dihapus dari daftar: {titles}.',

    // Sample wording filled in (wording.ts): the library's exact blanks and what replaces them
    'wording.kindsBlank': '[bentuk kerja sama]',
    'wording.kind.co-marketing': 'pemasaran bersama',
    'wording.kind.affiliate': 'afiliasi atau rujukan berkomisi',
    'wording.kind.reselling': 'penjualan kembali atau distribusi',
    'wording.kind.joint-product': 'pengembangan produk bersama',
    'wording.kind.content': 'konten atau promosi oleh kreator',
    'wording.kind.supply': 'pasokan barang atau bahan',
    'wording.otherKindBlank': '[bentuk kerja sama lain]',
    'wording.and': 'dan',
    'wording.termBlank': '[tanggal berakhir / saat diakhiri menurut Pasal tentang Pengakhiran Kerja Sama]',
    'wording.term.fixed': '[tanggal berakhir]',
    'wording.term.open': 'saat diakhiri menurut Pasal tentang Pengakhiran Kerja Sama',
    'wording.firstTerm': 'PIHAK PERTAMA',
    'wording.secondTerm': 'PIHAK KEDUA',
    'wording.firstInBlank': 'PIHAK PERTAMA',
    'wording.secondInBlank': 'PIHAK KEDUA',

    // The Word outline
    'docx.title': 'Kerangka MoU dalam Format Word',
    'docx.lead':
      'Unduh kerangka MoU berisi para pihak, pasal untuk setiap klausul di atas beserta contoh rumusan dan catatan Anda, serta tempat tanda tangan dan meterai. Bawa ke ahli hukum atau notaris untuk dilengkapi.',
    'docx.english': 'Tambahkan teks bahasa Inggris di samping teks bahasa Indonesia',
    'docx.bilingualForced':
      'Karena ada pihak asing, kerangka dibuat dalam dua kolom: bahasa Indonesia dan bahasa Inggris.',
    'docx.download': 'Unduh kerangka MoU untuk Word',
    'docx.preparing': 'Menyiapkan berkas…',
    'docx.ready': 'Kerangka MoU sudah diunduh.',
    'docx.failed': 'Berkas tidak dapat dibuat. Periksa koneksi Anda lalu coba lagi.',

    // Markdown summary and print
    'md.title': 'Daftar Klausul MoU',
    'md.parties': 'Para pihak',
    'md.date': 'Tanggal',
    'md.noDate': 'belum ditentukan',
    'md.unnamed': 'belum diisi',
    'md.answers': 'Jawaban',
    'md.note': 'Catatan',
    'md.disclaimer': 'Panduan umum dari Mitra, bukan nasihat hukum. Periksakan MoU kepada advokat atau notaris.',
    'print.title': 'Daftar Klausul MoU',
    'print.notesLines': 'Catatan:',

    // The .docx outline (both languages are used side by side in a bilingual outline)
    'doc.title': 'NOTA KESEPAHAMAN',
    'doc.between': 'antara {first} dan {second}',
    'doc.draft':
      'Kerangka untuk dibahas dengan ahli hukum atau notaris, disusun dengan Mitra. Bukan nasihat hukum. Teks dalam tanda […] diisi oleh Para Pihak.',
    'doc.opening': 'Pada tanggal {date}, yang bertanda tangan di bawah ini:',
    'doc.firstParty': '{name}, selanjutnya disebut PIHAK PERTAMA;',
    'doc.secondParty': '{name}, selanjutnya disebut PIHAK KEDUA.',
    'doc.agree':
      'PIHAK PERTAMA dan PIHAK KEDUA, bersama-sama disebut Para Pihak, sepakat membuat Nota Kesepahaman ini dengan ketentuan sebagai berikut.',
    'doc.article': 'Pasal {n}',
    'doc.notes': 'Catatan',
    'doc.closing': 'Demikian Nota Kesepahaman ini dibuat dan ditandatangani oleh Para Pihak.',
    'doc.firstPartyLabel': 'PIHAK PERTAMA',
    'doc.secondPartyLabel': 'PIHAK KEDUA',
    'doc.stamp': 'Meterai Rp10.000',
    'doc.signName': 'Nama dan jabatan',
    'doc.blankName': '[nama pihak]',
    'doc.blankDate': '[tanggal]',
    'doc.fileName': 'kerangka-mou',
  },
  en: {
    // The tool in lists, the page's <h1> and meta description
    'tool.name': 'MoU clause checklist',
    'tool.summary':
      'Answer a few questions about your partnership and get the MoU clauses it needs, with sample wording, the legal basis and a Word outline.',
    'tool.keywords':
      'contract, agreement, partnership agreement, PKS, MoU, clauses, sample agreement, agreement template, stamp duty, electronic signature, arbitration, dispute',
    'tool.description':
      'Build the clause checklist for a partnership MoU under Indonesian law: bilingual sample wording, legal basis, your notes and a Word outline for a notary.',

    // Page text around the island
    'page.disclaimerTitle': 'General guidance, not legal advice',
    'page.disclaimer':
      'This checklist helps you prepare before you talk to a legal expert. It is not legal advice and does not replace a review by a lawyer or notary. Rules change; check the legal basis before anyone signs.',
    'page.how':
      'Answer the questions below. The clause list follows your answers straight away. Open each clause to read why it matters, what to settle, sample wording and the legal basis, then tick the clauses you have agreed with your partner.',
    'page.privacy': 'Everything you enter stays in your browser and is not sent to a server.',
    'page.noscript':
      'JavaScript is off, so the questions and fields below do not work. The list below still shows the clauses for the default answers, starting with the eight core clauses, each with its explanation. Print this page and tick with a pen.',
    'page.sources': 'Legal sources referred to',
    'page.checked': 'Legal basis last checked on',

    // Parties and date
    'parties.legend': 'Parties and date',
    'parties.first': 'First party',
    'parties.second': 'Second party',
    'parties.hint': 'Business or personal name, as it will appear in the MoU.',
    'parties.more': 'Address, NIB or NIK, and who signs',
    'parties.address': 'Address',
    'parties.registration': 'NIB or NIK',
    'parties.registrationHint':
      'NIB (business identification number, 13 digits) for a business registered with OSS, NIK (national identity number, 16 digits) for a person.',
    'parties.signer': 'Name of the signer',
    'parties.capacity': 'Position of the signer',
    'parties.capacityHint': 'For example owner, director or chair.',
    'parties.preview': 'The MoU outline will read:',
    'party.sentenceFirst':
      '{signer}, {capacity}, acting for and on behalf of {name}, of {address}, {registration}, hereinafter the First Party;',
    'party.sentenceSecond':
      '{signer}, {capacity}, acting for and on behalf of {name}, of {address}, {registration}, hereinafter the Second Party.',
    'party.blank.name': '[party name]',
    'party.blank.address': '[address]',
    'party.blank.registration': '[number]',
    'party.blank.signer': '[name of the signer]',
    'party.blank.capacity': '[position]',
    'party.nib': 'NIB {n}',
    'party.nik': 'NIK {n}',
    'party.nibOrNik': 'NIB/NIK {n}',
    'parties.date': 'Date of the MoU',
    'parties.dateHint': 'Leave empty if it is not fixed yet.',

    // Questionnaire
    'q.title': 'About your partnership',
    'q.lead': 'You can change the answers at any time. Ticks and notes on clauses that stay are kept.',
    'q.kinds': 'Kind of collaboration',
    'q.kindsHint': 'Choose all that apply.',
    'kind.co-marketing': 'Co-marketing',
    'kind.affiliate': 'Affiliate or referral for commission',
    'kind.reselling': 'Reselling or distribution',
    'kind.joint-product': 'Joint product development',
    'kind.content': 'Content or influencer promotion',
    'kind.supply': 'Supply of goods or materials',
    'kind.other': 'Other',
    'q.money': 'Will money change hands, for example fees, commission or profit sharing?',
    'q.customerData': 'Will customer data, such as names, phone numbers or addresses, be shared?',
    'q.ip': 'Intellectual property, such as brands, logos, photos or designs',
    'ip.none': 'None',
    'ip.use': 'Using the partner’s',
    'ip.create': 'Creating new work',
    'ip.both': 'Using the partner’s and creating new work',
    'q.foreignParty': 'Is one of the parties a foreign person or business?',
    'q.exclusivity': 'Is there exclusivity or a ban on working with competitors?',
    'q.signingOnline': 'Will the MoU be signed electronically?',
    'q.term': 'Term of the partnership',
    'term.fixed': 'Fixed term, with an end date',
    'term.open': 'Open-ended, until one party ends it',
    'answer.yes': 'Yes',
    'answer.no': 'No',

    // Checklist
    'list.title': 'Clauses for your MoU',
    'list.progress': '{n} of {total} clauses settled',
    'list.count': '{total} clauses',
    'group.essential': 'Core: always needed',
    'group.essentialHint': 'The eight points the guide says every MoU must cover.',
    'group.recommended': 'Recommended',
    'group.recommendedHint': 'Provisions that make the MoU clearer and easier to prove.',
    'group.conditional': 'Because of your answers',
    'group.conditionalHint': 'Needed because of your answers above.',
    'clause.settled': 'Settled',
    'clause.hasNote': 'has a note',
    'clause.why': 'Why it matters',
    'clause.questions': 'What to settle',
    'clause.wording': 'Sample wording',
    'clause.wordingOther': 'Sample wording in Indonesian',
    'clause.legal': 'Legal basis',
    'clause.guide': 'Read more in the guide',
    'clause.note': 'Your notes',
    'clause.noteHint': 'For example what you agreed, figures, or questions for the notary. Up to {max} characters.',
    'clause.copy': 'Copy the sample wording',
    'clause.copied': 'The sample wording has been copied.',
    'clause.copyFailed': 'The sample wording could not be copied. Select the text and copy it by hand.',
    'bar.download': 'Download the MoU outline',
    'clause.added': 'Added: {titles}.',
    'clause.removed': 'Removed from the list: {titles}.',

    // Sample wording filled in (wording.ts): the library's exact blanks and what replaces them
    'wording.kindsBlank': '[form of partnership]',
    'wording.kind.co-marketing': 'joint marketing',
    'wording.kind.affiliate': 'commission-based referrals',
    'wording.kind.reselling': 'reselling or distribution',
    'wording.kind.joint-product': 'joint product development',
    'wording.kind.content': 'content or creator promotion',
    'wording.kind.supply': 'the supply of goods or materials',
    'wording.otherKindBlank': '[other form of partnership]',
    'wording.and': 'and',
    'wording.termBlank': '[end date / it is ended under the article on Termination]',
    'wording.term.fixed': '[end date]',
    'wording.term.open': 'it is ended under the article on Termination',
    'wording.firstTerm': 'First Party',
    'wording.secondTerm': 'Second Party',
    'wording.firstInBlank': 'the First Party',
    'wording.secondInBlank': 'the Second Party',

    // The Word outline
    'docx.title': 'MoU outline in Word format',
    'docx.lead':
      'Download an MoU outline with the parties, an article for each clause above with its sample wording and your notes, and a place for signatures and the stamp duty. Take it to a lawyer or notary to complete.',
    'docx.english': 'Add the English text beside the Indonesian',
    'docx.bilingualForced': 'Because a foreign party is involved, the outline has two columns: Indonesian and English.',
    'docx.download': 'Download the MoU outline for Word',
    'docx.preparing': 'Preparing the file…',
    'docx.ready': 'The MoU outline has been downloaded.',
    'docx.failed': 'The file could not be made. Check your connection and try again.',

    // Markdown summary and print
    'md.title': 'MoU clause checklist',
    'md.parties': 'Parties',
    'md.date': 'Date',
    'md.noDate': 'not fixed yet',
    'md.unnamed': 'not filled in',
    'md.answers': 'Answers',
    'md.note': 'Note',
    'md.disclaimer': 'General guidance from Mitra, not legal advice. Have the MoU checked by a lawyer or notary.',
    'print.title': 'MoU clause checklist',
    'print.notesLines': 'Notes:',

    // The .docx outline (both languages are used side by side in a bilingual outline)
    'doc.title': 'MEMORANDUM OF UNDERSTANDING',
    'doc.between': 'between {first} and {second}',
    'doc.draft':
      'An outline to discuss with a lawyer or notary, prepared with Mitra. Not legal advice. The Parties fill in the text in […].',
    'doc.opening': 'On {date}, the undersigned:',
    'doc.firstParty': '{name}, hereinafter the First Party;',
    'doc.secondParty': '{name}, hereinafter the Second Party.',
    'doc.agree':
      'The First Party and the Second Party, together the Parties, agree to this Memorandum of Understanding on the following terms.',
    'doc.article': 'Article {n}',
    'doc.notes': 'Notes',
    'doc.closing': 'In witness whereof, the Parties have made and signed this Memorandum of Understanding.',
    'doc.firstPartyLabel': 'THE FIRST PARTY',
    'doc.secondPartyLabel': 'THE SECOND PARTY',
    'doc.stamp': 'Stamp duty Rp10,000',
    'doc.signName': 'Name and position',
    'doc.blankName': '[party name]',
    'doc.blankDate': '[date]',
    'doc.fileName': 'mou-outline',
  },
});
