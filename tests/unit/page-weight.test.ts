import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetFor, budgets, bytesOf, KB, pageKind } from '../../scripts/lib/page-weight.ts';

describe('kind of page', () => {
  it('reads tool pages from the path, in both languages and under a base path', () => {
    expect(pageKind('/id/alat/penilai-mitra/')).toBe('tool');
    expect(pageKind('/en/tools/mou-checklist/')).toBe('tool');
    expect(pageKind('/mitra/en/tools/partner-fit/', '/mitra/')).toBe('tool');
  });

  it('treats everything else as a reading page', () => {
    for (const path of [
      '/',
      '/404.html',
      '/id/',
      '/en/tools/',
      '/id/alat/',
      '/id/panduan/tujuan-bersama/',
      '/en/print/shared-goals/',
      '/id/tentang/',
    ])
      expect(pageKind(path), path).toBe('reading');
  });
});

describe('budgets', () => {
  it('are the ones the issues set', () => {
    expect(budgetFor('reading')).toEqual({ js: 2 * KB, total: 30 * KB });
    expect(budgetFor('tool').js).toBe(20 * KB);
    expect(budgetFor('tool', 'smart-goals').js).toBe(20 * KB);
    expect(budgetFor('tool', 'mou-checklist').js).toBe(25 * KB);
  });

  it('never give a tool less than the reading-page script budget', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom('mou-checklist', ...Object.keys(budgets.toolOverrides), 'x')), (slug) => {
        expect(budgetFor('tool', slug ?? undefined).js).toBeGreaterThanOrEqual(budgetFor('reading').js);
      }),
    );
  });
});

describe('bytes', () => {
  it('counts raw bytes in UTF-8 and gzip bytes', () => {
    expect(bytesOf('é').raw).toBe(2);
    const repetitive = bytesOf('kerja sama '.repeat(500));
    expect(repetitive.raw).toBe(5500);
    expect(repetitive.gzip).toBeLessThan(200);
  });
});
