/**
 * Someone opens a link a partner shared while they have work of their own: on every tool, in
 * both languages, the notice "You are looking at a shared result" is the first thing under the
 * page title (the kit's SharedNotice, rendered by ToolLayout), whole on a 390 px phone screen
 * without scrolling, focused, and its buttons work. axe finds nothing in it at 390 and 1280 px,
 * light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { BASE } from '../helpers/dist';
import type { Locale } from '../../src/i18n/locales';
import kitDictionaries from '../../src/tools/kit/i18n';
import { encodeShare } from '../../src/tools/kit/share';
import type { ToolSpec } from '../../src/tools/kit/spec';
import { examples as mouExamples, stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { mouChecklist } from '../../src/tools/mou-checklist/tool';
import { examples as fitExamples, stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import { partnerFit } from '../../src/tools/partner-fit/tool';
import { examples as smartExamples, stateSchema as smartSchema } from '../../src/tools/smart-goal/schema';
import { smartGoal } from '../../src/tools/smart-goal/tool';
import { WCAG_TAGS } from './fixtures';

interface Case {
  spec: ToolSpec<unknown>;
  path: Record<Locale, string>;
  /** The reader's own saved work, and what the link they open holds. */
  own: unknown;
  shared: unknown;
}

const tools: Case[] = [
  {
    spec: { ...partnerFit, schema: fitSchema },
    path: { id: 'id/alat/kecocokan-mitra/', en: 'en/tools/partner-fit/' },
    own: fitExamples.chosen,
    shared: fitExamples.filled,
  },
  {
    spec: { ...smartGoal, schema: smartSchema },
    path: { id: 'id/alat/tujuan-smart/', en: 'en/tools/smart-goals/' },
    own: smartExamples.sambal,
    shared: smartExamples.batik,
  },
  {
    spec: { ...mouChecklist, schema: mouSchema },
    path: { id: 'id/alat/klausul-mou/', en: 'en/tools/mou-checklist/' },
    own: mouExamples.foreignReseller,
    shared: mouExamples.candleAndIllustrator,
  },
];

/** The reader's own work, saved on the device before the page loads. */
async function seed(page: Page, { spec, own }: Case) {
  await page.addInitScript(([key, envelope]) => localStorage.setItem(key, envelope), [
    `mitra:${spec.key}`,
    JSON.stringify({ tool: spec.key, v: spec.version, at: '2026-11-28T08:00:00.000Z', state: own }),
  ] as const);
}

for (const tool of tools) {
  for (const lang of ['id', 'en'] as const) {
    const kit = kitDictionaries[lang];
    const path = `${BASE}${tool.path[lang]}`;

    test(`${path}: a shared link's notice is the first thing under the title, in view at 390 px`, async ({ page }) => {
      expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
      await seed(page, tool);
      await page.goto(`${path}#${await encodeShare(tool.spec, tool.shared)}`);
      await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
      const notice = page.getByRole('region', { name: kit['shared.title'] });
      await expect(notice).toBeVisible();
      await expect(notice).toBeFocused();
      // Next to the title in the page's order, so also what a screen reader reads after it.
      expect(await page.locator('main h1').evaluate((h1) => h1.nextElementSibling?.matches('[data-kit-shared]'))).toBe(
        true,
      );
      // Whole on the first screen: nothing scrolled, the buttons inside the window.
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const box = (await notice.boundingBox())!;
      expect(box.y + box.height, 'bottom of the notice').toBeLessThanOrEqual(844);

      for (const [width, scheme] of [
        [390, 'light'],
        [390, 'dark'],
        [1280, 'light'],
        [1280, 'dark'],
      ] as const) {
        await page.setViewportSize({ width, height: 844 });
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).include('[data-kit-shared]').withTags(WCAG_TAGS).analyze();
        expect(
          results.violations.map((v) => v.id),
          `${width} px, ${scheme}`,
        ).toEqual([]);
      }

      // "Back to my work": the notice goes, the link's fragment too.
      await notice.getByRole('button', { name: kit['shared.back'] }).click();
      await expect(notice).toBeHidden();
      await expect(page).toHaveURL(path);
    });
  }
}
