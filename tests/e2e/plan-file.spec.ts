import { readFile } from 'node:fs/promises';
import { type Browser, expect, type FileChooser, type Page, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { format } from '../../src/i18n/dictionary';
import { actionKeys } from '../../src/plan/action-keys';
import { PROGRESS_KEY } from '../../src/plan/note';
import dictionaries from '../../src/plan/i18n';
import mouMeta from '../../src/tools/mou-checklist/meta';
import { examples as mouExamples } from '../../src/tools/mou-checklist/schema';
import { mouChecklist } from '../../src/tools/mou-checklist/tool';
import fitMeta from '../../src/tools/partner-fit/meta';
import smartMeta from '../../src/tools/smart-goal/meta';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { loadGuide } from '../fixtures/content';
import { version1 as mouVersion1 } from '../fixtures/mou';
import { fullPlan, planEntry, savedAt } from '../helpers/plan-device';
import { expectNoAxeViolations } from './fixtures';
import { chromeTexts, compact } from './pdf';

/**
 * The partnership plan as one file (save it, open it on another device, choosing per part), and
 * the plan on paper, in both languages.
 */
const planPath = { id: '/id/rencana/', en: '/en/plan/' } as const;
const toolName = (lang: 'id' | 'en') => ({
  'partner-fit': fitMeta.text[lang].name,
  'smart-goal': smartMeta.text[lang].name,
  'mou-checklist': mouMeta.text[lang].name,
});

/** Saves `items` on the device before the page's scripts run (once: reloads keep what changed). */
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((all) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
  }, items);
}

async function openPlan(page: Page, lang: 'id' | 'en') {
  await page.goto(planPath[lang]);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.locator('.plan')).toBeVisible();
}

/**
 * The reader's work saved on this device: every `mitra:` key but the header's progress note, which
 * is derived and written whenever the header's idle code gets to it (note.ts), file or no file.
 */
const device = (page: Page) =>
  page.evaluate(
    (derived): Record<string, string | undefined> =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => k.startsWith('mitra:') && k !== derived)
          .map((k) => [k, localStorage.getItem(k) ?? '']),
      ),
    PROGRESS_KEY,
  );

/** Saves the plan with the button and returns the file's text. */
async function savePlanFile(page: Page, t: (typeof dictionaries)['en']): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t['file.save'] }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mitra-plan-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.locator('[data-file-status]')).toHaveText(t['file.saved']);
  return readFile(await file.path(), 'utf8');
}

/**
 * The file pickers each page opened. Playwright turns on the browser's interception of file
 * pickers asynchronously, once a `filechooser` listener exists: a key press sent straight after
 * `page.waitForEvent('filechooser')` can overtake it, and the picker then opens unseen (it did
 * once on a busy machine). So every page listens from its start, long before any picker opens.
 */
const pickers = new WeakMap<Page, FileChooser[]>();
function listenForPickers(page: Page): void {
  const opened: FileChooser[] = [];
  pickers.set(page, opened);
  page.on('filechooser', (chooser) => opened.push(chooser));
}
test.beforeEach(({ page }) => listenForPickers(page));

/** Opens a file's text with "Open a file" (a click, or Enter on the focused button). */
async function openPlanFile(page: Page, t: (typeof dictionaries)['en'], text: string, click = true) {
  const opened = pickers.get(page)!;
  const before = opened.length;
  if (click) await page.getByRole('button', { name: t['file.open'] }).click();
  else await page.keyboard.press('Enter');
  await expect.poll(() => opened.length, { message: 'the file picker opened' }).toBe(before + 1);
  await opened[before]!.setFiles({ name: 'mitra-plan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  listenForPickers(page);
  return { context, page };
}

for (const lang of ['id', 'en'] as const) {
  const t = dictionaries[lang];
  const names = toolName(lang);

  test.describe(`the plan as a file (${lang})`, () => {
    test('save the plan, open it in a fresh browser: keep one part, replace one, take the rest', async ({
      page,
      browser,
    }) => {
      await seed(page, fullPlan);
      await openPlan(page, lang);
      const text = await savePlanFile(page, t);
      expect(JSON.parse(text)).toMatchObject({ tool: 'plan', v: 1 });

      // Another device: its own ticks and its own goal, nothing else.
      const other = await freshPage(browser);
      const ownTicks = planEntry('ticks', 2, { steps: { roles: [actionKeys.roles[1]] } });
      const ownGoal = planEntry('smart-goal', 1, smartExamples.sambal);
      await seed(other.page, { 'mitra:ticks': ownTicks, 'mitra:smart-goal': ownGoal });
      await openPlan(other.page, lang);
      await openPlanFile(other.page, t, text);
      const form = other.page.getByRole('form', { name: t['choose.title'] });
      await expect(form).toBeVisible();
      await expect(other.page.getByRole('heading', { name: t['choose.title'] })).toBeFocused();

      // Each part says what the file holds and what this device has; the defaults keep the device's
      // work where both have some and take the file's where the device has none.
      const ticks = form.getByRole('group', { name: t['choose.ticks'] });
      await expect(ticks).toContainText(format(t['choose.inFile'], { what: format(t['choose.ticked'], { n: 7 }) }));
      await expect(ticks).toContainText(format(t['choose.onDevice'], { what: t['choose.ticked.one'] }));
      await expect(ticks.getByRole('radio', { name: t['choose.keep'] })).toBeChecked();
      const goals = form.getByRole('group', { name: names['smart-goal'] });
      await expect(goals.getByRole('radio', { name: t['choose.keep'] })).toBeChecked();
      const partner = form.getByRole('group', { name: names['partner-fit'] });
      await expect(partner).toContainText(format(t['choose.onDevice'], { what: t['choose.none'] }));
      await expect(partner.getByRole('radio', { name: t['choose.take'] })).toBeChecked();
      await expect(
        form.getByRole('group', { name: names['mou-checklist'] }).getByRole('radio', { name: t['choose.take'] }),
      ).toBeChecked();

      // Keep this device's ticks (the default), replace its goal with the file's.
      await goals.getByRole('radio', { name: t['choose.replace'] }).check();
      await form.getByRole('button', { name: t['choose.apply'] }).click();
      const status = other.page.locator('.plan-status');
      await expect(status).toBeFocused();
      await expect(status).toHaveText(
        format(t['choose.done'], {
          list: [names['partner-fit'], names['smart-goal'], names['mou-checklist']].join(', '),
        }),
      );
      await expect(form).toBeHidden();

      const after = await device(other.page);
      expect(after['mitra:ticks']).toBe(ownTicks);
      expect((JSON.parse(after['mitra:smart-goal']!) as { state: unknown }).state).toEqual(smartExamples.batik);
      expect((JSON.parse(after['mitra:partner-fit']!) as { state: unknown }).state).toEqual(fitExamples.chosen);
      expect((JSON.parse(after['mitra:mou-checklist']!) as { state: unknown }).state).toEqual(
        mouExamples.candleAndIllustrator,
      );
      // The plan shows it at once, and after a reload.
      for (const reload of [false, true]) {
        if (reload) await openPlan(other.page, lang);
        await expect(other.page.getByRole('region', { name: t['partner.title'] })).toContainText(
          fitExamples.chosen.candidates[0]!.name,
        );
        await expect(other.page.locator('[data-step="roles"] .plan-count')).toHaveText(
          format(t['steps.count'], { done: 1, total: 6 }),
        );
        // No tick on step 1, but the file's complete SMART goal wrote, tested and typed the goal.
        await expect(other.page.locator('[data-step="goals"] .plan-count')).toHaveText(
          format(t['steps.count'], { done: 3, total: 6 }),
        );
      }
      await other.context.close();
    });

    test('a damaged file shows a message and changes nothing; a damaged part is named and skipped', async ({
      page,
    }) => {
      await seed(page, { 'mitra:ticks': fullPlan['mitra:ticks'] });
      await openPlan(page, lang);
      const before = await device(page);
      await openPlanFile(page, t, '{"tool":"plan","v":1,"state":{"parts":');
      await expect(page.locator('[data-file-status]')).toHaveText(t['file.notPlan']);
      await openPlanFile(page, t, mouVersion1.file);
      // The message is already there from the first file: wait until the second is read (the
      // press moved focus to the button; the message takes it back when the file is refused).
      await expect(page.locator('[data-file-status]')).toBeFocused();
      await expect(page.locator('[data-file-status]')).toHaveText(t['file.notPlan']);
      expect(await device(page)).toEqual(before);

      // A plan file with one damaged part and one part from an older MoU version.
      const file = JSON.stringify({
        tool: 'plan',
        v: 1,
        at: savedAt,
        state: {
          parts: {
            'smart-goal': { tool: 'smart-goal', v: 1, state: { goals: 'broken' } },
            'mou-checklist': JSON.parse(mouVersion1.stored) as unknown,
          },
        },
      });
      await openPlanFile(page, t, file);
      const form = page.getByRole('form', { name: t['choose.title'] });
      await expect(form.getByRole('region', { name: names['smart-goal'] })).toContainText(t['choose.skipped']);
      await form.getByRole('button', { name: t['choose.apply'] }).click();
      const after = await device(page);
      expect(after['mitra:ticks']).toBe(before['mitra:ticks']);
      expect(after['mitra:smart-goal']).toBeUndefined();
      // The older part is kept as the MoU's current version, migrated (its answers intact).
      expect(JSON.parse(after['mitra:mou-checklist']!)).toMatchObject({
        tool: 'mou-checklist',
        v: mouChecklist.version,
        state: { answers: { money: 'yes', ip: 'both', binding: null } },
      });
      await expect(page.getByRole('region', { name: t['mou.title'] })).toContainText('Toko Lilin Putri');
    });

    test('keyboard only: save, open, choose and apply', async ({ page }) => {
      await seed(page, fullPlan);
      await openPlan(page, lang);
      const save = page.getByRole('button', { name: t['file.save'] });
      for (let i = 0; i < 60 && !(await save.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(save).toBeFocused();
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const text = await readFile(await (await download).path(), 'utf8');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t['file.open'] })).toBeFocused();
      await openPlanFile(page, t, text, false);
      await expect(page.getByRole('heading', { name: t['choose.title'] })).toBeFocused();
      // Every part is on this device too: all kept by default. Replace the ticks with arrow keys.
      await page.keyboard.press('Tab');
      const keep = page.getByRole('group', { name: t['choose.ticks'] }).getByRole('radio', { name: t['choose.keep'] });
      await expect(keep).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(
        page.getByRole('group', { name: t['choose.ticks'] }).getByRole('radio', { name: t['choose.replace'] }),
      ).toBeChecked();
      const apply = page.getByRole('button', { name: t['choose.apply'] });
      for (let i = 0; i < 20 && !(await apply.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-file-status]')).toBeFocused();
      await expect(page.locator('[data-file-status]')).toContainText(t['choose.ticks']);
    });

    for (const [width, scheme] of [
      [390, 'light'],
      [390, 'dark'],
      [1280, 'light'],
      [1280, 'dark'],
    ] as const) {
      test(`axe: choosing per part at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await seed(page, { 'mitra:ticks': fullPlan['mitra:ticks'] });
        await openPlan(page, lang);
        await openPlanFile(
          page,
          t,
          `{"tool":"plan","v":1,"state":{"parts":${JSON.stringify({
            ticks: JSON.parse(fullPlan['mitra:ticks']) as unknown,
            'partner-fit': JSON.parse(fullPlan['mitra:partner-fit']) as unknown,
            'smart-goal': { tool: 'smart-goal', v: 1, state: 'broken' },
          })}}}`,
        );
        await expect(page.getByRole('form', { name: t['choose.title'] })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });

  test.describe(`the plan on paper (${lang})`, () => {
    const steps = loadGuide()
      .filter((e) => e.id.startsWith(`${lang}/`) && e.data.kind === 'step')
      .sort((a, b) => a.data.step! - b.data.step!);

    test('one A4 document: partner, goals, MoU, every step’s checklist, next review; no chrome', async ({ page }) => {
      await seed(page, fullPlan);
      await openPlan(page, lang);
      const chrome = await chromeTexts(page);
      const review = (await page.getByRole('region', { name: t['goals.title'] }).locator('p').allInnerTexts()).find(
        (p) => p.startsWith(format(t['goals.review'], { date: '' })),
      );
      expect(review).toBeTruthy();
      for (const background of [true, false]) {
        const label = `printBackground: ${background}`;
        const bytes = await page.pdf({ format: 'A4', printBackground: background });
        const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
        const printed = compact(text);
        for (const expected of [
          t['page.title'],
          t['partner.title'],
          fitExamples.chosen.candidates[0]!.name,
          t['goals.title'],
          review!,
          t['mou.title'],
          'Toko Lilin',
          t['steps.title'],
          // Every action of every step: nothing cut off.
          ...steps.flatMap((s) => s.data.actions),
        ])
          expect(printed, `${label}: ${expected}`).toContain(compact(expected));
        for (const c of chrome) expect(printed, `${label}: chrome ${c}`).not.toContain(c);
        for (const screenOnly of [t['file.title'], t['file.save'], t['page.howTitle']])
          expect(printed, `${label}: ${screenOnly}`).not.toContain(compact(screenOnly));
      }
    });
  });
}
