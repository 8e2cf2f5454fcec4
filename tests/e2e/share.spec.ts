/**
 * The action area at the end of every tool, in a real browser and in both languages: Share hands
 * the link and the short summary to the phone's share sheet (stubbed here: Chromium on Linux has
 * none), or copies the link and offers a plain WhatsApp link; "More" works from the keyboard;
 * axe finds nothing with the area closed and open, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales';
import kitDictionaries from '../../src/tools/kit/i18n';
import { decodeShare } from '../../src/tools/kit/share';
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
  state: unknown;
  /** Words of the state that the short share text must carry. */
  says: string;
}

const tools: Case[] = [
  {
    spec: { ...partnerFit, schema: fitSchema },
    path: { id: '/id/alat/kecocokan-mitra/', en: '/en/tools/partner-fit/' },
    state: fitExamples.filled,
    says: 'Dapur Kopi Nusantara',
  },
  {
    spec: { ...smartGoal, schema: smartSchema },
    path: { id: '/id/alat/tujuan-smart/', en: '/en/tools/smart-goals/' },
    state: smartExamples.batik,
    says: 'Rina',
  },
  {
    spec: { ...mouChecklist, schema: mouSchema },
    path: { id: '/id/alat/klausul-mou/', en: '/en/tools/mou-checklist/' },
    state: mouExamples.candleAndIllustrator,
    says: 'Toko Lilin Putri',
  },
];

/** The reader's saved work, as the kit stores it, before the page loads. */
async function seed(page: Page, { spec, state }: Case) {
  await page.addInitScript(([key, envelope]) => localStorage.setItem(key, envelope), [
    `mitra:${spec.key}`,
    JSON.stringify({ tool: spec.key, v: spec.version, at: '2026-11-28T08:00:00.000Z', state }),
  ] as const);
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-tool-island]')).toHaveAttribute('data-hydrated', '');
  await expect(page.locator('.kit-actions')).toBeVisible();
}

/** A share sheet that records what it was given, as a phone's would receive it. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    Object.assign(window, { sharedWith: calls });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
  });
}

/** What the text fields of the page hold (candidate names, among others). */
const names = (page: Page) =>
  page.locator('input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

const sharedWith = (page: Page) => page.evaluate(() => (window as unknown as { sharedWith: ShareData[] }).sharedWith);

for (const lang of ['id', 'en'] as const) {
  const kit = kitDictionaries[lang];

  test.describe(`sharing (${lang})`, () => {
    for (const tool of tools) {
      test(`${tool.spec.key}: Share hands the link and the short summary to the share sheet`, async ({ page }) => {
        await stubShareSheet(page);
        await seed(page, tool);
        await open(page, tool.path[lang]);
        await page.getByRole('button', { name: kit['actions.share'], exact: true }).click();
        await expect(page.getByRole('status')).toHaveText(kit['status.shared']);
        const calls = await sharedWith(page);
        expect(calls).toHaveLength(1);
        const [{ text = '', url = '' }] = calls as [ShareData];
        expect(text).toContain(tool.says);
        expect(text.endsWith(kit['actions.shareText'])).toBe(true);
        expect(url.startsWith(new URL(tool.path[lang], page.url()).href)).toBe(true);
        expect(await decodeShare(new URL(url).hash, tool.spec)).toEqual({ ok: true, value: tool.state });
        // The phone's sheet did the work: no copy box, no WhatsApp link.
        await expect(page.getByRole('link', { name: kit['actions.whatsapp'] })).toHaveCount(0);
      });
    }

    test('without a share sheet the link is copied, the page says so and offers WhatsApp', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
      const [tool] = tools as [Case];
      await seed(page, tool);
      await open(page, tool.path[lang]);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.getByRole('button', { name: kit['actions.share'], exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(kit['status.linkCopied']);
      const link = await page.getByLabel(kit['actions.shareLabel']).inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      const whatsapp = page.getByRole('link', { name: kit['actions.whatsapp'] });
      const href = new URL((await whatsapp.getAttribute('href')) ?? '');
      expect(`${href.origin}${href.pathname}`).toBe('https://wa.me/');
      const text = href.searchParams.get('text') ?? '';
      expect(text).toContain(tool.says);
      expect(text).toContain(kit['actions.shareText']);
      expect(text.endsWith(`\n${link}`)).toBe(true);
      // The page itself asked nothing of any other site.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'))).toEqual([]);
    });

    test('"More" opens and works from the keyboard alone', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const [tool] = tools as [Case];
      await seed(page, tool);
      await open(page, tool.path[lang]);
      const more = page.locator('.kit-more');
      await page.getByRole('button', { name: kit['actions.print'] }).focus();
      await page.keyboard.press('Tab');
      await expect(more.locator('> summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(more).toHaveAttribute('open', '');

      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: kit['actions.copySummary'] })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveText(kit['status.copied']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dapur Kopi Nusantara');

      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: kit['actions.downloadMarkdown'] })).toBeFocused();
      const [summary] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(summary.suggestedFilename()).toMatch(/^mitra-partner-fit-\d{4}-\d{2}-\d{2}\.md$/);

      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: kit['actions.downloadJson'] })).toBeFocused();
      const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(saved.suggestedFilename()).toMatch(/^mitra-partner-fit-\d{4}-\d{2}-\d{2}\.json$/);

      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: kit['actions.importJson'] })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: kit['actions.reset'] })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toContainText(kit['status.reset']);
      await expect.poll(() => names(page)).not.toContain('Dapur Kopi Nusantara');

      // The saved file brings the work back. Enter on "Open a file" asks for a file (the dialog
      // itself belongs to the system, so the test hands the file to the input).
      const input = page.locator('.kit-actions input[type="file"]');
      await input.evaluate((el) =>
        el.addEventListener('click', (event) => {
          el.dataset.asked = 'yes';
          event.preventDefault();
        }),
      );
      await page.getByRole('button', { name: kit['actions.importJson'] }).focus();
      await page.keyboard.press('Enter');
      await expect(input).toHaveAttribute('data-asked', 'yes');
      await input.setInputFiles(await saved.path());
      await expect(page.getByRole('status')).toContainText(kit['status.imported']);
      await expect.poll(() => names(page)).toContain('Dapur Kopi Nusantara');

      // Escape does not matter to a disclosure; Space on its summary closes it again.
      await more.locator('> summary').focus();
      await page.keyboard.press('Space');
      await expect(more).not.toHaveAttribute('open', '');
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds nothing in the action area, closed and open, after sharing (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
        const tool = tools[lang === 'id' ? 2 : 1]!;
        await seed(page, tool);
        await open(page, tool.path[lang]);
        const scan = async (label: string) => {
          const results = await new AxeBuilder({ page }).include('.kit-actions').withTags(WCAG_TAGS).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            label,
          ).toEqual([]);
        };
        await scan('closed');
        await page.locator('.kit-more > summary').click();
        await page.getByRole('button', { name: kit['actions.share'], exact: true }).click();
        await expect(page.getByRole('link', { name: kit['actions.whatsapp'] })).toBeVisible();
        await scan('open, with the link');
      });
    }
  });
}
