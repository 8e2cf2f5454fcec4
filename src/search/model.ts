/**
 * The search window's decisions, without the DOM: which sections of a page to show under a
 * result, how to read Pagefind's excerpts safely, which message a count gets, and where the
 * arrow keys move. The window (search-window.ts) only renders what these return.
 */
import { foldText } from '../lib/fold';

/** The part of a Pagefind result fragment the window uses (pagefind 1.6 `PagefindSearchFragment`). */
export interface Fragment {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` count its words, split on white space. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: readonly SubResult[];
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: readonly number[];
  /** Each matched word's position and weight (a heading's words weigh more than body text). */
  weighted_locations?: readonly { weight: number; location: number }[];
  /** Absent for the text before the page's first heading with an id. */
  anchor?: { element: string; id: string; location?: number };
}

/** A section of a page that matched: its heading, where it starts, and the text around the match. */
export interface Section {
  title: string;
  url: string;
  excerpt: string;
}

/**
 * What a word found only through its stem counts, against 1 for a word that starts with what the
 * reader typed: Indonesian stemming finds "keberhasilan" for "hasil" and "pembagian" for "bagi",
 * which should not pull a section about success above the one about sharing.
 */
const STEM_ONLY = 0.25;

/**
 * How well a section matches: the weights of its matched words (a heading's or a glossary
 * term's words weigh more), each word found only through its stem at a quarter.
 * @example sectionScore({ weighted_locations: [{ weight: 1, location: 0 }, { weight: 5, location: 1 }] }, ['keberhasilan', 'Hasil'], ['hasil']) // => 5.25
 */
export function sectionScore(
  sub: Pick<SubResult, 'weighted_locations' | 'locations'>,
  words: readonly string[],
  typed: readonly string[],
): number {
  const located = sub.weighted_locations ?? (sub.locations ?? []).map((location) => ({ weight: 1, location }));
  let score = 0;
  for (const { weight, location } of located) {
    const word = foldText(words[location] ?? '');
    const direct = typed.length === 0 || typed.some((t) => ` ${word}`.includes(` ${t}`));
    score += weight * (direct ? 1 : STEM_ONLY);
  }
  return score;
}

/**
 * The sections of a page to list under its result: only real sections (a heading or a glossary
 * term with an id, so the link lands on it), at most `max`, the best matches first, and only
 * those that score more than half the best (a section with one passing mention does not sit
 * beside the one about the query); shown in page order.
 * @example sectionsOf({ url: '/a/', sub_results: [{ title: 'A', url: '/a/', excerpt: '' }, { title: 'B', url: '/a/#b', excerpt: 'x', anchor: { element: 'h2', id: 'b' } }] }, 2) // => [{ title: 'B', url: '/a/#b', excerpt: 'x' }]
 */
export function sectionsOf(
  fragment: Pick<Fragment, 'url' | 'sub_results' | 'content'>,
  max: number,
  query = '',
): Section[] {
  const words = (fragment.content ?? '').split(/\s+/);
  const typed = foldText(query).split(' ').filter(Boolean);
  const sections = (fragment.sub_results ?? [])
    .map((sub, order) => ({ sub, order, score: sectionScore(sub, words, typed) }))
    .filter(({ sub }) => sub.anchor?.id && sub.url.includes('#') && sub.title.trim() !== '');
  const best = Math.max(0, ...sections.map((s) => s.score));
  return sections
    .filter((s) => s.score * 2 > best)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Math.max(0, max))
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => ({ title: sub.title.trim(), url: sub.url, excerpt: sub.excerpt }));
}

/**
 * The text shown under a result that lists no section: Pagefind's excerpt when it marks what
 * matched; when the page was found by its search words alone (nothing in its text to mark), the
 * page's description, a better summary than its first lines.
 * @example pageExcerpt({ excerpt: 'Langkah 5 dari 7. Susun', meta: { description: 'Perjanjian tertulis melindungi Anda.' } }) // => 'Perjanjian tertulis melindungi Anda.'
 */
export function pageExcerpt(fragment: Pick<Fragment, 'excerpt' | 'meta'>): string {
  if (/<mark>/i.test(fragment.excerpt)) return fragment.excerpt;
  return fragment.meta.description ?? fragment.excerpt;
}

/** A run of excerpt text, marked when it is one of the words searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind leaves in its excerpts. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (text with `<mark>` around the matched words) as plain runs of text, so the
 * window can show it with `textContent` and never parses markup from the index. Any other tag
 * that might appear is dropped, its text kept.
 * @example excerptParts('a <mark>kerja</mark> &amp; b') // => [{ text: 'a ', mark: false }, { text: 'kerja', mark: true }, { text: ' & b', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      mark = tag === '<mark>';
      continue;
    }
    const text = decode(piece.replace(/<[^>]*>/g, ''));
    if (!text) continue;
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/**
 * The dictionary key of the results summary for `count` results (read out by screen readers,
 * so "no results" is said here, not only shown below it).
 * @example countKey(1) // => 'results.one'
 * @example countKey(0) // => 'none.status'
 */
export function countKey(count: number): 'results.one' | 'results.other' | 'none.status' {
  if (count === 0) return 'none.status';
  return count === 1 ? 'results.one' : 'results.other';
}

/**
 * A section's excerpt without the section's own title at its start: Pagefind's excerpt of a
 * section begins with its heading, which the result already shows.
 * @example withoutTitle([{ text: 'Apa Itu Mitra? Mitra adalah', mark: false }], 'Apa Itu Mitra?') // => [{ text: 'Mitra adalah', mark: false }]
 */
export function withoutTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const plain = parts.map((p) => p.text).join('');
  const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
  if (!title.trim() || !normal(plain).startsWith(normal(title.trim()))) return [...parts];
  let skip = title.trim().length;
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    if (skip >= part.text.length) {
      skip -= part.text.length;
      continue;
    }
    out.push({ text: part.text.slice(skip), mark: part.mark });
    skip = 0;
  }
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^[\s.:;,–-]+/, '') };
  return out.filter((p) => p.text !== '');
}

/**
 * Where the arrow keys move in the window: positions are the result links in order, and -1 is
 * the search box. Down from the box goes to the first link, up from the first link goes back to
 * the box; the ends do not wrap. Returns undefined when the key does not move anything.
 * @example arrowTarget(-1, 'ArrowDown', 3) // => 0
 * @example arrowTarget(0, 'ArrowUp', 3) // => -1
 */
export function arrowTarget(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  return undefined;
}

/**
 * The address to load a script from, fresh on each new attempt: a browser keeps a module that
 * failed to load as failed for its address (whatwg/html#6768), so a retry needs a new one.
 * @example attemptUrl('/pagefind/pagefind.js', 0) // => '/pagefind/pagefind.js'
 * @example attemptUrl('/pagefind/pagefind.js', 2) // => '/pagefind/pagefind.js?retry=2'
 */
export function attemptUrl(url: string, attempt: number): string {
  return attempt > 0 ? `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}` : url;
}

/**
 * The page types of the filter in a fixed order (the order of `known`, then any other value),
 * each with how many results it holds.
 * @example filterOptions({ Alat: 2, Panduan: 5 }, ['Panduan', 'Alat']) // => [['Panduan', 5], ['Alat', 2]]
 */
export function filterOptions(counts: Record<string, number>, known: readonly string[]): [string, number][] {
  const rank = (value: string) => {
    const i = known.indexOf(value);
    return i === -1 ? known.length : i;
  };
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Fills `{name}` placeholders, as `format` in src/i18n/dictionary.ts does. Repeated here on
 * purpose: that module is bundled into the tools' chunk, which the window must not download.
 * @example fill('{n} hasil untuk “{query}”', { n: 3, query: 'mou' }) // => '3 hasil untuk “mou”'
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The tools offered in the empty window, from the search button's `data-tool-links` (JSON made by
 * ./links.ts): `[name, address]` pairs; anything else is left out, so a damaged attribute only
 * means fewer links.
 * @example toolLinks('[["Partner fit scorer","/en/tools/partner-fit/"]]') // => [['Partner fit scorer', '/en/tools/partner-fit/']]
 * @example toolLinks('oops') // => []
 */
export function toolLinks(json: string | undefined): [string, string][] {
  let value: unknown;
  try {
    value = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(
    (pair): pair is [string, string] =>
      Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string',
  );
}
