import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { criterionIds, criterionTexts } from '../../src/tools/partner-fit/criteria';
import { BASE, fileForPath } from '../helpers/dist';
import { firstLoadScripts } from '../helpers/first-load';

const pages = { id: `${BASE}id/alat/kecocokan-mitra/`, en: `${BASE}en/tools/partner-fit/` } as const;

describe.each(Object.entries(pages))('the partner-fit page (%s)', (lang, path) => {
  const html = readFileSync(fileForPath(path)!, 'utf8');
  const texts = criterionTexts(lang as 'id' | 'en');
  const other = criterionTexts(lang === 'id' ? 'en' : 'id');

  // Its byte budget (20 KB gzip of JavaScript) is enforced with every other page's in budgets.test.ts.
  it('loads the island, but not zod, the Markdown summary or the other language’s criteria', async () => {
    const scripts = [...(await firstLoadScripts(path)).values()];
    expect(scripts.some((code) => code.includes('data-tool-props'))).toBe(true);
    const code = scripts.join('\n');
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    // The criteria's words travel as props of the page's language, not in the shared bundle.
    expect(code).not.toContain(texts.values.name);
    expect(code).not.toContain(other.values.name);
    expect(html).not.toContain(other.values.name);
    // The summary code (its dated heading) loads on the first copy or download.
    expect(code).not.toContain('md.date');
    expect(code).toMatch(/import\(`\.\/markdown\.[\w-]+\.js`\)|import\("\.\/markdown\.[\w-]+\.js"\)/);
  });

  it('shows every criterion with its guiding questions and anchors without JavaScript', () => {
    const doc = parse(html);
    const blocks = doc.querySelectorAll('.fit-crit');
    expect(blocks).toHaveLength(criterionIds.length);
    criterionIds.forEach((id, i) => {
      const block = blocks[i]!;
      expect(block.querySelector('h3')?.text).toBe(texts[id].name);
      expect(block.querySelectorAll('.fit-questions li').map((li) => li.text)).toEqual([...texts[id].questions]);
      expect(block.querySelectorAll('.fit-anchors dd')).toHaveLength(3);
      // Before hydration the rating controls are write-in boxes, not inputs that would do nothing.
      expect(block.querySelectorAll('input')).toHaveLength(0);
      expect(block.querySelectorAll('.fit-write-scale span')).toHaveLength(3 * 5);
    });
    expect(doc.querySelector('#fit-how-score')).not.toBeNull();
  });
});
