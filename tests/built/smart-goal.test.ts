import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dict from '../../src/tools/smart-goal/i18n';
import { smartLetters } from '../../src/tools/smart-goal/letters';
import { fileForPath } from '../helpers/dist';
import { firstLoadScripts } from '../helpers/first-load';

const pages = { id: '/id/alat/tujuan-smart/', en: '/en/tools/smart-goals/' } as const;

describe.each(Object.entries(pages))('the SMART goal builder page (%s)', (lang, path) => {
  const html = readFileSync(fileForPath(path)!, 'utf8');
  const t = dict[lang as 'id' | 'en'];

  // Its byte budget (20 KB gzip of JavaScript) is enforced with every other page's in budgets.test.ts.
  it('keeps the calendar and summary code and zod out of the first load', async () => {
    const scripts = [...(await firstLoadScripts(path)).values()];
    // The island's own code is part of the first load (hydrateTool finds its props script).
    expect(scripts.some((code) => code.includes('data-tool-props'))).toBe(true);
    for (const code of scripts) {
      expect(code).not.toContain('BEGIN:VCALENDAR');
      expect(code).not.toMatch(/ZodError|\$ZodType/);
    }
    // …which loads them with import() on first use.
    for (const chunk of ['ics', 'summary'])
      expect(scripts.join('\n')).toMatch(new RegExp(`import\\([\`'"]\\./${chunk}\\.[\\w-]+\\.js[\`'"]\\)`));
  });

  it('shows the SMART worksheet without JavaScript, and tells the reader so', () => {
    expect(html).toContain(`<noscript><p class="smart-noscript">${t['page.noscript']}</p></noscript>`);
    for (const letter of smartLetters) {
      expect(html).toContain(letter.text[lang as 'id' | 'en'].question);
      for (const prompt of letter.text[lang as 'id' | 'en'].prompts) expect(html).toContain(prompt);
    }
  });
});
