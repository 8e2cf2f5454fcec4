import { expect, type Page, test } from '@playwright/test';
import searchWords from '../../src/search/i18n';
import { ranking } from '../../src/search/ranking';

/**
 * Everyday words find the right page first (issue 13, and the last-mile review): for each query,
 * the page a reader means is Pagefind's first result in that language, asked through Pagefind's
 * own JavaScript API with the ranking the search window uses (src/search/ranking.ts), on the
 * built site. `first` lists the pages that may rightly come first; `next` the pages that must
 * follow in the places right after it, in any order. Guide and tool pages come before the
 * printable sheets for topic words, and the Print button's label is not in the index. The words
 * the empty search window suggests (src/search/i18n.ts, `start.words`) are among these.
 */
interface Query {
  query: string;
  first: readonly string[];
  next?: readonly string[];
}

const id = {
  agreement: '/id/panduan/perjanjian-mou/',
  mouTool: '/id/alat/klausul-mou/',
  partner: '/id/panduan/mitra-yang-tepat/',
  fitTool: '/id/alat/kecocokan-mitra/',
  roles: '/id/panduan/peran-dan-tanggung-jawab/',
  goals: '/id/panduan/tujuan-bersama/',
  smartTool: '/id/alat/tujuan-smart/',
  glossary: '/id/istilah/',
};
const en = {
  agreement: '/en/guide/agreement-and-mou/',
  mouTool: '/en/tools/mou-checklist/',
  partner: '/en/guide/right-partner/',
  fitTool: '/en/tools/partner-fit/',
  roles: '/en/guide/roles-and-responsibilities/',
  goals: '/en/guide/shared-goals/',
  smartTool: '/en/tools/smart-goals/',
  glossary: '/en/glossary/',
};

const queries: Record<'id' | 'en', readonly Query[]> = {
  id: [
    // The agreement step explains contracts; its tool next; the glossary defines the word.
    { query: 'kontrak', first: [id.agreement], next: [id.mouTool, id.glossary] },
    { query: 'perjanjian kerja sama', first: [id.agreement], next: [id.mouTool] },
    { query: 'PKS', first: [id.agreement], next: [id.mouTool, id.glossary] },
    { query: 'MoU', first: [id.agreement, id.mouTool] },
    { query: 'influencer', first: [id.partner], next: [id.fitTool] },
    { query: 'reseller', first: [id.partner], next: [id.fitTool] },
    { query: 'komisi', first: [id.roles], next: [id.glossary] },
    // Not the pages that only say "keberhasilan" (success), which stemming also finds for "hasil".
    { query: 'bagi hasil', first: [id.roles], next: [id.glossary] },
    { query: 'kolaborasi', first: ['/id/panduan/', '/id/panduan/alat-kolaborasi/'] },
    // No guide page explains meterai: the MoU checklist has its clause, the glossary defines it.
    { query: 'meterai', first: [id.mouTool, id.glossary], next: [id.mouTool, id.glossary] },
    { query: 'target penjualan', first: [id.goals], next: [id.smartTool] },
    { query: 'istilah', first: [id.glossary] },
  ],
  en: [
    { query: 'contract', first: [en.agreement], next: [en.mouTool, en.glossary] },
    { query: 'agreement', first: [en.agreement], next: [en.mouTool] },
    { query: 'partnership agreement', first: [en.agreement], next: [en.mouTool] },
    { query: 'MoU', first: [en.agreement, en.mouTool] },
    { query: 'influencer', first: [en.partner], next: [en.fitTool] },
    { query: 'reseller', first: [en.partner], next: [en.fitTool] },
    { query: 'commission', first: [en.roles], next: [en.glossary] },
    { query: 'profit sharing', first: [en.roles], next: [en.glossary] },
    { query: 'collaboration', first: ['/en/guide/', '/en/guide/collaboration-tools/'] },
    { query: 'stamp duty', first: [en.mouTool, en.glossary], next: [en.mouTool, en.glossary] },
    { query: 'sales target', first: [en.goals], next: [en.smartTool] },
    { query: 'glossary', first: [en.glossary] },
  ],
};

async function searchAll(page: Page, lang: string, words: readonly string[]) {
  await page.goto(`/${lang}/`);
  return page.evaluate(
    async ({ list, ranking }) => {
      interface Pagefind {
        search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      }
      const module = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
        createInstance: (options: object) => Pagefind;
      };
      const pagefind = module.createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true, ranking });
      const out: Record<string, string[]> = {};
      for (const word of list) {
        const found = await pagefind.search(word);
        const data = await Promise.all(found.results.slice(0, 6).map((r) => r.data()));
        out[word] = data.map((d) => new URL(d.url, location.origin).pathname);
      }
      return out;
    },
    { list: words, ranking },
  );
}

for (const [lang, list] of Object.entries(queries)) {
  test(`everyday ${lang} words find the page a reader means first`, async ({ page }) => {
    const results = await searchAll(
      page,
      lang,
      list.map((q) => q.query),
    );
    for (const { query, first, next = [] } of list) {
      const found = results[query]!;
      const seen = `"${query}": ${found.join(', ')}`;
      expect(first, seen).toContain(found[0]);
      const following = next.filter((p) => p !== found[0]);
      expect(found.slice(1, 1 + following.length).sort(), seen).toEqual([...following].sort());
      // The guide or tool page meant comes before any printable sheet, which only repeats it.
      const firstSheet = found.findIndex((p) => /^\/(id\/cetak|en\/print)\//.test(p));
      expect(firstSheet === -1 || firstSheet > following.length, seen).toBe(true);
    }
  });
}

test('every word the empty search window suggests is checked above', () => {
  for (const lang of ['id', 'en'] as const) {
    const suggested = searchWords[lang]['start.words'].split(',').map((w) => w.trim());
    expect(suggested.length).toBeGreaterThanOrEqual(3);
    for (const word of suggested) expect(queries[lang].map((q) => q.query)).toContain(word);
  }
});

test('the Print button and the sheets’ controls are not in the index', async ({ page }) => {
  // Each label is on every step page or sheet as a button; only prose may make a page match
  // (the list of sheets says "Cetak lembar ini lalu isi dengan pena").
  for (const [lang, label, prose] of [
    ['id', 'Cetak halaman ini', []],
    ['en', 'Print this page', []],
    ['id', 'Cetak lembar ini', ['/id/cetak/']],
    ['en', 'Print this sheet', []],
    ['id', 'Paling banyak 2 halaman A4', ['/id/cetak/']],
  ] as const) {
    const results = await searchAll(page, lang, [`"${label}"`]);
    expect(results[`"${label}"`], label).toEqual(prose);
  }
});
