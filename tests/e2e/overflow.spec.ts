/**
 * A phone never scrolls a page sideways: at 390 px every page of the build, the print sheets
 * and the tools included, fits its width (tables reflow or scroll inside their own box).
 */
import { expect, test } from '@playwright/test';
import { sitePages } from './fixtures';

test.describe('no sideways scroll at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const { path } of sitePages()) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('load');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    });
  }
});
