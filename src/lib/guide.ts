import type { GuideKey, GuidePage } from '../content/schema';
import { type Locale, isLocale, locales } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';

/** The shape of a guide collection entry that these helpers need (easy to build in tests). */
export interface GuideEntry {
  /** `<lang>/<slug>`, from the file path `src/content/guide/<lang>/<slug>.mdx`. */
  id: string;
  data: GuidePage;
}

/** The language of an entry, from the folder it lives in.
 *  @example entryLang({ id: 'en/shared-goals', … }) // => 'en' */
export function entryLang(entry: Pick<GuideEntry, 'id'>): Locale {
  const lang = entry.id.split('/')[0];
  if (!isLocale(lang)) throw new Error(`Guide page "${entry.id}" is not in a language folder (id/ or en/).`);
  return lang;
}

/** The slug of an entry: its file name in its own language. */
export function entrySlug(entry: Pick<GuideEntry, 'id'>): string {
  return entry.id.split('/').slice(1).join('/');
}

/**
 * The site-absolute path of a guide page.
 * @example guideHref(overviewId) // => '/id/panduan/'
 * @example guideHref(step1En) // => '/en/guide/shared-goals/'
 * @example guideHref(aboutId) // => '/id/tentang/'
 */
export function guideHref(entry: GuideEntry): string {
  const lang = entryLang(entry);
  switch (entry.data.kind) {
    case 'overview':
      return localizedPath(lang, 'guide');
    case 'about':
      return localizedPath(lang, 'about');
    default:
      return localizedPath(lang, 'guide', entrySlug(entry));
  }
}

/** The pages of one language in reading order: overview, steps 1..7, conclusion, about. */
export function inReadingOrder<T extends GuideEntry>(entries: readonly T[], lang: Locale): T[] {
  const rank = (e: T) => ({ overview: 0, step: e.data.step ?? 0, conclusion: 8, about: 9 })[e.data.kind];
  return entries.filter((e) => entryLang(e) === lang).sort((a, b) => rank(a) - rank(b));
}

/** The seven step pages of one language, in order. */
export function stepsOf<T extends GuideEntry>(entries: readonly T[], lang: Locale): T[] {
  return inReadingOrder(entries, lang).filter((e) => e.data.kind === 'step');
}

/** The page with `key` in `lang`, if there is one. */
export function findByKey<T extends GuideEntry>(entries: readonly T[], key: GuideKey, lang: Locale): T | undefined {
  return entries.find((e) => e.data.key === key && entryLang(e) === lang);
}

/**
 * Previous and next page for reading the guide from start to finish:
 * overview -> step 1 … step 7 -> conclusion. The about page is outside the sequence.
 */
export function neighbours<T extends GuideEntry>(
  entries: readonly T[],
  entry: T,
): { prev?: T | undefined; next?: T | undefined } {
  if (entry.data.kind === 'about') return {};
  const sequence = inReadingOrder(entries, entryLang(entry)).filter((e) => e.data.kind !== 'about');
  const at = sequence.findIndex((e) => e.id === entry.id);
  return { prev: sequence[at - 1], next: sequence[at + 1] };
}

/**
 * Everything that breaks the promise "every page exists in both languages, the same way".
 * Returns readable problems; an empty list means the guide is consistent.
 */
export function parityProblems(entries: readonly GuideEntry[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<GuideKey, Partial<Record<Locale, GuideEntry[]>>>();
  for (const entry of entries) {
    const lang = entryLang(entry);
    const slot = byKey.get(entry.data.key) ?? {};
    (slot[lang] ??= []).push(entry);
    byKey.set(entry.data.key, slot);
  }
  for (const [key, slot] of byKey) {
    for (const lang of locales) {
      const found = slot[lang] ?? [];
      if (found.length === 0) problems.push(`"${key}" has no ${lang} page.`);
      if (found.length > 1)
        problems.push(`"${key}" has ${found.length} ${lang} pages: ${found.map((e) => e.id).join(', ')}.`);
    }
    const [a, b] = [slot.id?.[0], slot.en?.[0]];
    if (a && b) {
      if (a.data.kind !== b.data.kind) problems.push(`"${key}" is a ${a.data.kind} in id but a ${b.data.kind} in en.`);
      if (a.data.step !== b.data.step)
        problems.push(`"${key}" is step ${a.data.step} in id but step ${b.data.step} in en.`);
      if (a.data.actions.length !== b.data.actions.length)
        problems.push(`"${key}" has ${a.data.actions.length} actions in id but ${b.data.actions.length} in en.`);
      if (a.data.reasons.length !== b.data.reasons.length)
        problems.push(`"${key}" has ${a.data.reasons.length} reasons in id but ${b.data.reasons.length} in en.`);
    }
  }
  for (const lang of locales) {
    const steps = entries.filter((e) => entryLang(e) === lang && e.data.kind === 'step').map((e) => e.data.step);
    const expected = [1, 2, 3, 4, 5, 6, 7];
    if (JSON.stringify([...steps].sort((x, y) => (x ?? 0) - (y ?? 0))) !== JSON.stringify(expected))
      problems.push(`The ${lang} guide must have steps 1 to 7 exactly once; it has ${JSON.stringify(steps)}.`);
  }
  return problems;
}

/**
 * An id for a heading the page adds itself (not from Markdown), made like the Markdown
 * headings' ids: lower case, letters and digits, words joined by `-`.
 * @example headingId('Lima Alasan untuk Bermitra') // => 'lima-alasan-untuk-bermitra'
 */
export function headingId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

/** A heading of a page's contents list: Markdown's headings as Astro reports them, or the page's own. */
export interface ContentsHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The sections to list under "On this page": the `##` and `###` headings, in page order; none
 * when the page has fewer than `min` sections (`##`), since a short page needs no contents.
 * @example pageSections([{ depth: 2, slug: 'a', text: 'A' }], 3) // => []
 */
export function pageSections(
  headings: readonly ContentsHeading[],
  min = 3,
): { id: string; text: string; depth: 2 | 3 }[] {
  const sections = headings
    .filter((h): h is ContentsHeading & { depth: 2 | 3 } => h.depth === 2 || h.depth === 3)
    .map((h) => ({ id: h.slug, text: h.text, depth: h.depth }));
  return sections.filter((s) => s.depth === 2).length >= min ? sections : [];
}
