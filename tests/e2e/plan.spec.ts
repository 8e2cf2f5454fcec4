import { expect, type Page, test } from '@playwright/test';
import { format } from '../../src/i18n/dictionary';
import { actionKeys } from '../../src/plan/action-keys';
import dictionaries from '../../src/plan/i18n';
import { examples as tickExamples } from '../../src/plan/schema';
import { examples as mouExamples } from '../../src/tools/mou-checklist/schema';
import fitDictionaries from '../../src/tools/partner-fit/i18n';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import smartDictionaries from '../../src/tools/smart-goal/i18n';
import { goalSentence } from '../../src/tools/smart-goal/model';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { loadGuide, loadLibrary } from '../fixtures/content';
import { expectNoAxeViolations } from './fixtures';

const planPath = { id: '/id/rencana/', en: '/en/plan/' } as const;
const scorerPath = { id: '/id/alat/kecocokan-mitra/', en: '/en/tools/partner-fit/' } as const;
const guide = loadGuide();
/** A step page's path and its actions, from the content files. */
function stepPage(lang: 'id' | 'en', step: number) {
  const entry = guide.find((e) => e.id.startsWith(`${lang}/`) && e.data.step === step)!;
  const slug = entry.id.slice(3);
  // A step page ends with at least three actions (the content schema says so).
  const actions = entry.data.actions as [string, string, string, ...string[]];
  return { path: `/${lang}/${lang === 'id' ? 'panduan' : 'guide'}/${slug}/`, actions };
}

/** Everything the plan reads, saved on the device before the page loads (as the tools save it). */
async function seedAll(page: Page) {
  const at = '2026-11-28T08:00:00.000Z';
  const items = {
    'mitra:ticks': { tool: 'ticks', v: 2, at, state: tickExamples.some },
    'mitra:partner-fit': { tool: 'partner-fit', v: 1, at, state: fitExamples.chosen },
    'mitra:smart-goal': { tool: 'smart-goal', v: 1, at, state: smartExamples.batik },
    'mitra:mou-checklist': { tool: 'mou-checklist', v: 2, at, state: mouExamples.candleAndIllustrator },
  };
  await page.addInitScript((all) => {
    for (const [k, v] of Object.entries(all)) if (!localStorage.getItem(k)) localStorage.setItem(k, JSON.stringify(v));
  }, items);
}

/** Tools' states (and ticks) saved on the device before the page loads, as each saves its own. */
async function seedStates(page: Page, states: Record<string, unknown>) {
  const version: Record<string, number> = { ticks: 2, 'partner-fit': 1, 'smart-goal': 1, 'mou-checklist': 2 };
  const items = Object.fromEntries(
    Object.entries(states).map(([tool, state]) => [
      `mitra:${tool}`,
      JSON.stringify({ tool, v: version[tool], at: '2026-11-28T08:00:00.000Z', state }),
    ]),
  );
  await page.addInitScript((all) => {
    for (const [k, v] of Object.entries(all)) if (!localStorage.getItem(k)) localStorage.setItem(k, v);
  }, items);
}

async function openPlan(page: Page, lang: 'id' | 'en') {
  await page.goto(planPath[lang]);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.locator('.plan')).toBeVisible();
}

for (const lang of ['id', 'en'] as const) {
  const t = dictionaries[lang];
  const fit = fitDictionaries[lang];

  test.describe(`partnership plan (${lang})`, () => {
    test('ticks on two step pages and a chosen partner show in the plan, after a reload', async ({ page }) => {
      const one = stepPage(lang, 1);
      const two = stepPage(lang, 2);
      await page.goto(one.path);
      await page.getByRole('checkbox', { name: one.actions[0] }).check();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('mitra:ticks'))).not.toBeNull();
      await page.reload();
      // Saved ticks come back once the browser is idle.
      await expect(page.getByRole('checkbox', { name: one.actions[0] })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: one.actions[1] })).not.toBeChecked();

      await page.goto(two.path);
      await page.getByRole('checkbox', { name: two.actions[1] }).check();
      await page.getByRole('checkbox', { name: two.actions[2] }).check();
      await expect
        .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('mitra:ticks') ?? '{}') as unknown))
        .toMatchObject({
          state: { steps: { goals: [actionKeys.goals[0]], partner: [actionKeys.partner[1], actionKeys.partner[2]] } },
        });

      // Choose a partner in the scorer.
      await page.evaluate(
        (state) =>
          localStorage.setItem(
            'mitra:partner-fit',
            JSON.stringify({ tool: 'partner-fit', v: 1, at: '2026-11-28T08:00:00.000Z', state }),
          ),
        fitExamples.filled,
      );
      await page.goto(scorerPath[lang]);
      await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
      // "Choose this partner" in the scorer's ranking, on the candidate's line.
      const choose = page.getByRole('button', { name: `${fit['res.choose']} (Dapur Kopi Nusantara)` });
      await choose.click();
      await expect(choose).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.fit-rank-row', { has: choose }).getByText(fit['res.chosen'])).toBeVisible();

      await openPlan(page, lang);
      const steps = page.getByRole('region', { name: t['steps.title'] });
      await expect(steps.locator('[data-step="goals"]')).toContainText(
        format(t['steps.count'], { done: 1, total: one.actions.length }),
      );
      // Two ticks, and the choice of a partner is step 2's decision.
      await expect(steps.locator('[data-step="partner"]')).toContainText(
        format(t['steps.count'], { done: 3, total: two.actions.length }),
      );
      const partner = page.getByRole('region', { name: t['partner.title'] });
      await expect(partner).toContainText('Dapur Kopi Nusantara');
      await expect(partner).toContainText(fit['band.strong']);
      // No goal yet: step 1's tool comes first.
      await expect(page.getByRole('region', { name: t['next.title'] })).toContainText(
        format(t['next.start'], { n: 1, tool: lang === 'id' ? 'Penyusun Tujuan SMART' : 'SMART goal builder' }),
      );
      await page.reload();
      await expect(page.getByRole('region', { name: t['partner.title'] })).toContainText('Dapur Kopi Nusantara');
    });

    test('a filled plan: goals with the next review, MoU status, what to do next', async ({ page }) => {
      await seedAll(page);
      await openPlan(page, lang);
      await expect(page.locator('.plan')).toHaveAttribute('data-plan', 'filled');
      // The goal as the SMART builder says it in one sentence (and prints it).
      const goals = page.getByRole('region', { name: t['goals.title'] });
      const batik = smartExamples.batik;
      const sentence = goalSentence(batik.partners, batik.goals[0]!, lang, smartDictionaries[lang]);
      expect(sentence).toContain(
        lang === 'id' ? 'target yang ditinjau Rina dan Dimas' : 'a target Rina and Dimas review',
      );
      await expect(goals.locator('.plan-statement')).toHaveText([sentence]);
      const mou = page.getByRole('region', { name: t['mou.title'] });
      await expect(mou).toContainText('Toko Lilin');
      await expect(mou).toContainText(t['mou.open']);
      await expect(page.getByRole('region', { name: t['next.title'] })).toBeVisible();
    });

    test('empty: explains and links to step 1', async ({ page }) => {
      await openPlan(page, lang);
      await expect(page.locator('.plan')).toHaveAttribute('data-plan', 'empty');
      await expect(page.getByRole('heading', { name: t['plan.emptyTitle'] })).toBeVisible();
      await page.getByRole('link', { name: t['plan.emptyLink'] }).click();
      await expect(page).toHaveURL(new RegExp(stepPage(lang, 1).path));
    });

    test('damaged saved work shows as damaged, not as empty', async ({ page }) => {
      await page.addInitScript(() =>
        localStorage.setItem('mitra:smart-goal', '{"tool":"smart-goal","v":1,"state":{}}'),
      );
      await openPlan(page, lang);
      await expect(page.locator('[data-part="damaged"]')).toHaveCount(1);
      await expect(page.getByRole('region', { name: t['goals.title'] })).toContainText(t['part.damaged']);
    });

    test('keyboard only: tick an action with Space, then reach the plan’s next step', async ({ page }) => {
      const one = stepPage(lang, 1);
      await page.goto(one.path);
      const box = page.getByRole('checkbox', { name: one.actions[2] });
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
      await expect
        .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('mitra:ticks') ?? '{}') as unknown))
        .toMatchObject({ state: { steps: { goals: [actionKeys.goals[2]] } } });
      await openPlan(page, lang);
      const next = page.getByRole('region', { name: t['next.title'] }).getByRole('link');
      for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/(alat|tools)\//);
    });

    test.describe('the next step counts the tools’ work', () => {
      const step = (n: number) => {
        const entry = guide.find((e) => e.id.startsWith(`${lang}/`) && e.data.step === n)!;
        return { ...stepPage(lang, n), title: entry.data.navTitle };
      };
      const nextText = (n: number, index: number) =>
        format(t['next.action'], { n, step: step(n).title, action: step(n).actions[index]! });
      const keysUpTo = (n: number) =>
        Object.fromEntries(
          Object.entries(actionKeys)
            .filter((_, i) => i < n)
            .map(([k, keys]) => [k, [...keys]]),
        );

      test('a built SMART goal: the plan never asks to write the goal again', async ({ page }) => {
        await seedStates(page, { 'smart-goal': smartExamples.batik });
        await openPlan(page, lang);
        // The complete goal wrote the goal, tested it against SMART and named its type.
        await expect(page.locator('[data-step="goals"] .plan-count')).toHaveText(
          format(t['steps.count'], { done: 3, total: step(1).actions.length }),
        );
        const next = page.getByRole('region', { name: t['next.title'] });
        await expect(next.locator('[data-next]')).toHaveText(nextText(1, 3));
        await expect(next).not.toContainText(step(1).actions[0]);
      });

      test('a partner chosen in the scorer: step 2’s decision is done', async ({ page }) => {
        await seedStates(page, {
          ticks: { steps: { ...keysUpTo(1), partner: actionKeys.partner.slice(0, 5) } },
          'smart-goal': smartExamples.batik,
          'partner-fit': fitExamples.filled,
        });
        await openPlan(page, lang);
        // Candidates but no choice: the scorer comes first.
        await expect(page.getByRole('region', { name: t['next.title'] }).locator('[data-next]')).toHaveAttribute(
          'data-next',
          'tool',
        );
        await page.goto(scorerPath[lang]);
        await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
        // The ranking leads the results; each line has its own "Choose this partner" button.
        const choose = page
          .getByRole('region', { name: fit['res.title'] })
          .getByRole('button', { name: `${fit['res.choose']} (Dapur Kopi Nusantara)` });
        await choose.click();
        await expect(choose).toHaveAttribute('aria-pressed', 'true');
        await openPlan(page, lang);
        await expect(page.locator('[data-step="partner"] .plan-count')).toHaveText(
          format(t['steps.count'], { done: 6, total: 6 }),
        );
        await expect(page.getByRole('region', { name: t['next.title'] }).locator('[data-next]')).toHaveText(
          nextText(3, 0),
        );
        await expect(page.locator('.plan-complete')).toHaveText(format(t['steps.complete'], { done: 2, total: 7 }));
      });

      test('a generated MoU (every clause settled): step 5’s document and its contents are done', async ({ page }) => {
        await seedStates(page, {
          ticks: { steps: keysUpTo(4) },
          'smart-goal': smartExamples.batik,
          'partner-fit': fitExamples.chosen,
          'mou-checklist': {
            ...mouExamples.candleAndIllustrator,
            clauses: loadLibrary().map((c) => ({ id: c.id, settled: true, note: '' })),
          },
        });
        await openPlan(page, lang);
        await expect(page.locator('[data-step="agreement"] .plan-count')).toHaveText(
          format(t['steps.count'], { done: 4, total: 6 }),
        );
        // What the checklist cannot do is next: a lawyer or notary reads the agreement.
        await expect(page.getByRole('region', { name: t['next.title'] }).locator('[data-next]')).toHaveText(
          nextText(5, actionKeys.agreement.indexOf('legal-review')),
        );
      });
    });

    for (const filled of [false, true]) {
      for (const width of [390, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          test(`axe: ${filled ? 'filled' : 'empty'} plan at ${width} px, ${scheme}`, async ({ page }) => {
            await page.setViewportSize({ width, height: 900 });
            await page.emulateMedia({ colorScheme: scheme });
            if (filled) await seedAll(page);
            await openPlan(page, lang);
            await expectNoAxeViolations(page);
          });
        }
      }
    }

    test('a step page’s ticks are a checkbox row at least 44 px tall, and axe finds nothing', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(stepPage(lang, 1).path);
      const row = page.locator('.tick-row').first();
      expect((await row.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await page.locator('.tick-row input').first().check();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plan page explains and links every step and tool; step actions are a plain list', async ({ page }) => {
    await page.goto(planPath.en);
    await expect(page.getByRole('heading', { name: dictionaries.en['page.howTitle'] })).toBeVisible();
    await expect(page.locator('.plan-how a')).toHaveCount(10);
    await page.goto(stepPage('en', 1).path);
    await expect(page.locator('[data-ticks] input').first()).toBeHidden();
    await expect(page.locator('[data-ticks] li').first()).toBeVisible();
  });
});
