/**
 * Finding the way, in both languages: the header on a phone (one row: the name, the menu, the
 * plan, search and the language; the plan's progress once the device holds work) and the home
 * page's "Continue where you stopped" for a returning reader.
 */
import { expect, type Page, test } from '@playwright/test';
import { format } from '../../src/i18n/dictionary';
import { localeInfo, otherLocale } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { actionKeys } from '../../src/plan/action-keys';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import smartMeta from '../../src/tools/smart-goal/meta';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { loadGuide } from '../fixtures/content';
import { expectNoAxeViolations } from './fixtures';

const guide = loadGuide();
const home = { id: '/id/', en: '/en/' } as const;
const plan = { id: '/id/rencana/', en: '/en/plan/' } as const;
const smartTool = { id: '/id/alat/tujuan-smart/', en: '/en/tools/smart-goals/' } as const;
/** A step page's path and title, from the content files. */
function step(lang: 'id' | 'en', n: number) {
  const entry = guide.find((e) => e.id.startsWith(`${lang}/`) && e.data.step === n)!;
  return { path: `/${lang}/${lang === 'id' ? 'panduan' : 'guide'}/${entry.id.slice(3)}/`, title: entry.data.title };
}

const at = '2026-11-28T08:00:00.000Z';
/**
 * Plan work on the device: a SMART goal and a chosen partner, with step 2's other actions ticked,
 * so step 2 is done (one step of seven).
 */
const work = {
  'mitra:ticks': JSON.stringify({
    tool: 'ticks',
    v: 2,
    at,
    state: { steps: { partner: actionKeys.partner.slice(0, 5) } },
  }),
  'mitra:smart-goal': JSON.stringify({ tool: 'smart-goal', v: 1, at, state: smartExamples.batik }),
  'mitra:partner-fit': JSON.stringify({ tool: 'partner-fit', v: 1, at, state: fitExamples.chosen }),
};
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((all) => {
    for (const [k, v] of Object.entries(all)) if (!localStorage.getItem(k)) localStorage.setItem(k, v);
  }, items);
}

/** The header's controls a reader needs on every page, by their names. */
function controls(page: Page, lang: 'id' | 'en') {
  const t = ui[lang];
  const header = page.locator('header.site-header');
  const other = otherLocale(lang);
  return {
    header,
    brand: header.getByRole('link', { name: t['nav.home'] }),
    menu: header.locator('details.menu > summary'),
    plan: header.locator('[data-plan-nav]'),
    search: header.getByRole('button', { name: t['search.open'] }),
    language: header.getByRole('link', { name: `${t['lang.label']}: ${localeInfo[other].name}` }),
  };
}

/** Heights and edges, to tell one row from two. */
async function box(page: Page, lang: 'id' | 'en') {
  const c = controls(page, lang);
  const header = (await c.header.boundingBox())!;
  const parts = await Promise.all([c.brand, c.menu, c.plan, c.search, c.language].map((l) => l.boundingBox()));
  return {
    header,
    parts: parts.map((p) => p!),
    scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth),
  };
}

/** One row at this width: every control side by side, inside the screen; nothing scrolls sideways. */
async function expectOneRow(page: Page, lang: 'id' | 'en', width: number) {
  const { header, parts, scrollWidth } = await box(page, lang);
  // One row of 44 px controls and its padding; two rows were about 100 px.
  expect(header.height).toBeLessThanOrEqual(64);
  expect(scrollWidth).toBeLessThanOrEqual(width);
  const middle = (p: { y: number; height: number }) => p.y + p.height / 2;
  for (const p of parts) {
    expect(p.height).toBeGreaterThanOrEqual(44);
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x + p.width).toBeLessThanOrEqual(width);
    expect(Math.abs(middle(p) - middle(parts[0]!))).toBeLessThanOrEqual(2);
  }
  // Left to right in reading (and keyboard) order, never on top of each other.
  for (let i = 1; i < parts.length; i++)
    expect(parts[i]!.x).toBeGreaterThanOrEqual(parts[i - 1]!.x + parts[i - 1]!.width);
}

for (const lang of ['id', 'en'] as const) {
  const t = ui[lang];

  test.describe(`the header on a 390 px phone (${lang})`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    for (const path of [home[lang], step(lang, 1).path, smartTool[lang], plan[lang]])
      test(`${path}: one row with the menu, the plan, search and the language`, async ({ page }) => {
        await page.goto(path);
        await expectOneRow(page, lang, 390);
        const c = controls(page, lang);
        await expect(c.menu).toHaveAccessibleName(t['nav.menu']);
        await expect(c.plan).toHaveAccessibleName(t['nav.plan']);
        await expect(c.plan).toHaveAttribute('href', plan[lang]);
      });

    test('the keyboard goes name, menu, plan, search, language; the menu opens its sections', async ({ page }) => {
      await page.goto(step(lang, 2).path);
      const c = controls(page, lang);
      await page.keyboard.press('Tab');
      await expect(page.locator('a.skip-link')).toBeFocused();
      for (const control of [c.brand, c.menu, c.plan, c.search, c.language]) {
        await page.keyboard.press('Tab');
        await expect(control).toBeFocused();
      }
      await c.menu.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('header details.menu')).toHaveAttribute('open', '');
      const list = page.getByRole('navigation', { name: t['nav.label'] }).getByRole('list');
      await expect(list.getByRole('link')).toHaveText([t['nav.guide'], t['nav.tools'], t['nav.print'], t['nav.about']]);
      // This page is in the guide: its link says so.
      await expect(list.getByRole('link', { name: t['nav.guide'] })).toHaveAttribute('aria-current', 'page');
      await page.keyboard.press('Tab');
      await expect(list.getByRole('link', { name: t['nav.guide'] })).toBeFocused();
      await expectNoAxeViolations(page, 'menu open');
      await c.menu.click();
      await expect(list).toBeHidden();
      await c.menu.click();
      await list.getByRole('link', { name: t['nav.tools'] }).click();
      await expect(page).toHaveURL(lang === 'id' ? '/id/alat/' : '/en/tools/');
    });

    test('without JavaScript: one row, and the menu still opens', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(step(lang, 1).path);
      const c = controls(page, lang);
      await expect(c.search).toBeHidden();
      const header = (await c.header.boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(64);
      await c.menu.click();
      await expect(
        page.getByRole('navigation', { name: t['nav.label'] }).getByRole('link', { name: t['nav.print'] }),
      ).toBeVisible();
      await context.close();
    });

    test('with plan work: "My plan" and the steps done, still one row; never a stale count', async ({ page }) => {
      await seed(page, work);
      // The plan page reads the tools' work and leaves the note the header counts with.
      await page.goto(plan[lang]);
      const c = controls(page, lang);
      const progress = async (done: number) => {
        await expect(c.plan).toHaveAccessibleName(`${t['nav.planMine']} ${done}/7`);
        await expect(c.plan).toHaveAccessibleDescription(format(t['nav.planProgress'], { done, total: 7 }));
      };
      await progress(1);
      await page.goto(step(lang, 3).path);
      await progress(1);
      await expectOneRow(page, lang, 390);
      // A tick on step 3's page counts at once: the header follows the ticks without the plan page.
      for (const key of actionKeys.communication)
        await page.locator(`[data-ticks] input[data-action="${key}"]`).check();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('mitra:ticks') ?? ''))
        .toContain(actionKeys.communication.at(-1)!);
      await page.goto(step(lang, 4).path);
      await progress(2);
      // A tool's work saved since the plan page read it: no count rather than a wrong one.
      await page.evaluate(() => {
        const goal = JSON.parse(localStorage.getItem('mitra:smart-goal')!) as { at: string };
        localStorage.setItem('mitra:smart-goal', JSON.stringify({ ...goal, at: '2027-01-01T00:00:00.000Z' }));
      });
      await page.reload();
      await expect(c.plan).toHaveAccessibleName(t['nav.planMine']);
      await expect(c.plan).toHaveAccessibleDescription('');
      await expect(c.plan.locator('[data-plan-progress]')).toBeHidden();
    });

    for (const width of [390, 1280])
      for (const scheme of ['light', 'dark'] as const)
        test(`axe: the plan link with progress at ${width} px, ${scheme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await seed(page, work);
          await page.goto(plan[lang]);
          await expect(controls(page, lang).plan.locator('[data-plan-count]')).toHaveText('1/7');
          await page.goto(step(lang, 2).path);
          await expect(controls(page, lang).plan.locator('[data-plan-count]')).toHaveText('1/7');
          if (width === 390) await controls(page, lang).menu.click();
          await expectNoAxeViolations(page);
        });
  });

  test.describe(`the home page for a returning reader (${lang})`, () => {
    const box = (page: Page) => page.getByRole('region', { name: t['home.continueTitle'] });

    /**
     * Whether "Continue where you stopped" is displayed the moment the parser inserts it, so
     * before any frame shows it: the box must not appear later and push the page down. (A frame
     * may be painted before the parser reaches the box, so the moment of insertion is the test,
     * not the first frame.)
     */
    async function watchContinueBox(page: Page) {
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const el = document.querySelector('[data-continue]');
          if (!el) return;
          observer.disconnect();
          (window as unknown as { continueBox: string }).continueBox =
            getComputedStyle(el).display === 'none' ? 'hidden' : 'shown';
        }).observe(document, { childList: true, subtree: true });
      });
    }
    const continueBoxOnInsert = (page: Page) =>
      page
        .waitForFunction(() => (window as unknown as { continueBox?: string }).continueBox)
        .then((h) => h.jsonValue());

    test('a first visit shows nothing of it', async ({ page }) => {
      await page.goto(home[lang]);
      await expect(box(page)).toBeHidden();
    });

    test('offers the last guide page read, shown as it is parsed, and leads there', async ({ page }) => {
      await page.goto(step(lang, 2).path);
      await watchContinueBox(page);
      await page.goto(home[lang]);
      expect(await continueBoxOnInsert(page)).toBe('shown');
      const link = box(page).getByRole('link', {
        name: `${t['step.short'].replace('{n}', '2')}: ${step(lang, 2).title}`,
      });
      await expect(link).toBeVisible();
      // Only the page read last, and no plan link without plan work.
      await expect(box(page).getByRole('link')).toHaveCount(1);
      await link.click();
      await expect(page).toHaveURL(step(lang, 2).path);
    });

    test('offers a tool used last, in this page’s language', async ({ page }) => {
      const other = otherLocale(lang);
      await page.goto(smartTool[other]);
      await page.goto(home[lang]);
      const link = box(page).getByRole('link', { name: smartMeta.text[lang].name });
      await expect(link).toHaveAttribute('href', smartTool[lang]);
    });

    test('with plan work, the plan’s next step too', async ({ page }) => {
      await seed(page, work);
      await page.goto(home[lang]);
      await box(page).getByRole('link', { name: t['home.continuePlan'] }).click();
      await expect(page).toHaveURL(plan[lang]);
      await expect(page.locator('#plan-next-title')).toBeInViewport();
    });

    for (const width of [390, 1280])
      for (const scheme of ['light', 'dark'] as const)
        test(`axe: "Continue where you stopped" at ${width} px, ${scheme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await seed(page, work);
          await page.goto(step(lang, 5).path);
          await page.goto(home[lang]);
          await expect(box(page).getByRole('link')).toHaveCount(2);
          await expectNoAxeViolations(page);
        });
  });
}
