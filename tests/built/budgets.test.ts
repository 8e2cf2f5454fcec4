import { describe, expect, it } from 'vitest';
import { budgetFor, KB, measureSite, overBudget } from '../../scripts/lib/page-weight.ts';
import { BASE, DIST } from '../helpers/dist';

/**
 * The speed promise, per page: what a reader downloads before interacting stays within the
 * budget of its kind of page (scripts/lib/page-weight.ts holds the table). Every page in dist/
 * is measured, so pages added later (tools, print sheets) are held to it too.
 */
const weights = await measureSite(DIST, BASE);

describe('page weight before interaction', () => {
  it('measures every page', () => {
    expect(weights.length).toBeGreaterThan(20);
  });

  it.each(weights.map((w) => [w.path, w] as const))(
    '%s is within its budget and loads only its own files',
    (_, weight) => {
      expect(overBudget(weight)).toEqual([]);
      expect(weight.external).toEqual([]);
      expect(weight.missing).toEqual([]);
      // The search window, its styles and the index come only when the reader opens search.
      expect(weight.files.filter((f) => /\/pagefind\/|search-/.test(f))).toEqual([]);
    },
  );

  it('holds reading pages to 2 KB of JavaScript and 30 KB in total (gzip)', () => {
    const reading = weights.filter((w) => w.kind === 'reading');
    expect(reading.length).toBeGreaterThan(20);
    for (const w of reading) expect(w.budget).toEqual({ js: 2 * KB, total: 30 * KB });
  });

  it('gives tool pages their own script budget', () => {
    expect(budgetFor('tool', 'partner-fit')).toEqual({ js: 20 * KB, total: undefined });
    expect(budgetFor('tool', 'mou-checklist').js).toBe(25 * KB);
    for (const w of weights.filter((x) => x.kind === 'tool')) expect(w.budget.js).toBeGreaterThanOrEqual(20 * KB);
  });

  it('flags a page over budget (the check is not vacuous)', () => {
    const heavy = { ...weights[0]!, js: { raw: 9000, gzip: 3 * KB } };
    expect(overBudget(heavy)).toHaveLength(1);
  });
});
