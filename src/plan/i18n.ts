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
    'Halaman ini menyatukan tindakan yang Anda centang di setiap langkah panduan dan hasil ketiga alat menjadi satu rencana. Semuanya dibaca dari perangkat ini saja; tidak ada yang dikirim ke peladen.',
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
  'next.finishGoal': 'Langkah {n}: lengkapi satu tujuan di “{tool}” sampai kelima unsur SMART terpenuhi.',
  'next.finishMou': 'Langkah {n}: sepakati klausul yang masih terbuka di “{tool}”.',
  'next.action': 'Langkah {n}, {step}: {action}',
  'next.review': 'Semua langkah sudah selesai. Tinjauan berikutnya: {date}.',
  'next.reviewNone': 'Semua langkah sudah selesai. Tetapkan tujuan dan tanggal tinjauan berikutnya bersama mitra.',
  'next.openTool': 'Buka {tool}',
  'next.openStep': 'Buka langkah {n}',
  'steps.title': 'Kemajuan Tujuh Langkah',
  'steps.count': '{done} dari {total} tindakan dicentang',
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
  'goals.incomplete': 'Belum memenuhi kelima unsur SMART.',
  'goals.milestone': 'Target berikutnya: {value} pada {date}',
  'goals.review': 'Tinjauan berikutnya: {date}',
  'goals.noReview': 'Tidak ada tinjauan yang akan datang.',
  'goals.untitled': 'Tujuan yang belum diisi',
  'mou.title': 'MoU',
  'mou.absent': 'Belum ada daftar klausul MoU di perangkat ini.',
  'mou.parties': 'Para pihak: {first} dan {second}',
  'mou.partyBlank': '(belum diisi)',
  'mou.settled': '{settled} dari {total} klausul disepakati',
  'mou.open': 'Masih terbuka:',
  'mou.allSettled': 'Semua klausul sudah disepakati.',
  'part.damaged':
    'Data alat ini di perangkat ini tidak dapat dibaca. Buka alatnya: data lama disimpan terpisah dan dapat diunduh.',
  'part.open': 'Buka {tool}',
} as const;

export type PlanKey = keyof typeof id;

const en: Record<PlanKey, string> = {
  'page.title': 'Your partnership plan',
  'page.description':
    'One plan from Mitra’s seven steps and three tools: actions ticked, the chosen partner, goals and MoU status, kept on your device.',
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
    'Nothing is saved on this device yet. Start with step 1: read the page, tick its actions and write a shared goal with the SMART goal builder.',
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
  'next.action': 'Step {n}, {step}: {action}',
  'next.review': 'Every step is done. Next review: {date}.',
  'next.reviewNone': 'Every step is done. Set new goals and the next review date with your partner.',
  'next.openTool': 'Open the {tool}',
  'next.openStep': 'Open step {n}',
  'steps.title': 'Progress through the seven steps',
  'steps.count': '{done} of {total} actions ticked',
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
  'goals.incomplete': 'Does not meet all five SMART letters yet.',
  'goals.milestone': 'Next target: {value} by {date}',
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
  'part.damaged':
    'This tool’s data on this device cannot be read. Open the tool: the old data is kept aside and can be downloaded.',
  'part.open': 'Open the {tool}',
};

const dictionaries: Record<'id' | 'en', Record<PlanKey, string>> = { id, en };
export default dictionaries;
export type PlanStrings = Record<PlanKey, string>;
