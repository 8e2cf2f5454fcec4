/**
 * Card grids without an orphan: `count` cards laid out in rows of at most `perRow` (up to four),
 * as few rows as that allows, the rows as equal as possible (shorter rows first), and every row
 * filling the width. The grid has 12 columns; a card in a row of `r` cards spans `12 / r` of them.
 * Components turn the result into the classes of src/styles/even-grid.css, which applies them by
 * the width of the grid itself (a container query), so the same list lays out well in the
 * narrow guide column and across the home page.
 */

/** Columns of every grid: divisible by 1, 2, 3 and 4 cards per row. */
export const GRID_COLUMNS = 12;

/**
 * Cards per row, from the top.
 * @example evenRows(5, 3) // => [2, 3]
 * @example evenRows(7, 2) // => [1, 2, 2, 2]
 * @example evenRows(3, 3) // => [3]
 */
export function evenRows(count: number, perRow: number): number[] {
  if (count <= 0) return [];
  const most = Math.min(4, Math.max(1, Math.floor(perRow)));
  const rowCount = Math.ceil(count / most);
  const short = Math.floor(count / rowCount);
  const long = count % rowCount;
  return Array.from({ length: rowCount }, (_, i) => (i < rowCount - long ? short : short + 1));
}

/**
 * Columns (of 12) each card spans, in card order.
 * @example evenSpans(5, 3) // => [6, 6, 4, 4, 4]
 */
export function evenSpans(count: number, perRow: number): number[] {
  return evenRows(count, perRow).flatMap((r) => Array.from({ length: r }, () => GRID_COLUMNS / r));
}

/** Cards per row where the grid is at least 40rem wide (`md`) and at least 60rem (`lg`); one below. */
export interface PerRow {
  md: number;
  lg: number;
}

/**
 * The class of each card of a grid of `count` cards (the list itself takes `even-grid`).
 * @example evenGridClasses(3, { md: 2, lg: 3 }) // => ['md-12 lg-4', 'md-6 lg-4', 'md-6 lg-4']
 */
export function evenGridClasses(count: number, perRow: PerRow): string[] {
  const md = evenSpans(count, perRow.md);
  const lg = evenSpans(count, perRow.lg);
  return md.map((span, i) => `md-${span} lg-${lg[i]}`);
}
