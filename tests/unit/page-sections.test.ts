import { describe, expect, it } from 'vitest';
import { headingId, pageSections } from '../../src/lib/guide';

describe('"On this page"', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

  it('lists the sections and subsections of a page with several sections, in order', () => {
    expect(pageSections([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(4, 'b1'), h(2, 'c')])).toEqual([
      { id: 'a', text: 'A', depth: 2 },
      { id: 'a1', text: 'A1', depth: 3 },
      { id: 'b', text: 'B', depth: 2 },
      { id: 'c', text: 'C', depth: 2 },
    ]);
  });

  it('is left out of a page with fewer than three sections', () => {
    expect(pageSections([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([]);
  });

  it('gives the page its own headings ids like the Markdown ones', () => {
    expect(headingId('Lima Alasan untuk Bermitra')).toBe('lima-alasan-untuk-bermitra');
    expect(headingId('Seven steps to a good partnership')).toBe('seven-steps-to-a-good-partnership');
    expect(headingId('Kerja sama: “win-win”')).toBe('kerja-sama-win-win');
  });
});
