import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { questionIds } from '../../src/content/mou-questions';
import dict from '../../src/tools/mou-checklist/i18n';
import { fileForPath } from '../helpers/dist';
import { firstLoadScripts } from '../helpers/first-load';

const pages = { id: '/id/alat/klausul-mou/', en: '/en/tools/mou-checklist/' } as const;

describe.each(Object.entries(pages))('the MoU checklist page (%s)', (lang, path) => {
  const html = readFileSync(fileForPath(path)!, 'utf8');

  // Its byte budget (25 KB gzip of JavaScript before the .docx is asked for) is enforced with
  // every other page's in budgets.test.ts.
  it('keeps the docx library and zod out of the first load, and loads the outline on demand', async () => {
    const scripts = await firstLoadScripts(path);
    // The island's own code is part of the first load (hydrateTool finds its props script).
    expect([...scripts.values()].some((code) => code.includes('data-tool-props'))).toBe(true);
    expect([...scripts.keys()].filter((url) => /docx/i.test(url))).toEqual([]);
    for (const code of scripts.values()) {
      expect(code).not.toContain('wordprocessingml');
      expect(code).not.toMatch(/ZodError|\$ZodType/);
    }
    expect([...scripts.values()].join('\n')).toMatch(
      /import\(`\.\/docx\.[\w-]+\.js`\)|import\("\.\/docx\.[\w-]+\.js"\)/,
    );
  });

  it('tells readers without JavaScript what still works, and carries the disclaimer', () => {
    const t = dict[lang as 'id' | 'en'];
    expect(html).toContain(`<noscript><p class="mou-noscript">${t['page.noscript']}</p></noscript>`);
    expect(html).toContain(t['page.disclaimerTitle']);
  });

  it('says plainly that an MoU with an Indonesian party must be in Indonesian (Law No. 24 of 2009, art. 31(1))', () => {
    const t = dict[lang as 'id' | 'en'];
    const doc = parse(html);
    expect(doc.querySelector('.mou-language')?.text).toBe(t['page.language']);
    expect(t['page.language']).toMatch(lang === 'id' ? /Pasal 31 ayat \(1\)/ : /art\. 31\(1\)/);
    expect(t['page.language']).toContain('PT PMA');
  });

  it('serves the questions with no answer chosen, and the list of what they could add', () => {
    const doc = parse(html);
    const inputs = doc.querySelectorAll('.mou-questions input');
    expect(inputs.length).toBeGreaterThan(20);
    expect(inputs.filter((i) => i.hasAttribute('checked'))).toEqual([]);
    expect(doc.querySelectorAll('.mou-open [data-question]').map((li) => li.getAttribute('data-question'))).toEqual(
      questionIds,
    );
  });
});
