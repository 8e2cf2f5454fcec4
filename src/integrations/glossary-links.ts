/**
 * Links the first use of each glossary term on a guide page to its entry on the glossary page
 * (`/id/istilah/#mou`, `/en/glossary/#mou`), so a reader who meets "PKS" or "meterai" can look it
 * up in one tap. A hast plugin for Sätteri, like base-links.ts: it runs on the guide's MDX only,
 * skips headings, existing links and code, and links each term once per page. The matching is
 * the pure `linkSegments`, which the unit tests call directly.
 */
import type { Parents as HastParents } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { glossary, type GlossaryEntry } from '../content/glossary';
import { type Locale, isLocale, sections } from '../i18n/locales';
import { prefixBase } from './base-links';

/** One piece of a text node: plain text, or a term to link to entry `id`. */
export type Segment = string | { id: string; text: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one spelling: whole words only; a form with a capital letter matches exactly,
 * an all-lower-case form also with a capital first letter (at the start of a sentence).
 * @example formPattern('bagi hasil').test('Bagi hasil dibagi dua') // => true
 */
export function formPattern(form: string): RegExp {
  const body =
    form === form.toLowerCase() ? `[${form[0]}${form[0]!.toUpperCase()}]${escape(form.slice(1))}` : escape(form);
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Splits `text` at the first use of each term not yet in `done` (which it updates), so the
 * caller can wrap those uses in links. Terms are found in reading order; a longer spelling wins
 * over a shorter one at the same place.
 * @example linkSegments('MoU dan PKS', entries, 'id', new Set()) // => [{ id: 'mou', text: 'MoU' }, ' dan ', { id: 'pks', text: 'PKS' }]
 */
export function linkSegments(
  text: string,
  entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[],
  lang: Locale,
  done: Set<string>,
): Segment[] {
  const out: Segment[] = [];
  let rest = text;
  for (;;) {
    let best: { id: string; index: number; text: string } | undefined;
    for (const entry of entries) {
      if (done.has(entry.id)) continue;
      for (const form of entry.forms[lang]) {
        const m = formPattern(form).exec(rest);
        if (!m) continue;
        if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length))
          best = { id: entry.id, index: m.index, text: m[0] };
      }
    }
    if (!best) break;
    if (best.index > 0) out.push(rest.slice(0, best.index));
    out.push({ id: best.id, text: best.text });
    done.add(best.id);
    rest = rest.slice(best.index + best.text.length);
  }
  if (rest) out.push(rest);
  return out;
}

/** The glossary entry's address, without base: `/id/istilah/#mou`. */
export function glossaryHref(lang: Locale, id: string): string {
  return `/${lang}/${sections.glossary[lang]}/#${id}`;
}

/** Elements whose text is never linked: headings, links, code. */
const skip = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/** The guide page's language, from its file path (src/content/guide/<lang>/…), if it is one. */
function guideLang(fileURL: URL | undefined): Locale | undefined {
  const lang = fileURL?.pathname.match(/\/src\/content\/guide\/([a-z]{2})\//)?.[1];
  return isLocale(lang) ? lang : undefined;
}

export default function glossaryLinks(base: string): HastPluginDefinition {
  return {
    name: 'mitra-glossary-links',
    text(node, ctx) {
      const lang = guideLang(ctx.fileURL);
      if (!lang) return;
      for (let p: Readonly<HastParents> | undefined = ctx.parent(node); p; p = ctx.parent(p))
        if (p.type === 'element' && skip.has(p.tagName)) return;
      // Terms already linked on this page: the data bag lives for one document.
      const data = ctx.data as { glossaryLinked?: Set<string> };
      const done = (data.glossaryLinked ??= new Set<string>());
      const segments = linkSegments(node.value, glossary, lang, done);
      if (segments.length === 1 && typeof segments[0] === 'string') return;
      ctx.replaceNode(
        node,
        segments.map((s) =>
          typeof s === 'string'
            ? { type: 'text', value: s }
            : {
                type: 'element',
                tagName: 'a',
                properties: { href: prefixBase(glossaryHref(lang, s.id), base), className: ['term'] },
                children: [{ type: 'text', value: s.text }],
              },
        ),
      );
    },
  };
}
