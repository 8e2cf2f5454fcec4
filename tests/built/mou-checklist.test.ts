import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import dict from '../../src/tools/mou-checklist/i18n';
import { DIST, fileForPath } from '../helpers/dist';

const pages = { id: '/id/alat/klausul-mou/', en: '/en/tools/mou-checklist/' } as const;

/**
 * The JavaScript a page loads before any interaction: its module scripts and island
 * component/renderer URLs, plus everything they import statically. Dynamic `import()` (the
 * .docx builder) is left out: it loads only when the reader asks for the file.
 */
function initialScripts(html: string): Map<string, string> {
  const entries = new Set<string>();
  for (const m of html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)) entries.add(m[1]!);
  const seen = new Map<string, string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    const code = readFileSync(join(DIST, url), 'utf8');
    seen.set(url, code);
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(resolve(dirname(url), m[1]!));
    }
  };
  entries.forEach(visit);
  return seen;
}

describe.each(Object.entries(pages))('the MoU checklist page (%s)', (lang, path) => {
  const html = readFileSync(fileForPath(path)!, 'utf8');

  it('loads at most 25 KB gzip of JavaScript before the reader asks for the .docx', () => {
    const scripts = initialScripts(html);
    const gzip = [...scripts.values()].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
    expect([...scripts.keys()].some((url) => url.includes('MouChecklist'))).toBe(true);
    expect(gzip).toBeLessThanOrEqual(25 * 1024);
  });

  it('keeps the docx library and zod out of the first load, and loads the outline on demand', () => {
    const scripts = initialScripts(html);
    expect([...scripts.keys()].filter((url) => /docx/i.test(url))).toEqual([]);
    for (const code of scripts.values()) {
      expect(code).not.toContain('wordprocessingml');
      expect(code).not.toMatch(/ZodError|\$ZodType/);
    }
    expect([...scripts.values()].join('\n')).toMatch(/import\(`\.\/docx\.[\w-]+\.js`\)|import\("\.\/docx\.[\w-]+\.js"\)/);
  });

  it('tells readers without JavaScript what still works, and carries the disclaimer', () => {
    const t = dict[lang as 'id' | 'en'];
    expect(html).toContain(`<noscript><p class="mou-noscript">${t['page.noscript']}</p></noscript>`);
    expect(html).toContain(t['page.disclaimerTitle']);
  });
});
