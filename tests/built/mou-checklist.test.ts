import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
