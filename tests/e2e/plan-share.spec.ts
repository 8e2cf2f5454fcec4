/**
 * Sharing the plan by a link (the phone's share sheet, else the link copied with WhatsApp), what
 * a recipient sees and keeps, and printing the plan, in both languages.
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import { format } from '../../src/i18n/dictionary';
import dictionaries from '../../src/plan/i18n';
import { examples as tickExamples } from '../../src/plan/schema';
import mouMeta from '../../src/tools/mou-checklist/meta';
import fitMeta from '../../src/tools/partner-fit/meta';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import smartMeta from '../../src/tools/smart-goal/meta';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { fullPlan, planEntry } from '../helpers/plan-device';
import { expectNoAxeViolations } from './fixtures';
import { chromeTexts, compact, printToPdf } from './pdf';

const planPath = { id: '/id/rencana/', en: '/en/plan/' } as const;

/** Saves `items` on the device before the page's scripts run, once (later changes stay). */
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((all) => {
    for (const [k, v] of Object.entries(all)) if (!localStorage.getItem(k)) localStorage.setItem(k, v);
  }, items);
}

/** A phone's share sheet, stubbed in the page: it takes what it is given and keeps it for the test. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
}

/** No share sheet (as on most desktops): the page falls back to copying the link. */
async function noShareSheet(page: Page) {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
}

async function openPlan(page: Page, lang: 'id' | 'en') {
  await page.goto(planPath[lang]);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.locator('.plan')).toBeVisible();
}

const device = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['ticks', 'partner-fit', 'smart-goal', 'mou-checklist'].map((k) => [k, localStorage.getItem(`mitra:${k}`)]),
    ),
  );

/** Shares the plan on a device holding all of `fullPlan`; returns the link the share sheet got. */
async function shareFrom(page: Page, lang: 'id' | 'en') {
  const t = dictionaries[lang];
  await stubShareSheet(page);
  await seed(page, fullPlan);
  await openPlan(page, lang);
  const section = page.getByRole('region', { name: t['share.title'] });
  await section.getByRole('button', { name: t['share.button'] }).click();
  await expect(section.locator('[data-file-status]')).toHaveText(t['share.shared']);
  return page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
}

/** Another device, holding only its own scored candidates (nobody chosen). */
async function recipient(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await seed(page, { 'mitra:partner-fit': planEntry('partner-fit', 1, fitExamples.filled) });
  return { context, page };
}

for (const lang of ['id', 'en'] as const) {
  const t = dictionaries[lang];
  const names = {
    'partner-fit': fitMeta.text[lang].name,
    'smart-goal': smartMeta.text[lang].name,
    'mou-checklist': mouMeta.text[lang].name,
  };

  test.describe(`sharing the plan (${lang})`, () => {
    test('Share hands the share sheet a link that holds the plan after the #, with a short summary', async ({
      page,
    }) => {
      const shared = await shareFrom(page, lang);
      expect(shared.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${planPath[lang]}#share=[zj]`));
      // Step 2 is done: five ticks and the chosen partner.
      expect(shared.text).toBe(`${format(t['share.summary'], { done: 1, total: 7 })}\n\n${t['share.text']}`);
      // No link to copy, no WhatsApp link: the share sheet did it.
      await expect(page.getByLabel(t['share.label'])).toBeHidden();
    });

    test('a recipient sees the shared plan, keeps their own work, and saves part by part', async ({
      page,
      browser,
    }) => {
      const { url } = await shareFrom(page, lang);
      const other = await recipient(browser);
      await other.page.goto(url!);
      const notice = other.page.getByRole('region', { name: t['shared.title'] });
      await expect(notice).toBeFocused();
      await expect(other.page.getByRole('region', { name: t['partner.title'] })).toContainText('Dapur Kopi Nusantara');
      await expect(other.page.getByRole('region', { name: t['mou.title'] })).toContainText('Toko Lilin Putri');
      // The shared plan offers no way into this device's tools, and nothing is saved yet.
      await expect(
        other.page.getByRole('link', { name: format(t['part.open'], { tool: names['partner-fit'] }) }),
      ).toBeHidden();
      const before = await device(other.page);
      expect(before['smart-goal']).toBeNull();

      await notice.getByRole('button', { name: t['shared.keep'] }).click();
      const form = other.page.getByRole('form', { name: t['shared.chooseTitle'] });
      await expect(form.getByRole('heading', { name: t['shared.chooseTitle'] })).toBeFocused();
      // This device's candidates stay by default; what it lacks is taken from the link.
      await expect(
        form.getByRole('group', { name: names['partner-fit'] }).getByRole('radio', { name: t['choose.keep'] }),
      ).toBeChecked();
      await expect(
        form.getByRole('group', { name: names['smart-goal'] }).getByRole('radio', { name: t['shared.take'] }),
      ).toBeChecked();
      await form.getByRole('button', { name: t['choose.apply'] }).click();
      const done = other.page.locator('.plan-shared-message');
      await expect(done).toBeFocused();
      await expect(done).toHaveText(
        format(t['shared.done'], {
          list: [t['choose.ticks'], names['smart-goal'], names['mou-checklist']].join(', '),
        }),
      );
      const after = await device(other.page);
      expect(after['partner-fit']).toBe(before['partner-fit']);
      expect((JSON.parse(after['smart-goal']!) as { state: unknown }).state).toEqual(smartExamples.batik);
      expect((JSON.parse(after.ticks!) as { state: unknown }).state).toEqual(tickExamples.some);
      // The link is left behind: this device's plan, now with the goal, after a reload too.
      expect(new URL(other.page.url()).hash).toBe('');
      await other.page.reload();
      await expect(other.page.getByRole('region', { name: t['goals.title'] })).toContainText(
        'Penjualan melalui kode promo',
      );
      await expect(other.page.getByRole('region', { name: t['shared.title'] })).toHaveCount(0);
      await other.context.close();
    });

    test('"Back to my plan" saves nothing from the link', async ({ page, browser }) => {
      const { url } = await shareFrom(page, lang);
      const other = await recipient(browser);
      await other.page.goto(url!);
      const before = await device(other.page);
      await other.page.getByRole('button', { name: t['shared.back'] }).click();
      await expect(other.page.locator('.plan-shared-message')).toHaveText(t['shared.left']);
      await expect(other.page.getByRole('region', { name: t['partner.title'] })).toContainText(
        format(t['partner.none'], { n: fitExamples.filled.candidates.length }),
      );
      expect(await device(other.page)).toEqual(before);
      await other.context.close();
    });

    test('a link cut short says so and changes nothing', async ({ page, browser }) => {
      const { url } = await shareFrom(page, lang);
      const other = await recipient(browser);
      await other.page.goto(url!.slice(0, -20));
      await expect(other.page.getByRole('alert')).toHaveText(t['shared.broken']);
      await expect(other.page.getByRole('region', { name: t['partner.title'] })).toContainText(
        format(t['partner.none'], { n: fitExamples.filled.candidates.length }),
      );
      expect((await device(other.page))['smart-goal']).toBeNull();
      await other.context.close();
    });

    test('without a share sheet the link is copied, shown and offered for WhatsApp', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await noShareSheet(page);
      await seed(page, fullPlan);
      await openPlan(page, lang);
      const section = page.getByRole('region', { name: t['share.title'] });
      await section.getByRole('button', { name: t['share.button'] }).click();
      await expect(section.locator('[data-file-status]')).toHaveText(t['share.copied']);
      const field = section.getByLabel(t['share.label']);
      const url = await field.inputValue();
      expect(url).toMatch(/#share=[zj]/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      const whatsapp = new URL((await section.getByRole('link', { name: t['share.whatsapp'] }).getAttribute('href'))!);
      expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/');
      expect(whatsapp.searchParams.get('text')).toBe(
        `${format(t['share.summary'], { done: 1, total: 7 })}\n\n${t['share.text']}\n${url}`,
      );
    });

    test('Print: the plan on paper, without the share and file controls', async ({ page }) => {
      await seed(page, fullPlan);
      await page.addInitScript(() => {
        window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
      });
      await openPlan(page, lang);
      await page.getByRole('button', { name: t['share.print'] }).click();
      expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
      const chrome = await chromeTexts(page);
      const next = await page.getByRole('region', { name: t['next.title'] }).locator('[data-next]').innerText();
      const { text, pages } = await printToPdf(page);
      expect(pages).toBeLessThanOrEqual(4);
      for (const expected of [
        t['page.title'],
        t['next.title'],
        next,
        format(t['steps.complete'], { done: 1, total: 7 }),
        'Dapur Kopi Nusantara',
        'Toko Lilin Putri',
      ])
        expect(text, expected).toContain(compact(expected));
      for (const c of chrome) expect(text, `chrome: ${c}`).not.toContain(c);
      for (const screenOnly of [t['share.title'], t['share.hint'], t['file.title']])
        expect(text, screenOnly).not.toContain(compact(screenOnly));
    });

    for (const width of [390, 1280])
      for (const scheme of ['light', 'dark'] as const) {
        test(`axe: a shared plan and its choice at ${width} px, ${scheme}`, async ({ page, browser }) => {
          const { url } = await shareFrom(page, lang);
          const other = await recipient(browser);
          await other.page.setViewportSize({ width, height: 900 });
          await other.page.emulateMedia({ colorScheme: scheme });
          await other.page.goto(url!);
          await expect(other.page.getByRole('region', { name: t['shared.title'] })).toBeFocused();
          await expectNoAxeViolations(other.page, 'shared plan');
          await other.page.getByRole('button', { name: t['shared.keep'] }).click();
          await expect(other.page.getByRole('form', { name: t['shared.chooseTitle'] })).toBeVisible();
          await expectNoAxeViolations(other.page, 'choosing from a shared plan');
          await other.context.close();
        });

        test(`axe: the link to copy and WhatsApp at ${width} px, ${scheme}`, async ({ page, context }) => {
          await context.grantPermissions(['clipboard-read', 'clipboard-write']);
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await noShareSheet(page);
          await seed(page, fullPlan);
          await openPlan(page, lang);
          await page.getByRole('button', { name: t['share.button'] }).click();
          await expect(page.getByLabel(t['share.label'])).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
  });
}
