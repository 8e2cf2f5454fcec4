import { describe, expect, it } from 'vitest';
import { legalCheckedOn } from '../../src/content/clauses-schema';
import { formatDate, isoDate } from '../../src/i18n/format';
import printText from '../../src/print/i18n';
import mouText from '../../src/tools/mou-checklist/i18n';
import { BASE, builtPages } from '../helpers/dist';
import { loadLibrary } from '../fixtures/content';

const library = loadLibrary();
const checked = legalCheckedOn(library);
const pages = builtPages();

describe('when the legal basis was last checked', () => {
  it.each([
    ['/id/alat/klausul-mou/', 'id'],
    ['/en/tools/mou-checklist/', 'en'],
    ['/id/cetak/daftar-periksa-klausul-mou/', 'id'],
    ['/en/print/mou-clause-checklist/', 'en'],
  ] as const)('%s says it, with the oldest date of the clause library', (path, lang) => {
    const page = pages.find((p) => p.path === `${BASE}${path.slice(1)}`);
    expect(page, path).toBeDefined();
    const line = page!.doc.querySelector('[data-legal-checked]');
    expect(line?.getAttribute('data-legal-checked')).toBe(isoDate(checked));
    expect(line?.querySelector('time')?.getAttribute('datetime')).toBe(isoDate(checked));
    const label =
      path.includes('/cetak/') || path.includes('/print/')
        ? printText[lang]['mouClauses.checked']
        : mouText[lang]['page.checked'];
    expect(line?.text.replace(/\s+/g, ' ').trim()).toBe(`${label} ${formatDate(checked, lang)}.`);
  });
});
