import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenGridClasses, evenRows, evenSpans, GRID_COLUMNS } from '../../src/lib/even-grid';

describe('card grids without an orphan', () => {
  it('lays out the home page lists evenly', () => {
    // Five reasons, seven steps, three tools (issue 15).
    expect(evenRows(5, 3)).toEqual([2, 3]);
    expect(evenRows(7, 2)).toEqual([1, 2, 2, 2]);
    expect(evenRows(7, 4)).toEqual([3, 4]);
    expect(evenRows(3, 3)).toEqual([3]);
    expect(evenSpans(5, 3)).toEqual([6, 6, 4, 4, 4]);
    expect(evenGridClasses(3, { md: 2, lg: 3 })).toEqual(['md-12 lg-4', 'md-6 lg-4', 'md-6 lg-4']);
  });

  it('fills every row, keeps rows within one card of each other, and uses as few rows as it can', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 4 }), (count, perRow) => {
        const rows = evenRows(count, perRow);
        expect(rows.reduce((a, b) => a + b, 0)).toBe(count);
        expect(rows.length).toBe(Math.ceil(count / perRow));
        expect(Math.max(...rows)).toBeLessThanOrEqual(perRow);
        expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(1);
        // Shorter rows first: a lone card is never left under a full row.
        expect([...rows].sort((a, b) => a - b)).toEqual(rows);
        // Each row's cards span the whole grid.
        const spans = evenSpans(count, perRow);
        let at = 0;
        for (const r of rows) {
          expect(spans.slice(at, at + r).reduce((a, b) => a + b, 0)).toBe(GRID_COLUMNS);
          at += r;
        }
      }),
    );
  });

  it('never asks for more than four cards in a row (the grid has 12 columns)', () => {
    expect(evenRows(8, 6)).toEqual([4, 4]);
    expect(evenRows(0, 3)).toEqual([]);
  });
});
