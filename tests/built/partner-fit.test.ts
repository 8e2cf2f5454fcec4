import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, fileForPath } from '../helpers/dist';
import { parse } from 'node-html-parser';

/** The issue's budget: the tool page loads at most 20 KB gzip of JavaScript, Preact included. */
const BUDGET = 20 * 1024;
const pages = [`${BASE}id/alat/kecocokan-mitra/`, `${BASE}en/tools/partner-fit/`];

/** A site path (`/_astro/x.js`) as a file in dist/. */
const distFile = (src: string) => join(DIST, src.startsWith(BASE) ? src.slice(BASE.length) : src.replace(/^\//, ''));

/**
 * Every script a page loads before the reader does anything: inline scripts, module scripts,
 * the islands' component and renderer, and everything they import statically (dynamic
 * `import()`s, such as Preact signals, only load when used and are left out).
 */
function loadedScripts(html: string): { name: string; text: string }[] {
  const doc = parse(html);
  const out: { name: string; text: string }[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) queue.push(distFile(src));
    else if (!/json/.test(script.getAttribute('type') ?? '')) out.push({ name: 'inline', text: script.textContent });
  }
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      if (url) queue.push(distFile(url));
    }
  }
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    out.push({ name: posix.basename(file), text });
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`.
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      const target = join(dirname(file), match[1]!);
      if (existsSync(target)) queue.push(target);
    }
  }
  return out;
}

describe.each(pages)('the partner-fit page %s', (path) => {
  const file = fileForPath(path);

  it('exists', () => {
    expect(file).toBeDefined();
  });

  it(`loads at most ${BUDGET / 1024} KB gzip of JavaScript, Preact included`, () => {
    const scripts = loadedScripts(readFileSync(file!, 'utf8'));
    const sizes = scripts.map((s) => ({ name: s.name, gzip: gzipSync(s.text).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.info(`${path}: ${total} bytes gzip JS\n${sizes.map((s) => `  ${s.gzip}\t${s.name}`).join('\n')}`);
    expect(scripts.some((s) => s.name.startsWith('PartnerFit'))).toBe(true);
    // Preact is counted, whichever chunk it lands in (`__k` is its internal children key).
    expect(scripts.some((s) => s.text.includes('__k'))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('ships the criteria of its own language only, and no zod', () => {
    const html = readFileSync(file!, 'utf8');
    const island = loadedScripts(html).filter((s) => s.name !== 'inline').map((s) => s.text).join('\n');
    // The criteria's words travel as props of the page's language, not in the shared bundle.
    expect(island).not.toContain('Shared values and integrity');
    expect(island).not.toContain('Nilai dan Integritas yang Sejalan');
    expect(island).not.toMatch(/_zod|ZodError/);
    const other = path.includes('/id/') ? 'Shared values and integrity' : 'Nilai dan Integritas yang Sejalan';
    expect(html).not.toContain(other);
  });

  it('shows every criterion with its guiding questions without JavaScript', () => {
    const doc = parse(readFileSync(file!, 'utf8'));
    const criteria = doc.querySelectorAll('.fit-crit');
    expect(criteria).toHaveLength(7);
    for (const c of criteria) {
      expect(c.querySelector('h3')?.text.trim().length).toBeGreaterThan(3);
      expect(c.querySelectorAll('.fit-questions li').length).toBeGreaterThanOrEqual(2);
      expect(c.querySelectorAll('.fit-anchors dd')).toHaveLength(3);
      // Before hydration the rating controls are write-in boxes, not inputs that would do nothing.
      expect(c.querySelectorAll('input')).toHaveLength(0);
      expect(c.querySelectorAll('.fit-write-scale span')).toHaveLength(3 * 5);
    }
    expect(doc.querySelector('#fit-how-score')).not.toBeNull();
  });
});
