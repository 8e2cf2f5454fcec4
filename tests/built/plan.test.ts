import { describe, expect, it } from 'vitest';
import { actionKeys } from '../../src/plan/action-keys';
import dictionaries from '../../src/plan/i18n';
import { BASE, builtPages, SITE } from '../helpers/dist';

const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === `${BASE}${path.slice(1)}`);
const planPath = { id: '/id/rencana/', en: '/en/plan/' } as const;
const url = (path: string) => new URL(`${BASE}${path.slice(1)}`, SITE).href;

describe('the partnership plan page', () => {
  for (const lang of ['id', 'en'] as const) {
    const path = planPath[lang];
    const other = planPath[lang === 'id' ? 'en' : 'id'];

    it(`${path}: language, title, description, canonical and the hreflang pair`, () => {
      const built = page(path);
      expect(built, path).toBeDefined();
      const doc = built!.doc;
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      expect(doc.querySelector('h1')!.text.trim()).toBe(dictionaries[lang]['page.title']);
      expect(doc.querySelector('title')!.text).toContain(dictionaries[lang]['page.title']);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
        dictionaries[lang]['page.description'],
      );
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url(path));
      const alternate = (l: string) =>
        doc.querySelector(`link[rel="alternate"][hreflang="${l}"]`)?.getAttribute('href');
      expect(alternate(lang)).toBe(url(path));
      expect(alternate(lang === 'id' ? 'en' : 'id')).toBe(url(other));
    });

    it(`${path}: without JavaScript, links every step and tool`, () => {
      const how = page(path)!.doc.querySelector('.plan-how')!;
      const links = how.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toHaveLength(10);
      expect(new Set(links).size).toBe(10);
      expect(page(path)!.doc.querySelector('noscript')?.text).toContain(dictionaries[lang]['page.noscript']);
    });

    it(`${path}: is linked from the home page, the guide overview, the conclusion, each step and each tool`, () => {
      const href = `${BASE}${path.slice(1)}`;
      const linking = pages
        .filter((p) => p.doc.querySelector(`a[href="${href}"]`))
        .map((p) => p.path.slice(BASE.length - 1));
      const section = lang === 'id' ? ['panduan', 'alat'] : ['guide', 'tools'];
      expect(linking).toContain(`/${lang}/`);
      expect(linking).toContain(`/${lang}/${section[0]}/`);
      expect(linking.filter((p) => p.startsWith(`/${lang}/${section[0]}/`)).length).toBeGreaterThanOrEqual(9);
      expect(linking.filter((p) => new RegExp(`^/${lang}/${section[1]}/[^/]+/$`).test(p))).toHaveLength(3);
    });
  }

  it('step pages render their actions as checkboxes, each labelled by its action and saved by its key', () => {
    for (const path of ['/en/guide/shared-goals/', '/id/panduan/tujuan-bersama/']) {
      const step = page(path)!.doc;
      const rows = step.querySelectorAll('[data-ticks="goals"] label');
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row.querySelector('input[type="checkbox"]')).not.toBeNull();
        expect(row.querySelector('span')!.text.trim().length).toBeGreaterThan(10);
      }
      const keys = step.querySelectorAll('[data-ticks="goals"] input').map((i) => i.getAttribute('data-action'));
      expect(keys).toEqual([...actionKeys.goals]);
    }
  });
});
