import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { ui } from '../../src/i18n/ui';
import { keywordField } from '../../src/search/ranking';
import { BASE, builtPages, DIST } from '../helpers/dist';

/**
 * What Pagefind holds for each page, read from its fragments in dist/pagefind/ (gzip, then a
 * `pagefind_dcd` signature, then JSON): the text excerpts and sections are cut from (`content`),
 * the metadata, and the anchors sections start at. The window shows only what these hold.
 */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

const fragments: Fragment[] = readdirSync(join(DIST, 'pagefind', 'fragment')).map((name) => {
  const data = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', name)));
  expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
});
const fragment = (path: string) => fragments.find((f) => f.url === `${BASE}${path.slice(1)}`);
const pages = builtPages().filter((p) => p.doc.querySelector('[data-pagefind-body]'));
const langOf = (path: string) => path.slice(BASE.length).split('/')[0] as 'id' | 'en';

describe("a page's everyday search words", () => {
  const withWords = pages.filter((p) => p.doc.querySelector('meta[name="keywords"]'));

  it('are listed for every guide page and tool page', () => {
    expect(withWords.filter((p) => /\/(panduan|guide|tentang|about)\//.test(p.path)).length).toBe(20);
    expect(withWords.filter((p) => /\/(alat|tools)\/[^/]+\/$/.test(p.path)).length).toBe(6);
  });

  it('are searchable metadata (weighed as src/search/ranking.ts says), never part of the text excerpts come from', () => {
    for (const page of withWords) {
      const words = page.doc.querySelector('meta[name="keywords"]')!.getAttribute('content')!;
      const found = fragment(page.path);
      expect(found, page.path).toBeDefined();
      const type = /\/(alat|tools)\/[^/]+\/$/.test(page.path) ? 'tool' : 'guide';
      expect(found!.meta[keywordField[type]], page.path).toBe(words);
      // Not the list, and not even three of its words in a row as the list has them (two may
      // meet in prose: "tujuan, target antara").
      const list = words.split(', ');
      for (let i = 2; i < list.length; i++) {
        const run = list.slice(i - 2, i + 1).join(', ');
        for (const other of fragments) expect(other.content, `${other.url} shows "${run}"`).not.toContain(run);
      }
    }
    // No page keeps them as hidden text any more.
    for (const page of pages)
      expect(page.doc.querySelector('main [hidden][data-pagefind-weight]'), page.path).toBeNull();
  });

  it("come with the page's description, shown for a page found by its words alone", () => {
    for (const page of pages) {
      const description = page.doc.querySelector('meta[name="description"]')!.getAttribute('content');
      expect(fragment(page.path)?.meta.description, page.path).toBe(description);
    }
  });
});

describe('sections of a result', () => {
  const guide = pages.filter((p) => /\/(panduan|guide)\/[^/]+\/$/.test(p.path));

  it("never come from the guide's repeated lead and links (under “What to do”, the plan link)", () => {
    expect(guide.length).toBe(16);
    for (const page of guide) {
      const t = ui[langOf(page.path)];
      const { content } = fragment(page.path)!;
      for (const boilerplate of [t['step.actionsLead'], t['plan.link'], t['step.printSheet']])
        expect(content, page.path).not.toContain(boilerplate);
    }
  });

  it("never start at the MoU checklist's legal notice: its words belong to the page", () => {
    for (const path of ['/id/alat/klausul-mou/', '/en/tools/mou-checklist/']) {
      const found = fragment(path)!;
      expect(found.anchors.map((a) => a.id)).not.toContain('mou-disclaimer-title');
      expect(found.content).toMatch(/nasihat hukum|legal advice/);
    }
  });
});

describe('the glossary in the search index', () => {
  for (const [lang, path] of [
    ['id', '/id/istilah/'],
    ['en', '/en/glossary/'],
  ] as const) {
    it(`${lang}: each term is a section of its own, at its anchor, titled with the term, in the page's order`, () => {
      const found = fragment(path)!;
      const sections = found.anchors.filter((a) => a.title);
      const sorted = [...glossary].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
      expect(sections.map((a) => [a.id, a.title])).toEqual(sorted.map((e) => [e.id, e.term[lang]]));
      // The letters of the index are neither sections nor words.
      expect(found.anchors.filter((a) => /^h\d$/.test(a.element) && a.text?.trim())).toEqual([]);
      // Each section holds its term, then its definition: the excerpt a result shows.
      const words = found.content.split(/\s+/);
      sections.forEach((section, i) => {
        const end = sections[i + 1]?.location ?? words.length;
        const text = words.slice(section.location, end).join(' ');
        const entry = sorted[i]!;
        expect(text.startsWith(entry.term[lang]), text).toBe(true);
        expect(text).toContain(entry.definition[lang].replaceAll('*', '').slice(0, 40));
      });
    });
  }

  it('has no hidden list of search words: its terms are its text', () => {
    for (const path of ['/id/istilah/', '/en/glossary/']) {
      expect(fragment(path)!.meta.keywords, path).toBeUndefined();
    }
  });
});
