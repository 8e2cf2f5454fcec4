import { expect, type Page, test } from '@playwright/test';
import { format } from '../../src/i18n/dictionary';
import handoffDictionaries from '../../src/plan/handoff-i18n';
import mouDictionaries from '../../src/tools/mou-checklist/i18n';
import fitDictionaries from '../../src/tools/partner-fit/i18n';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import smartDictionaries from '../../src/tools/smart-goal/i18n';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { expectNoAxeViolations } from './fixtures';

const paths = {
  scorer: { id: '/id/alat/kecocokan-mitra/', en: '/en/tools/partner-fit/' },
  smart: { id: '/id/alat/tujuan-smart/', en: '/en/tools/smart-goals/' },
  mou: { id: '/id/alat/klausul-mou/', en: '/en/tools/mou-checklist/' },
} as const;
const at = '2026-11-28T08:00:00.000Z';

/**
 * Saves a tool's state on the device, as the tool itself saves it, from a reading page (a tool
 * page open at the time would save its own state over it).
 */
async function save(page: Page, key: string, v: number, state: unknown) {
  if (!/\/(id|en)\/$/.test(new URL(page.url(), 'http://x').pathname)) await page.goto('/id/');
  await page.evaluate(([k, item]) => localStorage.setItem(`mitra:${k}`, JSON.stringify(item)), [
    key,
    { tool: key, v, at, state },
  ] as const);
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
}

/** The scorer with three candidates; the reader chooses the strong fit. */
async function choosePartner(page: Page, lang: 'id' | 'en') {
  await save(page, 'partner-fit', 1, fitExamples.filled);
  await open(page, paths.scorer[lang]);
  const fit = fitDictionaries[lang];
  // "Choose this partner" in the scorer's ranking, on the candidate's line.
  const choose = page.getByRole('button', { name: `${fit['res.choose']} (Dapur Kopi Nusantara)` });
  await choose.click();
  await expect(choose).toHaveAttribute('aria-pressed', 'true');
}

for (const lang of ['id', 'en'] as const) {
  const t = handoffDictionaries[lang];
  const smart = smartDictionaries[lang];
  const mou = mouDictionaries[lang];

  test.describe(`hand-offs between tools (${lang})`, () => {
    test('choose a partner, accept the offer in the SMART builder and the MoU, see the names', async ({ page }) => {
      test.slow(); // three tool pages on a machine that may be busy
      await choosePartner(page, lang);

      await open(page, paths.smart[lang]);
      const offer = page.locator('[data-handoff="smart-goal"]');
      await expect(offer).toContainText(format(t.partner, { partner: 'Dapur Kopi Nusantara' }));
      // Nobody has named the reader's business yet: the notice asks, once.
      await offer.getByLabel(t.askOwn).fill('Toko Lilin Putri');
      await offer.getByRole('button', { name: t.fill, exact: true }).click();
      await expect(offer).toHaveCount(0);
      await expect(page.getByLabel(smart['partners.a'])).toHaveValue('Toko Lilin Putri');
      await expect(page.getByLabel(smart['partners.b'])).toHaveValue('Dapur Kopi Nusantara');
      await expect(page.getByLabel(smart['partners.a'])).toBeFocused();
      await page.reload();
      await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
      await expect(page.getByLabel(smart['partners.b'])).toHaveValue('Dapur Kopi Nusantara');
      await expect(page.locator('.smart-tool')).toHaveAttribute('data-handoff-read', '');
      await expect(page.locator('[data-handoff]')).toHaveCount(0);

      // The MoU knows both names now: the kept business name and the chosen partner.
      await open(page, paths.mou[lang]);
      const mouOffer = page.locator('[data-handoff="mou-checklist"]');
      await expect(mouOffer).toContainText(
        format(t.both, { own: 'Toko Lilin Putri', partner: 'Dapur Kopi Nusantara' }),
      );
      await mouOffer.getByRole('button', { name: t.fill, exact: true }).click();
      await expect(mouOffer).toHaveCount(0);
      await expect(page.getByLabel(mou['parties.first'], { exact: true })).toHaveValue('Toko Lilin Putri');
      await expect(page.getByLabel(mou['parties.second'], { exact: true })).toHaveValue('Dapur Kopi Nusantara');
    });

    test('declining keeps the fields empty, and the offer does not come back', async ({ page }) => {
      await choosePartner(page, lang);
      await open(page, paths.mou[lang]);
      const offer = page.locator('[data-handoff="mou-checklist"]');
      await offer.getByRole('button', { name: t.decline }).click();
      await expect(offer).toHaveCount(0);
      await expect(page.getByLabel(mou['parties.first'], { exact: true })).toHaveValue('');
      await expect(page.getByLabel(mou['parties.second'], { exact: true })).toHaveValue('');
      await page.reload();
      await expect(page.locator('.mou')).toHaveAttribute('data-handoff-read', '');
      await expect(page.locator('[data-handoff]')).toHaveCount(0);
    });

    test('the MoU’s KPI clause takes the SMART goal’s KPI and review cadence', async ({ page }) => {
      await save(page, 'smart-goal', 1, smartExamples.batik);
      await open(page, paths.mou[lang]);
      const kpis = page.locator('[data-clause="kpis"]');
      await expect(page.locator('.mou')).toHaveAttribute('data-handoff-read', '');
      await kpis.locator('summary').first().click();
      await expect(kpis.locator('.mou-wording').first()).toContainText(
        lang === 'id'
          ? 'Penjualan melalui kode promo dengan target 150 lembar'
          : 'Penjualan melalui kode promo with a target of 150 lembar',
      );
      await expect(kpis.locator('.mou-wording').first()).toContainText(
        lang === 'id' ? 'evaluasi setiap dua minggu' : 'a review every two weeks',
      );
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds nothing on the notice (${scheme}, 390 px)`, async ({ page }) => {
        test.slow(); // axe over the MoU checklist's long page takes a while on a busy machine
        await page.setViewportSize({ width: 390, height: 844 });
        await page.emulateMedia({ colorScheme: scheme });
        await save(page, 'partner-fit', 1, fitExamples.chosen);
        await open(page, paths.smart[lang]);
        await expect(page.locator('[data-handoff="smart-goal"]')).toBeVisible();
        await expectNoAxeViolations(page, `${paths.smart[lang]} with the hand-off notice (${scheme})`);
        await page.goto(paths.mou[lang]);
        await expect(page.locator('[data-handoff="mou-checklist"]')).toBeVisible();
        await expectNoAxeViolations(page, `${paths.mou[lang]} with the hand-off notice (${scheme})`);
      });
    }
  });
}
