import { expect, type Page, test } from '@playwright/test';

/**
 * Everyday words find the right page (issue 13): for each query, the page a reader means is among
 * Pagefind's first three results in that language, asked through Pagefind's own JavaScript API
 * (the one the search window uses), on the built site. Guide and tool pages come before the
 * printable sheets for topic words, and the Print button's label is not in the index.
 */
const queries = {
  id: [
    ['kontrak', ['/id/panduan/perjanjian-mou/', '/id/alat/klausul-mou/']],
    ['perjanjian kerja sama', ['/id/panduan/perjanjian-mou/', '/id/alat/klausul-mou/']],
    ['PKS', ['/id/panduan/perjanjian-mou/', '/id/alat/klausul-mou/']],
    ['MoU', ['/id/panduan/perjanjian-mou/', '/id/alat/klausul-mou/']],
    ['influencer', ['/id/panduan/mitra-yang-tepat/', '/id/alat/kecocokan-mitra/']],
    ['reseller', ['/id/panduan/mitra-yang-tepat/', '/id/alat/kecocokan-mitra/']],
    ['komisi', ['/id/panduan/peran-dan-tanggung-jawab/']],
    ['bagi hasil', ['/id/panduan/peran-dan-tanggung-jawab/']],
    ['kolaborasi', ['/id/panduan/']],
    ['meterai', ['/id/istilah/', '/id/panduan/perjanjian-mou/', '/id/alat/klausul-mou/']],
    ['target penjualan', ['/id/panduan/tujuan-bersama/', '/id/alat/tujuan-smart/']],
    ['istilah', ['/id/istilah/']],
  ],
  en: [
    ['contract', ['/en/guide/agreement-and-mou/', '/en/tools/mou-checklist/']],
    ['agreement', ['/en/guide/agreement-and-mou/', '/en/tools/mou-checklist/']],
    ['partnership agreement', ['/en/guide/agreement-and-mou/', '/en/tools/mou-checklist/']],
    ['MoU', ['/en/guide/agreement-and-mou/', '/en/tools/mou-checklist/']],
    ['influencer', ['/en/guide/right-partner/', '/en/tools/partner-fit/']],
    ['reseller', ['/en/guide/right-partner/', '/en/tools/partner-fit/']],
    ['commission', ['/en/guide/roles-and-responsibilities/']],
    ['profit sharing', ['/en/guide/roles-and-responsibilities/']],
    ['collaboration', ['/en/guide/']],
    ['stamp duty', ['/en/glossary/', '/en/guide/agreement-and-mou/', '/en/tools/mou-checklist/']],
    ['sales target', ['/en/guide/shared-goals/', '/en/tools/smart-goals/']],
    ['glossary', ['/en/glossary/']],
  ],
} as const;

async function searchAll(page: Page, lang: string, words: readonly string[]) {
  await page.goto(`/${lang}/`);
  return page.evaluate(async (list) => {
    interface Pagefind {
      search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    }
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
    const out: Record<string, string[]> = {};
    for (const word of list) {
      const found = await pagefind.search(word);
      const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      out[word] = data.map((d) => new URL(d.url, location.origin).pathname);
    }
    return out;
  }, words);
}

for (const [lang, list] of Object.entries(queries)) {
  test(`everyday ${lang} words find the page a reader means in the top three`, async ({ page }) => {
    const results = await searchAll(
      page,
      lang,
      list.map(([q]) => q),
    );
    for (const [query, expected] of list) {
      const top = results[query]!.slice(0, 3);
      expect(
        top.some((p) => (expected as readonly string[]).includes(p)),
        `"${query}": ${top.join(', ')}`,
      ).toBe(true);
      // The guide or tool page meant comes before any printable sheet, which only repeats it.
      const firstSheet = results[query]!.findIndex((p) => /^\/(id\/cetak|en\/print)\//.test(p));
      const meant = results[query]!.findIndex((p) => (expected as readonly string[]).includes(p));
      if (firstSheet >= 0) expect(meant, `"${query}": ${results[query]!.join(', ')}`).toBeLessThan(firstSheet);
    }
  });
}

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
