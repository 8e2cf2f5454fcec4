import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { formPattern } from '../../src/integrations/glossary-links';
import { BASE, builtPages } from '../helpers/dist';

const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === `${BASE}${path.slice(1)}`);
const glossaryPath = { id: '/id/istilah/', en: '/en/glossary/' } as const;

describe('the glossary pages', () => {
  it('exist in both languages, list every term with its anchor, and point to each other', () => {
    for (const [lang, path] of Object.entries(glossaryPath)) {
      const built = page(path);
      expect(built, path).toBeDefined();
      expect(built!.doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
      for (const entry of glossary) {
        const dt = built!.doc.querySelector(`[id="${entry.id}"] dt`);
        expect(dt?.text.trim(), `${path}#${entry.id}`).toBe(entry.term[lang as 'id' | 'en']);
      }
      const other = lang === 'id' ? glossaryPath.en : glossaryPath.id;
      const hreflangs = built!.doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => l.getAttribute('href'));
      expect(hreflangs.some((h) => h?.endsWith(`${BASE}${other.slice(1)}`))).toBe(true);
      // Found by search: the page is indexed.
      expect(built!.doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    }
  });

  it('is linked from the footer of every page in each language', () => {
    for (const p of pages.filter((x) => /^\/(id|en)\//.test(x.path.slice(BASE.length - 1)))) {
      const lang = p.path.slice(BASE.length).split('/')[0] as 'id' | 'en';
      const link = p.doc.querySelector(`footer a[href="${BASE}${glossaryPath[lang].slice(1)}"]`);
      expect(link, p.path).not.toBeNull();
    }
  });
});

/** The text of the guide's prose in reading order, each piece with whether it is a glossary link to `id`. */
function proseTexts(root: HTMLElement): { text: string; link?: string | undefined }[] {
  const out: { text: string; link?: string | undefined }[] = [];
  const walk = (node: Node, link: string | undefined, skipped: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (!skipped) out.push({ text: node.text, link });
      return;
    }
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase();
    const href = tag === 'a' ? el.getAttribute('href') : undefined;
    const term = href?.match(/\/(?:istilah|glossary)\/#([a-z0-9-]+)$/)?.[1];
    const skip = skipped || /^h[1-6]$/.test(tag ?? '') || (tag === 'a' && !term) || tag === 'code';
    for (const child of el.childNodes) walk(child, term ?? link, skip);
  };
  walk(root, undefined, false);
  return out;
}

describe('glossary terms on guide pages', () => {
  const guidePages = pages.filter((p) =>
    /^(id\/panduan|en\/guide|id\/tentang|en\/about)\//.test(p.path.slice(BASE.length)),
  );

  it('covers every guide page', () => {
    expect(guidePages.length).toBe(20);
  });

  it('link the first use of each term on each page to its entry, in the page’s language', () => {
    let links = 0;
    for (const p of guidePages) {
      const lang = p.path.slice(BASE.length).split('/')[0] as 'id' | 'en';
      const texts = proseTexts(p.doc.querySelector('.prose')!);
      for (const entry of glossary) {
        const patterns = entry.forms[lang].map(formPattern);
        const first = texts.find((t) => patterns.some((re) => re.test(t.text)));
        if (!first) continue;
        expect(first.link, `${p.path}: first "${entry.forms[lang].join('/')}" should link to #${entry.id}`).toBe(
          entry.id,
        );
        links++;
      }
      for (const a of p.doc.querySelectorAll('.prose a.term'))
        expect(a.getAttribute('href'), p.path).toMatch(new RegExp(`^${BASE}${glossaryPath[lang].slice(1)}#`));
    }
    expect(links).toBeGreaterThan(40);
  });
});
