import { defineDictionaries } from '../../i18n/dictionary';

/**
 * Words of the partner-fit scorer. `tool.*` and `page.*` are used on the server only (tool
 * lists, the page's introduction); everything else goes to the island as props, one language
 * at a time (see `islandStrings`). The criteria's own words live in `criteria.ts`.
 * Indonesian headings use EYD V title case (checked by the island test).
 */
const dictionaries = defineDictionaries({
  id: {
    // Tool lists and the page's <title>
    'tool.name': 'Penilai Kecocokan Mitra',
    'tool.summary':
      'Bandingkan beberapa calon mitra dengan tujuh kriteria dari panduan, lalu lihat siapa yang paling cocok beserta alasannya.',
    'tool.keywords':
      'memilih mitra, calon mitra, penilaian mitra, influencer, reseller, supplier, pemasok, kreator, skor, kecocokan',
    'tool.description':
      'Nilai dan bandingkan calon mitra bisnis dengan tujuh kriteria: prinsip bisnis, audiens, reputasi, kapasitas, dan lainnya. Gratis, tersimpan di peramban Anda.',

    // Page introduction: how to use the tool
    'page.howTitle': 'Cara Memakai Alat Ini',
    'page.how1': 'Tulis nama calon mitra yang ingin Anda bandingkan, sampai delapan calon.',
    'page.how2':
      'Untuk setiap kriteria, baca pertanyaannya, lalu beri setiap calon nilai 1 sampai 5. Arti nilai 1, 3, dan 5 dijelaskan di setiap kriteria; 2 dan 4 berada di antaranya.',
    'page.how3': 'Ubah tingkat kepentingan kriteria jika perlu, dan catat apa yang Anda temukan.',
    'page.how4':
      'Baca hasilnya: lebih dulu peringkat dengan skor dan kategori setiap calon, lalu penyebab gugur, kekuatan, dan titik lemah beserta saran apa yang perlu diperiksa berikutnya.',
    'page.privacy': 'Isian Anda tersimpan otomatis hanya di peramban ini dan tidak dikirim ke mana pun.',
    'page.guideLink': 'Kriteria ini diambil dari {link} dalam panduan.',
    'page.scoreLink': 'Cara skor dihitung dijelaskan di akhir alat.',

    // How the score is made (a disclosure at the end of the results; the page's link opens it)
    'how.title': 'Cara Skor Dihitung',
    'how.1':
      'Setiap nilai diubah menjadi angka 0 sampai 100: nilai 1 menjadi 0, nilai 2 menjadi 25, nilai 3 menjadi 50, nilai 4 menjadi 75, dan nilai 5 menjadi 100.',
    'how.2':
      'Skor adalah rata-rata tertimbang dari angka-angka itu, dibulatkan. Kriteria “sangat penting” dihitung tiga kali, “penting” dua kali, “kurang penting” satu kali, dan kriteria yang “tidak dihitung” diabaikan.',
    'how.3':
      'Kriteria yang belum dinilai tidak ikut dihitung, jadi skor masih sementara. Kategori dan peringkat baru muncul setelah ketujuh kriteria dinilai.',
    'how.4': 'Kategori: sangat cocok mulai 75, menjanjikan mulai 50, berisiko mulai 25, dan kurang cocok di bawah 25.',
    'how.5':
      'Nilai 1 atau 2 pada kesesuaian prinsip bisnis, audiens, atau reputasi adalah penyebab gugur, berapa pun skornya. Langkah 2 menyebut ketiganya sebagai hal yang perlu dicari pada mitra; aturan alat ini sendiri menambahkan bahwa perjanjian tidak bisa menutup kekurangan itu. Di peringkat, calon dengan penyebab gugur selalu berada di bawah calon lain.',
    'how.6': 'Calon dengan skor yang sama mendapat peringkat yang sama dan ditandai seri.',

    // Before JavaScript runs (and without it): a worksheet to print
    'sheet.nojs':
      'Halaman ini juga bisa dicetak sebagai lembar kerja: tulis nama calon, centang satu kotak nilai (1 sampai 5) untuk setiap kriteria, dan tulis catatan Anda.',
    'sheet.rating': 'Nilai',
    'sheet.notes': 'Catatan',
    'sheet.importance': 'Kepentingan',

    // Candidates
    'cand.title': 'Calon Mitra',
    'cand.lead': 'Tulis nama setiap calon yang Anda bandingkan.',
    'cand.name': 'Nama calon {n}',
    'cand.fallback': 'Calon {n}',
    'cand.add': 'Tambah calon',
    'cand.full': 'Anda sudah membandingkan {max} calon, jumlah terbanyak. Hapus satu calon untuk menambah yang lain.',
    'cand.remove': 'Hapus',
    'cand.removeLabel': 'Hapus {name}',
    'cand.removed': '{name} dihapus.',
    'cand.none': 'Belum ada calon. Tambahkan calon pertama untuk mulai menilai.',
    'cand.progress': '{n} dari {total} dinilai',

    // Switching between candidates on a narrow screen
    'switch.label': 'Calon yang sedang dinilai',

    // The criteria and the rating fields
    'crit.title': 'Nilai Setiap Calon',
    'crit.lead': 'Jawab pertanyaan di setiap kriteria, lalu pilih nilai 1 sampai 5.',
    'crit.critical': 'Bisa menggugurkan',
    'crit.criticalHint': 'Nilai 1 atau 2 di sini menggugurkan calon, berapa pun skornya.',
    'crit.guide': 'Cara menilai',
    'crit.ask': 'Tanyakan:',
    'crit.anchors': 'Arti nilai:',
    'crit.importance': 'Kepentingan (untuk semua calon)',
    'weight.0': 'Tidak dihitung',
    'weight.1': 'Kurang penting',
    'weight.2': 'Penting',
    'weight.3': 'Sangat penting',
    'rate.legend': '{criterion}: nilai untuk {name}',
    'rate.unrated': 'Belum dinilai',
    'rate.clear': 'Kosongkan',
    'rate.between': 'Di antara arti nilai {low} dan {high}.',
    'rate.clearLabel': 'Kosongkan nilai {criterion} untuk {name}',
    'note.label': 'Catatan tentang {name}',
    'note.hint': 'Paling banyak {max} karakter.',

    // Results
    'res.title': 'Hasil',
    'res.score': '{score} dari 100',
    'res.scoreLabel': 'Skor',
    'res.provisional': 'sementara',
    'res.noScore': 'Belum ada skor',
    'res.noWeights': 'Semua kriteria “tidak dihitung”, jadi tidak ada skor.',
    'res.rated': '{n} dari {total} kriteria dinilai',
    'res.bandPending': 'Kategori muncul setelah ketujuh kriteria dinilai.',
    'res.band': 'Kategori',
    'band.strong': 'Sangat cocok',
    'band.promising': 'Menjanjikan',
    'band.risky': 'Berisiko',
    'band.poor': 'Kurang cocok',
    'band.out': 'Gugur',
    'res.dealbreakers': 'Penyebab gugur',
    'res.dealbreakerItem': '{criterion} (dinilai {rating})',
    'res.strengths': 'Kekuatan',
    'res.weak': 'Titik lemah dan yang perlu diperiksa',
    'res.rating': 'dinilai {rating}',
    'res.readStep': 'Baca {title}',
    'res.choose': 'Pilih mitra ini',
    'res.chosen': 'Mitra pilihan Anda: tampil di rencana kerja sama.',
    'res.outWhy':
      'Aturan alat ini: perjanjian tidak bisa menutup penyebab gugur, jadi kategorinya Gugur, berapa pun skornya.',
    'res.details': 'Kekuatan, titik lemah, dan saran',
    'res.loading': 'Memuat…',

    // Confirming the choice of a candidate with a deal-breaker
    'confirm.title': 'Tetap Pilih {name}?',
    'confirm.lead': '{name} punya penyebab gugur, jadi alat ini menilainya Gugur:',
    'confirm.yes': 'Tetap pilih',
    'confirm.no': 'Batal',

    // Ranking
    'rank.title': 'Peringkat',
    'rank.jump': 'Lihat hasilnya',
    'rank.best': '★ Paling cocok: {names} ({score} dari 100).',
    'rank.rank': 'Peringkat',
    'rank.name': 'Calon',
    'rank.score': 'Skor',
    'rank.band': 'Kategori',
    'rank.tie': '{rank} (seri)',
    'rank.tied': '{names} seri dengan skor {score}.',
    'rank.dealbreaker': 'penyebab gugur',
    'rank.why': 'Penyebab gugur: {list}',
    'rank.leader': 'Paling cocok',
    'rank.unranked': 'Belum diperingkat karena belum semua kriteria dinilai: {names}.',
    'rank.empty': 'Peringkat muncul setelah ketujuh kriteria seorang calon dinilai.',

    // Announcements (polite live region)
    'live.complete': '{name}: skor {score} dari 100, {category}.',
    'live.partial': '{name}: skor sementara {score} dari 100, {n} dari {total} kriteria dinilai.',
    'live.none': '{name}: belum ada skor, {n} dari {total} kriteria dinilai.',
    'live.dealbreaker': 'Ada penyebab gugur.',

    // Markdown summary and print
    'md.date': 'Tanggal: {date}',
    'md.criterion': 'Kriteria',
    'md.importance': 'Kepentingan',
    'md.rating': 'Nilai',
    'md.note': 'Catatan',
    'md.none': 'tidak ada',
    'print.table': 'Nilai per Kriteria',
    'grid.more': 'Geser tabel ke samping untuk melihat semua calon.',
    'grid.strong': 'kekuatan',
    'grid.middle': 'cukup',
    'grid.weak': 'titik lemah',
    'grid.dealbreaker': 'penyebab gugur',
  },
  en: {
    // Tool lists and the page's <title>
    'tool.name': 'Partner fit scorer',
    'tool.summary':
      'Compare candidate partners against the guide’s seven criteria and see, with reasons, who fits best.',
    'tool.keywords':
      'choosing a partner, potential partner, partner assessment, influencer, reseller, supplier, creator, score, fit',
    'tool.description':
      'Rate and compare potential business partners on seven criteria: values, audience, reputation, capacity and more. Free, and saved in your browser.',

    // Page introduction: how to use the tool
    'page.howTitle': 'How to use this tool',
    'page.how1': 'Write down the names of the candidates you want to compare, up to eight.',
    'page.how2':
      'For each criterion, read the questions, then give every candidate a rating from 1 to 5. Each criterion describes what 1, 3 and 5 look like; 2 and 4 lie in between.',
    'page.how3': 'Change how much each criterion matters if you need to, and note what you find out.',
    'page.how4':
      'Read the results: first the ranking with each candidate’s score and category, then deal-breakers, strengths, and weak spots with advice on what to check next.',
    'page.privacy': 'Your entries are saved automatically in this browser only. Nothing is sent to a server.',
    'page.guideLink': 'These criteria come from {link} of the guide.',
    'page.scoreLink': 'How the score is made is explained at the end of the tool.',

    // How the score is made (a disclosure at the end of the results; the page's link opens it)
    'how.title': 'How the score is made',
    'how.1':
      'Each rating becomes a number from 0 to 100: a 1 becomes 0, a 2 becomes 25, a 3 becomes 50, a 4 becomes 75 and a 5 becomes 100.',
    'how.2':
      'The score is the weighted average of those numbers, rounded. A “very important” criterion counts three times, an “important” one twice, a “less important” one once, and a criterion set to “not counted” is left out.',
    'how.3':
      'Criteria you have not rated yet are left out, so until then the score is provisional. The category and the ranking appear only once all seven criteria are rated.',
    'how.4': 'Categories: strong fit from 75, promising from 50, risky from 25, and poor fit below 25.',
    'how.5':
      'A rating of 1 or 2 on shared business principles, audience or reputation is a deal-breaker, whatever the score. Step 2 names these three as what to look for in a partner; this tool adds its own rule that an agreement cannot make up for them. In the ranking, a candidate with a deal-breaker always comes after the others.',
    'how.6': 'Candidates with the same score share a rank and are marked as tied.',

    // Before JavaScript runs (and without it): a worksheet to print
    'sheet.nojs':
      'You can also print this page as a worksheet: write down the candidates, tick one rating box (1 to 5) for each criterion, and add your notes.',
    'sheet.rating': 'Rating',
    'sheet.notes': 'Notes',
    'sheet.importance': 'Importance',

    // Candidates
    'cand.title': 'Candidates',
    'cand.lead': 'Write down each candidate’s name.',
    'cand.name': 'Name of candidate {n}',
    'cand.fallback': 'Candidate {n}',
    'cand.add': 'Add a candidate',
    'cand.full': 'You are comparing {max} candidates, the most this tool holds. Remove one to add another.',
    'cand.remove': 'Remove',
    'cand.removeLabel': 'Remove {name}',
    'cand.removed': '{name} removed.',
    'cand.none': 'No candidates yet. Add the first one to start rating.',
    'cand.progress': '{n} of {total} rated',

    // Switching between candidates on a narrow screen
    'switch.label': 'Candidate you are rating',

    // The criteria and the rating fields
    'crit.title': 'Rate each candidate',
    'crit.lead': 'Answer the questions for each criterion, then choose a rating from 1 to 5.',
    'crit.critical': 'Can be a deal-breaker',
    'crit.criticalHint': 'A rating of 1 or 2 here is a deal-breaker, whatever the score.',
    'crit.guide': 'How to rate',
    'crit.ask': 'Ask:',
    'crit.anchors': 'What the ratings mean:',
    'crit.importance': 'Importance (for every candidate)',
    'weight.0': 'Not counted',
    'weight.1': 'Less important',
    'weight.2': 'Important',
    'weight.3': 'Very important',
    'rate.legend': '{criterion}: rating for {name}',
    'rate.unrated': 'Not rated yet',
    'rate.clear': 'Clear',
    'rate.between': 'Between what {low} and {high} mean.',
    'rate.clearLabel': 'Clear the {criterion} rating for {name}',
    'note.label': 'Note on {name}',
    'note.hint': 'Up to {max} characters.',

    // Results
    'res.title': 'Results',
    'res.score': '{score} out of 100',
    'res.scoreLabel': 'Score',
    'res.provisional': 'provisional',
    'res.noScore': 'No score yet',
    'res.noWeights': 'Every criterion is set to “not counted”, so there is no score.',
    'res.rated': '{n} of {total} criteria rated',
    'res.bandPending': 'The category appears once all seven criteria are rated.',
    'res.band': 'Category',
    'band.strong': 'Strong fit',
    'band.promising': 'Promising',
    'band.risky': 'Risky',
    'band.poor': 'Poor fit',
    'band.out': 'Not recommended',
    'res.dealbreakers': 'Deal-breakers',
    'res.dealbreakerItem': '{criterion} (rated {rating})',
    'res.strengths': 'Strengths',
    'res.weak': 'Weak spots and what to check next',
    'res.rating': 'rated {rating}',
    'res.readStep': 'Read {title}',
    'res.choose': 'Choose this partner',
    'res.chosen': 'Your chosen partner: shown in your partnership plan.',
    'res.outWhy':
      'This tool’s rule: an agreement cannot make up for a deal-breaker, so the category is “Not recommended”, whatever the score.',
    'res.details': 'Strengths, weak spots and advice',
    'res.loading': 'Loading…',

    // Confirming the choice of a candidate with a deal-breaker
    'confirm.title': 'Choose {name} anyway?',
    'confirm.lead': '{name} has a deal-breaker, so this tool rates it “Not recommended”:',
    'confirm.yes': 'Choose anyway',
    'confirm.no': 'Cancel',

    // Ranking
    'rank.title': 'Ranking',
    'rank.jump': 'See the results',
    'rank.best': '★ Best fit: {names} ({score} out of 100).',
    'rank.rank': 'Rank',
    'rank.name': 'Candidate',
    'rank.score': 'Score',
    'rank.band': 'Category',
    'rank.tie': '{rank} (tie)',
    'rank.tied': '{names} are tied on {score}.',
    'rank.dealbreaker': 'deal-breaker',
    'rank.why': 'Deal-breaker: {list}',
    'rank.leader': 'Best fit',
    'rank.unranked': 'Not ranked yet, because not every criterion is rated: {names}.',
    'rank.empty': 'The ranking appears once a candidate has all seven criteria rated.',

    // Announcements (polite live region)
    'live.complete': '{name}: score {score} out of 100, {category}.',
    'live.partial': '{name}: provisional score {score} out of 100, {n} of {total} criteria rated.',
    'live.none': '{name}: no score yet, {n} of {total} criteria rated.',
    'live.dealbreaker': 'There is a deal-breaker.',

    // Markdown summary and print
    'md.date': 'Date: {date}',
    'md.criterion': 'Criterion',
    'md.importance': 'Importance',
    'md.rating': 'Rating',
    'md.note': 'Note',
    'md.none': 'none',
    'print.table': 'Ratings by criterion',
    'grid.more': 'Swipe the table sideways to see every candidate.',
    'grid.strong': 'strength',
    'grid.middle': 'middling',
    'grid.weak': 'weak spot',
    'grid.dealbreaker': 'deal-breaker',
  },
});

export default dictionaries;

type Dictionary = (typeof dictionaries)['id'];
type ServerOnlyKey = Extract<keyof Dictionary, `tool.${string}` | `page.${string}`>;

/** The words the island needs, in one language (the page's introduction stays on the server). */
export type Strings = Omit<Dictionary, ServerOnlyKey>;

/**
 * The island's words in one language, without the server-only keys, so the browser gets only
 * what it renders.
 * @example islandStrings('en')['res.title'] // => 'Results'
 */
export function islandStrings(lang: 'id' | 'en'): Strings {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionaries[lang])) {
    if (!key.startsWith('tool.') && !key.startsWith('page.')) out[key] = value;
  }
  return out as Strings;
}
