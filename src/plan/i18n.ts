/**
 * The plan page's words in both languages (Indonesian per KBBI and EYD V, headings in title case;
 * English headings in sentence case). `{placeholders}` are filled with `format`. The page hands
 * the island the dictionary of its own language only.
 */
const id = {
  // The page (server-rendered, works without JavaScript)
  'page.title': 'Rencana Kerja Sama Anda',
  'page.description':
    'Satu rencana dari tujuh langkah dan tiga alat Mitra: tindakan yang sudah dicentang, mitra pilihan, tujuan, dan status MoU, tersimpan di perangkat Anda.',
  'page.lead':
    'Halaman ini menyatukan tindakan yang Anda centang di setiap langkah panduan dan hasil ketiga alat menjadi satu rencana. Semuanya dibaca dari perangkat ini saja; tidak ada yang dikirim ke mana pun.',
  'page.noscript':
    'Rencana dibaca dari penyimpanan perangkat Anda dengan JavaScript, yang sedang nonaktif. Tanpa JavaScript, gunakan langkah dan alat di bawah ini, lalu cetak daftar periksanya.',
  'page.howTitle': 'Cara Menyusun Rencana',
  'page.how1': 'Baca setiap langkah panduan dan centang tindakan yang sudah Anda lakukan bersama mitra.',
  'page.how2':
    'Gunakan ketiga alat: tujuan SMART (langkah 1), penilaian calon mitra (langkah 2), dan klausul MoU (langkah 5).',
  'page.how3': 'Kembali ke halaman ini untuk melihat kemajuan dan hal yang perlu dilakukan berikutnya.',
  'page.stepsTitle': 'Tujuh Langkah',
  'page.toolsTitle': 'Tiga Alat',

  // The island
  'plan.loading': 'Membaca rencana dari perangkat ini…',
  'plan.unavailable':
    'Peramban ini tidak mengizinkan halaman membaca penyimpanan perangkat, jadi rencana tidak dapat ditampilkan. Langkah dan alat di bawah tetap dapat digunakan.',
  'plan.emptyTitle': 'Rencana Anda Masih Kosong',
  'plan.empty':
    'Belum ada yang tersimpan di perangkat ini. Mulailah dari langkah 1: baca halamannya, centang tindakannya, dan susun tujuan bersama dengan alat tujuan SMART.',
  'plan.emptyLink': 'Mulai dari langkah 1',
  'next.title': 'Yang Perlu Dilakukan Berikutnya',
  'next.repair':
    'Data “{tool}” di perangkat ini tidak dapat dibaca. Buka alatnya: data lama disimpan terpisah dan dapat diunduh.',
  'next.repairTicks':
    'Centang langkah di perangkat ini tidak dapat dibaca. Buka langkah 1 dan centang lagi; data lama disimpan terpisah.',
  'next.start': 'Langkah {n}: mulai dengan alat “{tool}”.',
  'next.choose': 'Langkah {n}: pilih satu calon di “{tool}” dengan tombol “Pilih mitra ini”.',
  'next.finishGoal': 'Langkah {n}: lengkapi satu tujuan di “{tool}” sampai kelima huruf SMART terpenuhi.',
  'next.finishMou': 'Langkah {n}: sepakati klausul yang masih terbuka di “{tool}”.',
  'next.answerMou': 'Langkah {n}: jawab pertanyaan yang belum dijawab di “{tool}”; jawabannya dapat menambah klausul.',
  'next.action': 'Langkah {n}, {step}: {action}',
  'next.review': 'Semua langkah sudah selesai. Tinjauan berikutnya: {date}.',
  'next.reviewNone': 'Semua langkah sudah selesai. Tetapkan tujuan dan tanggal tinjauan berikutnya bersama mitra.',
  'next.openTool': 'Buka {tool}',
  'next.openStep': 'Buka langkah {n}',
  'steps.title': 'Kemajuan Tujuh Langkah',
  'steps.complete': '{done} dari {total} langkah selesai',
  'steps.count': '{done} dari {total} tindakan selesai',
  'steps.damaged': 'Centang tidak dapat dibaca',
  'steps.step': 'Langkah {n}',
  'partner.title': 'Mitra Pilihan',
  'partner.absent': 'Belum ada calon mitra yang dinilai di perangkat ini.',
  'partner.none': 'Anda sudah menilai {n} calon, tetapi belum memilih satu.',
  'partner.unnamed': 'Calon tanpa nama',
  'partner.score': 'Skor {score} dari 100',
  'partner.scoreNone': 'Belum ada skor',
  'partner.rated': '{n} dari 7 kriteria dinilai',
  'partner.dealbreakers': 'Penyebab gugur: {list}',
  'partner.noDealbreakers': 'Tidak ada penyebab gugur',
  'goals.title': 'Tujuan Bersama',
  'goals.absent': 'Belum ada tujuan yang disusun di perangkat ini.',
  'goals.partners': '{a} dan {b}',
  'goals.incomplete': 'Belum memenuhi kelima huruf SMART.',
  'goals.milestone': 'Target antara berikutnya: {value} pada {date}',
  'goals.review': 'Tinjauan berikutnya: {date}',
  'goals.noReview': 'Tidak ada tinjauan yang akan datang.',
  'goals.untitled': 'Tujuan yang belum diisi',
  'mou.title': 'MoU',
  'mou.absent': 'Belum ada daftar klausul MoU di perangkat ini.',
  'mou.parties': 'Kedua pihak: {first} dan {second}',
  'mou.partyBlank': '(belum diisi)',
  'mou.settled': '{settled} dari {total} klausul disepakati',
  'mou.open': 'Masih terbuka:',
  'mou.allSettled': 'Semua klausul sudah disepakati.',
  'mou.unanswered': 'Pertanyaan yang belum dijawab: {n}. Jawabannya dapat menambah klausul.',
  'part.damaged':
    'Data alat ini di perangkat ini tidak dapat dibaca. Buka alatnya: data lama disimpan terpisah dan dapat diunduh.',
  'part.open': 'Buka {tool}',

  // Sharing the plan by a link and opening a shared plan (code loads on the click or the link)
  'share.title': 'Bagikan, Cetak, dan Simpan Rencana',
  'share.hint':
    'Tautan berbagi berisi seluruh rencana Anda: centang dan hasil ketiga alat, termasuk nama dan catatan. Isinya ada di dalam tautan itu sendiri dan tidak dikirim ke mana pun. Siapa pun yang memegang tautan bisa melihatnya, jadi bagikan hanya kepada orang yang Anda percayai, misalnya mitra Anda.',
  'share.button': 'Bagikan',
  'share.print': 'Cetak atau simpan PDF',
  'share.nothing': 'Belum ada yang dapat dibagikan: rencana di perangkat ini masih kosong.',
  'share.summary': 'Rencana kerja sama saya di Mitra: {done} dari {total} langkah selesai.',
  'share.text':
    'Tautan di bawah ini berisi rencana itu sendiri: siapa pun yang membukanya akan melihat seluruh isinya.',
  'share.label': 'Tautan berbagi',
  'share.linkHint':
    'Seluruh rencana ada di dalam tautan ini dan tidak dikirim ke mana pun. Bagikan hanya kepada orang yang Anda percayai.',
  'share.whatsapp': 'Kirim lewat WhatsApp',
  'share.shared': 'Tautan berbagi dikirim ke aplikasi yang Anda pilih.',
  'share.copied': 'Tautan berbagi disalin. Tempelkan di percakapan, atau kirim lewat WhatsApp di bawah.',
  'share.ready': 'Tautan berbagi dibuat. Salin dari kotak di bawah.',
  'share.long':
    'Tautan ini panjang ({n} karakter). Sebagian aplikasi memotong tautan sepanjang ini, sehingga penerima tidak bisa membukanya. Jika itu terjadi, kirim berkas rencana sebagai gantinya: pilih “Simpan rencana ke berkas” di bawah, kirim berkasnya, lalu penerima membukanya dengan “Buka berkas”.',
  'shared.title': 'Rencana yang Dibagikan kepada Anda',
  'shared.body':
    'Anda sedang melihat rencana kerja sama yang dibagikan lewat tautan. Rencana Anda sendiri di perangkat ini tidak berubah. Untuk memakainya, pilih “Simpan ke perangkat ini”, lalu tentukan bagian mana yang diambil.',
  'shared.keep': 'Simpan ke perangkat ini',
  'shared.back': 'Kembali ke rencana saya',
  'shared.left': 'Ini rencana Anda sendiri di perangkat ini. Rencana dari tautan tidak disimpan.',
  'shared.broken':
    'Tautan rencana ini tidak dapat dibuka: tautannya rusak atau terpotong. Minta pengirim membagikannya lagi atau mengirim berkas rencananya. Tidak ada yang diubah di perangkat ini.',
  'shared.newer':
    'Tautan rencana ini dibuat oleh versi Mitra yang lebih baru, jadi belum dapat dibuka di sini. Tidak ada yang diubah di perangkat ini.',
  'shared.chooseTitle': 'Pilih yang Diambil dari Tautan',
  'shared.chooseLead':
    'Untuk setiap bagian, pilih apakah isi perangkat ini tetap dipakai atau diganti dengan isi tautan. Tidak ada yang berubah sebelum Anda menekan “Terapkan pilihan”.',
  'shared.inLink': 'Di tautan: {what}',
  'shared.replace': 'Ganti dengan isi tautan',
  'shared.take': 'Ambil dari tautan',
  'shared.skipped': 'Bagian ini di tautan tidak dapat dibaca, jadi dilewati. Isi perangkat ini tetap.',
  'shared.linkNone': 'Tautan tidak berisi bagian ini. Isi perangkat ini tetap.',
  'shared.done': 'Selesai. Diambil dari tautan: {list}. Bagian lain tetap seperti semula.',
  'shared.doneNone': 'Selesai. Tidak ada yang diambil dari tautan; rencana di perangkat ini tetap seperti semula.',

  // Saving the plan to a file and opening it on another device (code loads on the click)
  'file.title': 'Simpan atau Pindahkan Rencana',
  'file.hint':
    'Simpan seluruh rencana (centang dan hasil ketiga alat) ke satu berkas untuk memindahkannya ke perangkat lain atau menyimpan salinannya. Di perangkat lain, buka halaman ini lalu pilih “Buka berkas”. Berkas ini tetap di tangan Anda; tidak ada yang dikirim ke mana pun.',
  'file.save': 'Simpan rencana ke berkas',
  'file.open': 'Buka berkas',
  'file.pick': 'Pilih berkas rencana yang pernah Anda simpan',
  'file.saved': 'Rencana disimpan ke berkas. Cari berkasnya di folder unduhan.',
  'file.nothing': 'Belum ada yang dapat disimpan: rencana di perangkat ini masih kosong.',
  'file.loadFailed': 'Bagian ini belum dapat dimuat. Periksa koneksi internet, lalu coba lagi.',
  'file.notPlan':
    'Berkas ini tidak dapat dibuka: bukan rencana yang disimpan dari halaman ini, atau berkasnya rusak. Tidak ada yang diubah di perangkat ini.',
  'file.tooLarge': 'Berkas ini terlalu besar untuk sebuah rencana Mitra. Tidak ada yang diubah di perangkat ini.',
  'file.newer':
    'Berkas ini dibuat oleh versi Mitra yang lebih baru, jadi belum dapat dibuka di sini. Tidak ada yang diubah di perangkat ini.',
  'choose.title': 'Pilih yang Diambil dari Berkas',
  'choose.lead':
    'Untuk setiap bagian, pilih apakah isi perangkat ini tetap dipakai atau diganti dengan isi berkas. Tidak ada yang berubah sebelum Anda menekan “Terapkan pilihan”.',
  'choose.ticks': 'Tindakan yang dicentang',
  'choose.inFile': 'Di berkas: {what}',
  'choose.onDevice': 'Di perangkat ini: {what}',
  'choose.none': 'belum ada',
  'choose.unreadable': 'tidak dapat dibaca',
  'choose.ticked': '{n} tindakan dicentang',
  'choose.ticked.one': '1 tindakan dicentang',
  'choose.candidates': '{n} calon mitra',
  'choose.candidates.one': '1 calon mitra',
  'choose.chosen': '{n} calon mitra, pilihan: {name}',
  'choose.chosen.one': '1 calon mitra, pilihan: {name}',
  'choose.goals': '{n} tujuan',
  'choose.goals.one': '1 tujuan',
  'choose.clauses': '{settled} dari {total} klausul disepakati',
  'choose.keep': 'Tetap pakai isi perangkat ini',
  'choose.replace': 'Ganti dengan isi berkas',
  'choose.take': 'Ambil dari berkas',
  'choose.leave': 'Jangan ambil',
  'choose.skipped': 'Bagian ini di berkas tidak dapat dibaca, jadi dilewati. Isi perangkat ini tetap.',
  'choose.fileNone': 'Berkas tidak berisi bagian ini. Isi perangkat ini tetap.',
  'choose.apply': 'Terapkan pilihan',
  'choose.cancel': 'Batal',
  'choose.done': 'Selesai. Diambil dari berkas: {list}. Bagian lain tetap seperti semula.',
  'choose.doneNone': 'Selesai. Tidak ada yang diambil dari berkas; rencana di perangkat ini tetap seperti semula.',
  'choose.cancelled': 'Berkas tidak dipakai. Tidak ada yang diubah.',
  'choose.saveFailed':
    'Perangkat ini tidak dapat menyimpan, jadi sebagian atau semua bagian belum diambil. Isi lama tetap ada.',
} as const;

export type PlanKey = keyof typeof id;

const en: Record<PlanKey, string> = {
  'page.title': 'Your partnership plan',
  'page.description':
    'One plan from Mitra’s seven steps and three tools: actions ticked, the chosen partner, goals, and MoU status, kept on your device.',
  'page.lead':
    'This page brings the actions you ticked on each step of the guide and the results of the three tools together into one plan. Everything is read from this device only; nothing is sent to a server.',
  'page.noscript':
    'The plan is read from your device’s storage with JavaScript, which is turned off. Without it, use the steps and tools below, and print their checklists.',
  'page.howTitle': 'How to build your plan',
  'page.how1': 'Read each step of the guide and tick the actions you have done with your partner.',
  'page.how2':
    'Use the three tools: SMART goals (step 1), scoring candidate partners (step 2) and the MoU clauses (step 5).',
  'page.how3': 'Come back to this page to see your progress and what to do next.',
  'page.stepsTitle': 'The seven steps',
  'page.toolsTitle': 'The three tools',

  'plan.loading': 'Reading your plan from this device…',
  'plan.unavailable':
    'This browser does not let the page read the device’s storage, so the plan cannot be shown. The steps and tools below still work.',
  'plan.emptyTitle': 'Your plan is empty so far',
  'plan.empty':
    'Nothing is saved on this device yet. Start with step 1: read the page, tick its actions, and write a shared goal with the SMART goal builder.',
  'plan.emptyLink': 'Start with step 1',
  'next.title': 'What to do next',
  'next.repair':
    'The “{tool}” data on this device cannot be read. Open the tool: the old data is kept aside and can be downloaded.',
  'next.repairTicks':
    'The ticks on this device cannot be read. Open step 1 and tick again; the old data is kept aside.',
  'next.start': 'Step {n}: start with the “{tool}”.',
  'next.choose': 'Step {n}: choose one candidate in the “{tool}” with the “Choose this partner” button.',
  'next.finishGoal': 'Step {n}: complete a goal in the “{tool}” until it meets all five SMART letters.',
  'next.finishMou': 'Step {n}: settle the clauses still open in the “{tool}”.',
  'next.answerMou': 'Step {n}: answer the questions still open in the “{tool}”; their answers can add clauses.',
  'next.action': 'Step {n}, {step}: {action}',
  'next.review': 'Every step is done. Next review: {date}.',
  'next.reviewNone': 'Every step is done. Set new goals and the next review date with your partner.',
  'next.openTool': 'Open the {tool}',
  'next.openStep': 'Open step {n}',
  'steps.title': 'Progress through the seven steps',
  'steps.complete': '{done} of {total} steps done',
  'steps.count': '{done} of {total} actions done',
  'steps.damaged': 'Ticks cannot be read',
  'steps.step': 'Step {n}',
  'partner.title': 'Chosen partner',
  'partner.absent': 'No candidate partner has been scored on this device yet.',
  'partner.none': 'You have scored {n} candidates but not chosen one yet.',
  'partner.unnamed': 'Unnamed candidate',
  'partner.score': 'Score {score} out of 100',
  'partner.scoreNone': 'No score yet',
  'partner.rated': '{n} of 7 criteria rated',
  'partner.dealbreakers': 'Deal-breakers: {list}',
  'partner.noDealbreakers': 'No deal-breakers',
  'goals.title': 'Shared goals',
  'goals.absent': 'No goal has been written on this device yet.',
  'goals.partners': '{a} and {b}',
  'goals.incomplete': 'Not all five SMART letters are met yet.',
  'goals.milestone': 'Next milestone: {value} by {date}',
  'goals.review': 'Next review: {date}',
  'goals.noReview': 'No review ahead.',
  'goals.untitled': 'Goal not filled in yet',
  'mou.title': 'MoU',
  'mou.absent': 'No MoU clause checklist on this device yet.',
  'mou.parties': 'Parties: {first} and {second}',
  'mou.partyBlank': '(not filled in)',
  'mou.settled': '{settled} of {total} clauses settled',
  'mou.open': 'Still open:',
  'mou.allSettled': 'Every clause is settled.',
  'mou.unanswered': 'Questions not answered yet: {n}. Their answers can add clauses.',
  'part.damaged':
    'This tool’s data on this device cannot be read. Open the tool: the old data is kept aside and can be downloaded.',
  'part.open': 'Open the {tool}',

  'share.title': 'Share, print and save your plan',
  'share.hint':
    'A share link holds your whole plan: your ticks and the three tools’ work, names and notes included. It is inside the link itself and is not sent to a server. Anyone who has the link can see it, so share it only with people you trust, such as your partner.',
  'share.button': 'Share',
  'share.print': 'Print or save as PDF',
  'share.nothing': 'There is nothing to share yet: the plan on this device is empty.',
  'share.summary': 'My partnership plan on Mitra: {done} of {total} steps done.',
  'share.text': 'The link below holds the plan itself: whoever opens it sees all of it.',
  'share.label': 'Share link',
  'share.linkHint':
    'The whole plan is inside this link and is not sent to a server. Share it only with people you trust.',
  'share.whatsapp': 'Send via WhatsApp',
  'share.shared': 'Share link handed to the app you chose.',
  'share.copied': 'Share link copied. Paste it into a chat, or send it via WhatsApp below.',
  'share.ready': 'Share link created. Copy it from the box below.',
  'share.long':
    'This link is long ({n} characters). Some apps cut links this long, and then the other person cannot open it. If that happens, send the plan file instead: choose “Save the plan to a file” below, send the file, and they open it with “Open a file”.',
  'shared.title': 'A plan shared with you',
  'shared.body':
    'You are looking at a partnership plan shared with a link. Your own plan on this device has not changed. To use this one, choose “Save on this device”, then choose which parts to take.',
  'shared.keep': 'Save on this device',
  'shared.back': 'Back to my plan',
  'shared.left': 'This is your own plan on this device. The plan from the link was not saved.',
  'shared.broken':
    'This plan link cannot be opened: it is damaged or cut off. Ask the sender to share it again or to send the plan file. Nothing on this device was changed.',
  'shared.newer':
    'This plan link was made by a newer version of Mitra, so it cannot be opened here yet. Nothing on this device was changed.',
  'shared.chooseTitle': 'Choose what to take from the link',
  'shared.chooseLead':
    'For each part, choose whether to keep what this device has or replace it with the link’s. Nothing changes until you press “Apply my choices”.',
  'shared.inLink': 'In the link: {what}',
  'shared.replace': 'Replace it with the link’s',
  'shared.take': 'Take it from the link',
  'shared.skipped': 'This part of the link cannot be read, so it is skipped. What this device has stays.',
  'shared.linkNone': 'The link holds nothing for this part. What this device has stays.',
  'shared.done': 'Done. Taken from the link: {list}. The others stay as they were.',
  'shared.doneNone': 'Done. Nothing was taken from the link; the plan on this device stays as it was.',

  'file.title': 'Keep or move your plan',
  'file.hint':
    'Save the whole plan (your ticks and the three tools’ work) to one file to move it to another device or keep a copy. On the other device, open this page and choose “Open a file”. The file stays with you; nothing is sent anywhere.',
  'file.save': 'Save the plan to a file',
  'file.open': 'Open a file',
  'file.pick': 'Choose a plan file you saved',
  'file.saved': 'The plan was saved to a file. Look for it in your downloads folder.',
  'file.nothing': 'There is nothing to save yet: the plan on this device is empty.',
  'file.loadFailed': 'This part could not load. Check your internet connection and try again.',
  'file.notPlan':
    'This file cannot be opened: it is not a plan saved from this page, or it is damaged. Nothing on this device was changed.',
  'file.tooLarge': 'This file is too large to be a Mitra plan. Nothing on this device was changed.',
  'file.newer':
    'This file was made by a newer version of Mitra, so it cannot be opened here yet. Nothing on this device was changed.',
  'choose.title': 'Choose what to take from the file',
  'choose.lead':
    'For each part, choose whether to keep what this device has or replace it with the file’s. Nothing changes until you press “Apply my choices”.',
  'choose.ticks': 'Ticked actions',
  'choose.inFile': 'In the file: {what}',
  'choose.onDevice': 'On this device: {what}',
  'choose.none': 'nothing yet',
  'choose.unreadable': 'cannot be read',
  'choose.ticked': '{n} actions ticked',
  'choose.ticked.one': '1 action ticked',
  'choose.candidates': '{n} candidate partners',
  'choose.candidates.one': '1 candidate partner',
  'choose.chosen': '{n} candidate partners, chosen: {name}',
  'choose.chosen.one': '1 candidate partner, chosen: {name}',
  'choose.goals': '{n} goals',
  'choose.goals.one': '1 goal',
  'choose.clauses': '{settled} of {total} clauses settled',
  'choose.keep': 'Keep what this device has',
  'choose.replace': 'Replace it with the file’s',
  'choose.take': 'Take it from the file',
  'choose.leave': 'Leave it out',
  'choose.skipped': 'This part of the file cannot be read, so it is skipped. What this device has stays.',
  'choose.fileNone': 'The file holds nothing for this part. What this device has stays.',
  'choose.apply': 'Apply my choices',
  'choose.cancel': 'Cancel',
  'choose.done': 'Done. Taken from the file: {list}. The others stay as they were.',
  'choose.doneNone': 'Done. Nothing was taken from the file; the plan on this device stays as it was.',
  'choose.cancelled': 'The file was not used. Nothing was changed.',
  'choose.saveFailed': 'This device could not save, so some or all parts were not taken. What it had is still there.',
};

const dictionaries: Record<'id' | 'en', Record<PlanKey, string>> = { id, en };
export default dictionaries;
export type PlanStrings = Record<PlanKey, string>;
