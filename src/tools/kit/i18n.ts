import { defineDictionaries } from '../../i18n/dictionary';

/**
 * Words of the shared tool kit: notices, the save/share/print bar, the shared-link banner.
 * Every tool page hands `kit[lang]` to its island.
 */
export default defineDictionaries({
  id: {
    // Problems with saved work (the tool keeps working in memory)
    'notice.storage-unavailable':
      'Peramban ini tidak mengizinkan penyimpanan, jadi pekerjaan Anda hanya ada selama halaman ini terbuka. Alat tetap berfungsi. Simpan ke berkas agar pekerjaan Anda tidak hilang.',
    'notice.storage-full':
      'Penyimpanan peramban penuh, jadi perubahan terakhir belum tersimpan. Alat tetap berfungsi. Simpan ke berkas agar pekerjaan Anda tidak hilang.',
    'notice.storage-corrupt':
      'Data tersimpan Anda tidak dapat dibaca, jadi alat dimulai dari awal. Data lama tidak dihapus: data itu disisihkan di peramban ini dan bisa Anda unduh.',
    'notice.downloadDamaged': 'Unduh data lama',
    // Share links that cannot be opened
    'notice.share-malformed':
      'Tautan berbagi ini rusak atau terpotong, jadi tidak bisa dibuka. Pekerjaan Anda sendiri aman dan tidak berubah. Minta pengirim menyalin tautannya lagi secara utuh.',
    'notice.share-tampered':
      'Tautan berbagi ini sudah diubah setelah dibuat, jadi tidak dibuka. Pekerjaan Anda sendiri aman dan tidak berubah.',
    'notice.share-wrong-tool':
      'Tautan berbagi ini dibuat untuk alat Mitra yang lain. Pekerjaan Anda sendiri aman dan tidak berubah.',
    'notice.share-unsupported-version':
      'Tautan berbagi ini dibuat oleh versi alat yang berbeda, jadi tidak bisa dibuka. Pekerjaan Anda sendiri aman dan tidak berubah.',
    'notice.share-invalid':
      'Isi tautan berbagi ini tidak cocok dengan alat ini, jadi tidak dibuka. Pekerjaan Anda sendiri aman dan tidak berubah.',
    // Files that cannot be imported
    'notice.import-too-large':
      'Berkas itu terlalu besar untuk berkas simpanan Mitra (paling besar {max}). Tidak ada yang berubah.',
    'notice.import-unreadable': 'Berkas itu tidak dapat dibaca. Tidak ada yang berubah.',
    'notice.import-not-json':
      'Berkas itu bukan berkas simpanan Mitra. Pilih berkas yang Anda simpan dengan tombol “Simpan ke berkas”. Tidak ada yang berubah.',
    'notice.import-wrong-tool': 'Berkas simpanan itu berasal dari alat Mitra yang lain. Tidak ada yang berubah.',
    'notice.import-unsupported-version':
      'Berkas itu dibuat oleh versi alat yang berbeda, jadi tidak bisa dibuka. Tidak ada yang berubah.',
    'notice.import-invalid': 'Isi berkas simpanan itu tidak cocok dengan alat ini. Tidak ada yang berubah.',
    // Something the reader started that could not finish (its part of the tool did not load)
    'notice.action-failed':
      'Tindakan itu gagal: sebagian alat ini tidak dapat dimuat, mungkin karena koneksi internet terputus. Pekerjaan Anda tidak berubah. Periksa koneksi, muat ulang halaman, lalu coba lagi.',
    'notice.dismiss': 'Tutup pesan',

    // Banner while looking at someone else's shared result
    'shared.title': 'Anda Sedang Melihat Hasil yang Dibagikan',
    'shared.body':
      'Pekerjaan Anda sendiri tetap tersimpan dan belum diganti. Perubahan di sini belum disimpan sampai Anda memilih salah satu tombol di bawah.',
    'shared.keep': 'Jadikan pekerjaan saya',
    'shared.back': 'Kembali ke pekerjaan saya',

    // The share, print and more area at the end of each tool
    'actions.title': 'Bagikan, Cetak, dan Simpan',
    'actions.autosaved': 'Pekerjaan Anda tersimpan otomatis, hanya di perangkat ini.',
    'actions.memoryOnly': 'Pekerjaan Anda tidak tersimpan di perangkat ini. Simpan ke berkas agar tidak hilang.',
    'actions.sharedUnsaved': 'Hasil yang dibagikan ini belum tersimpan di perangkat Anda.',
    'actions.share': 'Bagikan',
    'actions.shareText':
      'Tautan di bawah ini berisi pekerjaan ini sendiri: siapa pun yang membukanya akan melihat seluruh isiannya.',
    'actions.shareLabel': 'Tautan berbagi',
    'actions.shareHint':
      'Seluruh isian Anda ada di dalam tautan ini sendiri, tidak tersimpan di tempat lain. Siapa pun yang memegang tautan ini bisa melihatnya, jadi bagikan hanya kepada orang yang Anda percayai.',
    'actions.whatsapp': 'Kirim lewat WhatsApp',
    'actions.longLink':
      'Tautan ini panjang ({n} karakter). Sebagian aplikasi memotong tautan sepanjang ini, sehingga penerima tidak bisa membukanya. Jika itu terjadi, kirim berkas simpanan sebagai gantinya: simpan ke berkas, kirim berkasnya, lalu penerima membukanya dengan “Buka berkas”.',
    'actions.print': 'Cetak atau simpan PDF',
    'actions.more': 'Lainnya',
    'actions.copySummary': 'Salin ringkasan sebagai teks',
    'actions.downloadMarkdown': 'Unduh ringkasan sebagai berkas teks',
    'summary.fileHint':
      'Berkas ini berformat Markdown (.md), teks biasa yang bisa dibuka di komputer. Sebagian ponsel tidak bisa membukanya; di ponsel, pilih “Salin ringkasan sebagai teks” lalu tempelkan di catatan atau obrolan.',
    'actions.summaryLabel': 'Ringkasan untuk disalin',
    'actions.fileTitle': 'Pindah ke Perangkat Lain',
    'actions.fileHint':
      'Simpan pekerjaan Anda ke berkas untuk memindahkannya ke perangkat lain atau untuk cadangan. Di perangkat lain, buka halaman alat ini lalu pilih “Buka berkas”.',
    'actions.downloadJson': 'Simpan ke berkas',
    'actions.importJson': 'Buka berkas',
    'actions.importLabel': 'Pilih berkas simpanan untuk dibuka',
    'actions.reset': 'Mulai dari awal',

    // Short messages after an action (announced politely)
    'status.copied': 'Ringkasan disalin.',
    'status.copyFailed': 'Tidak bisa menyalin otomatis. Salin teks di kotak di bawah secara manual.',
    'status.linkCopied': 'Tautan berbagi disalin. Tempelkan di percakapan, atau kirim lewat WhatsApp di bawah.',
    'status.linkReady': 'Tautan berbagi dibuat. Salin dari kotak di bawah.',
    'status.shared': 'Tautan berbagi dikirim ke aplikasi yang Anda pilih.',
    'status.imported': 'Berkas simpanan dibuka.',
    'status.reset': 'Semua isian dikosongkan.',
    'status.replaced': 'Hasil yang dibagikan kini menjadi pekerjaan Anda.',
    'status.adopted': 'Hasil yang dibagikan dibuka dan disimpan di perangkat ini.',
    'status.restored': 'Dikembalikan.',
    undo: 'Urungkan',

    // Forms and print
    'errors.title': 'Ada yang Perlu Diperbaiki',
    'print.printed': 'Dicetak {date}',
  },
  en: {
    // Problems with saved work (the tool keeps working in memory)
    'notice.storage-unavailable':
      'This browser does not allow saving, so your work only lasts while this page is open. The tool still works. Save to a file so you do not lose your work.',
    'notice.storage-full':
      'Your browser’s storage is full, so the latest changes are not saved. The tool still works. Save to a file so you do not lose your work.',
    'notice.storage-corrupt':
      'Your saved work could not be read, so the tool started afresh. The old data was not deleted: it is kept aside in this browser and you can download it.',
    'notice.downloadDamaged': 'Download the old data',
    // Share links that cannot be opened
    'notice.share-malformed':
      'This share link is broken or cut short, so it cannot be opened. Your own work is safe and unchanged. Ask the sender to copy the whole link again.',
    'notice.share-tampered':
      'This share link was changed after it was made, so it was not opened. Your own work is safe and unchanged.',
    'notice.share-wrong-tool': 'This share link was made for another Mitra tool. Your own work is safe and unchanged.',
    'notice.share-unsupported-version':
      'This share link was made by a different version of the tool, so it cannot be opened. Your own work is safe and unchanged.',
    'notice.share-invalid':
      'The content of this share link does not fit this tool, so it was not opened. Your own work is safe and unchanged.',
    // Files that cannot be imported
    'notice.import-too-large': 'That file is too large to be a Mitra save file (at most {max}). Nothing was changed.',
    'notice.import-unreadable': 'That file could not be read. Nothing was changed.',
    'notice.import-not-json':
      'That is not a Mitra save file. Choose a file you saved with the “Save to a file” button. Nothing was changed.',
    'notice.import-wrong-tool': 'That save file comes from another Mitra tool. Nothing was changed.',
    'notice.import-unsupported-version':
      'That file was made by a different version of the tool, so it cannot be opened. Nothing was changed.',
    'notice.import-invalid': 'The content of that save file does not fit this tool. Nothing was changed.',
    // Something the reader started that could not finish (its part of the tool did not load)
    'notice.action-failed':
      'That did not work: part of this tool could not be loaded, perhaps because the connection dropped. Your work is unchanged. Check your connection, reload the page, and try again.',
    'notice.dismiss': 'Dismiss message',

    // Banner while looking at someone else's shared result
    'shared.title': 'You are looking at a shared result',
    'shared.body':
      'Your own saved work is kept and has not been replaced. Changes made here are not saved until you choose one of the buttons below.',
    'shared.keep': 'Make this my work',
    'shared.back': 'Back to my work',

    // The share, print and more area at the end of each tool
    'actions.title': 'Share, print, and save',
    'actions.autosaved': 'Your work is saved automatically, on this device only.',
    'actions.memoryOnly': 'Your work is not saved on this device. Save to a file so you do not lose it.',
    'actions.sharedUnsaved': 'This shared result is not saved on your device yet.',
    'actions.share': 'Share',
    'actions.shareText': 'The link below holds this work itself: whoever opens it sees everything that was filled in.',
    'actions.shareLabel': 'Share link',
    'actions.shareHint':
      'Everything you entered is inside this link itself, not stored anywhere else. Anyone who has the link can see it, so share it only with people you trust.',
    'actions.whatsapp': 'Send via WhatsApp',
    'actions.longLink':
      'This link is long ({n} characters). Some apps cut links this long, and then the other person cannot open it. If that happens, send the save file instead: save to a file, send the file, and they open it with “Open a file”.',
    'actions.print': 'Print or save as PDF',
    'actions.more': 'More',
    'actions.copySummary': 'Copy the summary as text',
    'actions.downloadMarkdown': 'Download the summary as a text file',
    'summary.fileHint':
      'The file is in Markdown (.md), plain text that a computer opens. Some phones cannot open it; on a phone, choose “Copy the summary as text” and paste it into a note or a chat.',
    'actions.summaryLabel': 'Summary to copy',
    'actions.fileTitle': 'Move to another device',
    'actions.fileHint':
      'Save your work to a file to move it to another device or keep a backup. On the other device, open this tool’s page and choose “Open a file”.',
    'actions.downloadJson': 'Save to a file',
    'actions.importJson': 'Open a file',
    'actions.importLabel': 'Choose a saved file to open',
    'actions.reset': 'Start over',

    // Short messages after an action (announced politely)
    'status.copied': 'Summary copied.',
    'status.copyFailed': 'Could not copy automatically. Copy the text in the box below by hand.',
    'status.linkCopied': 'Share link copied. Paste it into a chat, or send it via WhatsApp below.',
    'status.linkReady': 'Share link created. Copy it from the box below.',
    'status.shared': 'Share link handed to the app you chose.',
    'status.imported': 'Saved file opened.',
    'status.reset': 'Everything was cleared.',
    'status.replaced': 'The shared result is now your work.',
    'status.adopted': 'The shared result was opened and saved on this device.',
    'status.restored': 'Restored.',
    undo: 'Undo',

    // Forms and print
    'errors.title': 'There is a problem',
    'print.printed': 'Printed {date}',
  },
});
