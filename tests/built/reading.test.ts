import { describe, expect, it } from 'vitest';
import { BASE, builtPages, fileForPath } from '../helpers/dist';

/**
 * Reading aids and search links in the built pages: section links and "On this page" lead to
 * headings of the page and stay out of the search index; the search window's "no results" links
 * lead to pages of the reader's language: the guide, the tools and the glossary.
 */
const pages = builtPages();
const guidePages = pages.filter((p) =>
  /^\/(id\/panduan|en\/guide|id\/tentang|en\/about)\//.test(p.path.slice(BASE.length - 1)),
);

describe('section links (anchors)', () => {
  it('are on every guide page', () => {
    expect(guidePages.length).toBeGreaterThan(15);
    for (const page of guidePages) expect(page.doc.querySelectorAll('a.anchor').length, page.path).toBeGreaterThan(2);
  });

  it.each(guidePages.map((p) => [p.path, p] as const))(
    '%s: each leads to its heading, is named, and is not indexed',
    (_, page) => {
      expect(page.doc.querySelector('#anchor-label')?.text.trim()).toMatch(/\w/);
      for (const anchor of page.doc.querySelectorAll('a.anchor')) {
        const id = anchor.getAttribute('href')!.slice(1);
        const heading = page.doc.getElementById(id);
        expect(heading?.tagName, id).toMatch(/^H[23]$/);
        expect(anchor.parentNode).toBe(heading!.parentNode);
        expect(anchor.getAttribute('aria-labelledby')).toBe(`anchor-label ${id}`);
        expect(anchor.hasAttribute('data-pagefind-ignore')).toBe(true);
        // Nothing of the link inside the heading: its text (and search's section titles) stay clean.
        expect(heading!.text).not.toContain('#');
        expect(heading!.querySelector('a')).toBeNull();
      }
    },
  );
});

describe('"On this page"', () => {
  it.each(guidePages.map((p) => [p.path, p] as const))(
    '%s: lists its sections, twice the same, out of the index',
    (_, page) => {
      const main = page.doc.querySelector('main')!;
      const sections = main.querySelectorAll('.prose h2, .anchored > h2').length;
      const lists = main.querySelectorAll('[data-toc]');
      if (sections < 3) {
        expect(lists.length).toBe(0);
        return;
      }
      expect(lists.length, 'one list at the top (phones), one beside the text').toBe(2);
      const [top, side] = lists.map((list) => list.querySelectorAll('a').map((a) => a.getAttribute('href')));
      expect(top).toEqual(side);
      for (const href of top!) expect(page.doc.getElementById(href!.slice(1)), href).not.toBeNull();
      for (const list of main.querySelectorAll('.toc')) expect(list.hasAttribute('data-pagefind-ignore')).toBe(true);
      // Every section heading of the page is listed.
      const ids = main.querySelectorAll('.anchored > h2').map((h) => `#${h.id}`);
      expect(top!.filter((h) => ids.includes(h!))).toEqual(ids);
    },
  );
});

describe('the search window\'s "no results" links', () => {
  const withSearch = pages.filter((p) => p.doc.querySelector('[data-search-open]'));

  it('lead to the guide and the tools in the page language', () => {
    expect(withSearch.length).toBeGreaterThan(20);
    for (const page of withSearch) {
      const lang = page.doc.querySelector('html')!.getAttribute('lang')!;
      const button = page.doc.querySelector('[data-search-open]')!;
      for (const name of ['data-guide', 'data-tools', 'data-glossary']) {
        const href = button.getAttribute(name);
        expect(href, `${page.path} ${name}`).toMatch(new RegExp(`^${BASE}${lang}/`));
        expect(fileForPath(href!), `${page.path} ${name} -> ${href}`).toBeDefined();
      }
    }
  });

  it('include the glossary of the page language', () => {
    const glossaryPages = pages.filter((p) => /^(id\/istilah|en\/glossary)\/$/.test(p.path.slice(BASE.length)));
    expect(glossaryPages).toHaveLength(2);
    for (const glossary of glossaryPages) {
      const lang = glossary.path.slice(BASE.length, BASE.length + 2);
      const linked = withSearch
        .filter((p) => p.path.startsWith(`${BASE}${lang}/`))
        .every((p) => p.doc.querySelector('[data-search-open]')!.getAttribute('data-glossary') === glossary.path);
      expect(linked, glossary.path).toBe(true);
    }
  });
});
