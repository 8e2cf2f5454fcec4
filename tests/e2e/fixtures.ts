import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { builtPages } from '../helpers/dist';

/** Every page of the build with its language counterpart, read from dist/. */
export function sitePages() {
  return builtPages().map((p) => ({
    path: p.path,
    lang: p.doc.querySelector('html')?.getAttribute('lang') ?? '',
    /** The switcher's target; only pages inside a language tree (/id/…, /en/…) have one. */
    counterpart: /^\/(id|en)\//.test(p.path)
      ? (p.doc.querySelector('header a[data-lang-choice]')?.getAttribute('href') ?? undefined)
      : undefined,
  }));
}

/** WCAG 2.2 A and AA: what the site promises. */
/** Text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page (or a part of it) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Opens the "More" part of a tool's action area (copy, download, files, start over, tool exports). */
export async function openMore(page: Page) {
  const more = page.locator('.kit-actions details.kit-more');
  if (!(await more.evaluate((d: HTMLDetailsElement) => d.open))) await more.locator('> summary').click();
  await expect(more).toHaveAttribute('open', '');
}
