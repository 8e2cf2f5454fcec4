import { defineDictionaries } from '../i18n/dictionary';

/**
 * Words of the offline features: the offline page, the update notice, the install offer and the
 * "save everything" button on the About page. Rendered by Astro into the page; the small scripts
 * only show and hide them.
 */
export const offlineText = defineDictionaries({
  id: {
    // The offline page (/id/luring/)
    'page.title': 'Tidak Ada Koneksi',
    'page.description':
      'Halaman yang Anda buka belum tersimpan di perangkat ini. Inilah halaman Mitra yang bisa dibuka tanpa koneksi internet.',
    'page.lead': 'Halaman yang Anda buka belum tersimpan di perangkat ini, dan saat ini tidak ada koneksi internet.',
    'page.retry': 'Coba lagi',
    'page.available': 'Bisa Dibuka Tanpa Koneksi',
    'page.none':
      'Belum ada halaman yang tersimpan di perangkat ini. Buka Mitra sekali saat ada sinyal, lalu halaman bahasa Anda tersimpan dengan sendirinya.',
    'page.noneHere':
      'Belum ada halaman berbahasa Indonesia yang tersimpan di perangkat ini, tetapi halaman berbahasa Inggris di bawah ini sudah tersimpan.',
    'page.otherSaved': 'Tersimpan dalam Bahasa Inggris',
    'page.guide': 'Panduan',
    'page.tools': 'Alat Bantu',
    'page.print': 'Lembar Cetak',
    'page.other': 'Lainnya',

    // The update notice (a new version of the site has been saved and waits)
    'update.text': 'Versi baru tersedia.',
    'update.reload': 'Muat ulang',
    'update.later': 'Nanti saja',

    // The install offer in the footer (only where the browser offers installing)
    'install.button': 'Pasang Mitra di perangkat ini',

    // "Save everything" on the About page
    'save.button': 'Simpan semua halaman untuk dibaca tanpa koneksi',
    'save.saving': 'Sedang menyimpan…',
    'save.saved':
      'Tersimpan. Panduan, alat bantu, lembar cetak, dan pencarian berbahasa Indonesia bisa dipakai tanpa koneksi di perangkat ini.',
    'save.failed': 'Sebagian halaman belum tersimpan karena koneksi terputus. Coba lagi saat sinyal lebih baik.',
  },
  en: {
    'page.title': 'You are offline',
    'page.description':
      'The page you opened is not saved on this device yet. These are the Mitra pages you can open without an internet connection.',
    'page.lead': 'The page you opened is not saved on this device yet, and there is no internet connection right now.',
    'page.retry': 'Try again',
    'page.available': 'Available offline',
    'page.none':
      'No pages are saved on this device yet. Open Mitra once while you have a signal, and the pages in your language are saved by themselves.',
    'page.noneHere': 'No English pages are saved on this device yet, but the Indonesian pages below are.',
    'page.otherSaved': 'Saved in Indonesian',
    'page.guide': 'Guide',
    'page.tools': 'Tools',
    'page.print': 'Printable sheets',
    'page.other': 'Other',

    'update.text': 'A new version is available.',
    'update.reload': 'Reload',
    'update.later': 'Not now',

    'install.button': 'Install Mitra on this device',

    'save.button': 'Save all pages to read offline',
    'save.saving': 'Saving…',
    'save.saved': 'Saved. The English guide, tools, printable sheets, and search work offline on this device.',
    'save.failed': 'Some pages could not be saved because the connection dropped. Try again when the signal is better.',
  },
});
