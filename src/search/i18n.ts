import type { Locale } from '../i18n/locales';

/**
 * Every word of the search window. The window is loaded only when a reader opens search, so
 * these strings travel with it (both languages, about 0.6 KB gzip) and reading pages carry none
 * of them; the window picks the page's language from `<html lang>`. The page-type names
 * (`kind.guide`, `kind.tool`, `kind.other`) are also what Base.astro files each page under in
 * the index, so the filter's values and their order come from one place.
 *
 * Only types are imported: the i18n modules (`defineDictionaries`, `format`) are bundled into
 * the tools' `tool-runtime` chunk (astro.config.mjs), and a runtime import from here would make
 * the search window download that whole chunk.
 */
const id = {
  // The window and its search box
  'window.label': 'Cari di Mitra',
  'box.placeholder': 'Cari',
  'box.label': 'Kata yang dicari',
  'window.close': 'Tutup pencarian',
  'kind.label': 'Jenis halaman',
  'kind.all': 'Semua jenis',
  'kind.guide': 'Panduan',
  'kind.tool': 'Alat',
  'kind.other': 'Lainnya',

  // States of the result list
  'state.loading': 'Memuat pencarian…',
  'results.label': 'Hasil pencarian',
  'results.one': '1 hasil untuk “{query}”',
  'results.other': '{n} hasil untuk “{query}”',
  'results.more': 'Tampilkan hasil lainnya',
  'result.section': 'Bagian',

  // The empty window: everyday words to try, and the tools
  'start.try': 'Coba cari:',
  'start.words': 'kontrak, bagi hasil, influencer, target penjualan',
  'start.tools': 'Atau buka alat bantu kerja sama:',

  // No result: what to try instead, and where to go
  'none.status': 'Tidak ada hasil untuk “{query}”',
  'none.tips': 'Periksa ejaannya, pakai kata yang lebih umum, atau coba salah satu kata ini:',
  'none.suggest1': 'kerja sama',
  'none.suggest2': 'MoU',
  'none.suggest3': 'tujuan',
  'none.browse': 'Atau buka:',
  'none.guide': 'Panduan lengkap',
  'none.tools': 'Alat bantu kerja sama',
  'none.glossary': 'Daftar istilah',

  // The search itself could not load (the window did)
  'failed.text': 'Pencarian tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  'failed.retry': 'Coba lagi',

  // Keyboard hints (not shown on touch screens)
  'hint.move': 'pilih',
  'hint.open': 'buka',
  'hint.close': 'tutup',
} as const;

export type SearchKey = keyof typeof id;

const en: Record<SearchKey, string> = {
  'window.label': 'Search Mitra',
  'box.placeholder': 'Search',
  'box.label': 'Search for',
  'window.close': 'Close search',
  'kind.label': 'Page type',
  'kind.all': 'All types',
  'kind.guide': 'Guide',
  'kind.tool': 'Tool',
  'kind.other': 'Other',

  'state.loading': 'Loading search…',
  'results.label': 'Search results',
  'results.one': '1 result for “{query}”',
  'results.other': '{n} results for “{query}”',
  'results.more': 'Show more results',
  'result.section': 'Section',

  'start.try': 'Try searching for:',
  'start.words': 'contract, profit sharing, influencer, sales target',
  'start.tools': 'Or open a partnership tool:',

  'none.status': 'No results for “{query}”',
  'none.tips': 'Check the spelling, use a more general word, or try one of these:',
  'none.suggest1': 'partnership',
  'none.suggest2': 'agreement',
  'none.suggest3': 'goals',
  'none.browse': 'Or go to:',
  'none.guide': 'The full guide',
  'none.tools': 'Partnership tools',
  'none.glossary': 'Glossary',

  'failed.text': 'Search could not be loaded. Check your connection, then try again.',
  'failed.retry': 'Try again',

  'hint.move': 'move',
  'hint.open': 'open',
  'hint.close': 'close',
};

const dictionaries: Record<Locale, Record<SearchKey, string>> = { id, en };
export default dictionaries;
