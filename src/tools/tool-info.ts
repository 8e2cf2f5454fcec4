import type { GuideKey } from '../content/schema';
import type { Locale } from '../i18n/locales';

/**
 * Every tool, by its folder name under `src/tools/`: a new tool adds its key here first, so a
 * page, a print sheet or a spec that names a tool that does not exist is a type error.
 */
export const toolKeys = ['partner-fit', 'smart-goal', 'mou-checklist'] as const;
export type ToolKey = (typeof toolKeys)[number];

/**
 * What the site needs to know about one interactive tool. Each tool declares it in
 * `src/tools/<key>/meta.ts` (default export); its page is `src/tools/<key>/Page.astro`, routed by
 * a three-line file `src/pages/[lang]/[tools]/[<camelKey>].astro` (one per tool, so each tool
 * page carries only its own styles). A tool appears on the tools page, the home page and the
 * guide steps it serves as soon as its meta.ts exists; a built-site test fails if its route
 * file is missing.
 */
export interface ToolInfo {
  /** The folder name, e.g. `partner-fit`. */
  key: ToolKey;
  /** Position in lists (lower first). */
  order: number;
  /** Readable slug in each language: `/id/alat/<id>/`, `/en/tools/<en>/`. */
  slug: Record<Locale, string>;
  /** Guide pages that link to the tool. */
  steps: readonly GuideKey[];
  /**
   * In each language: the name (the page's <h1> and title), a one-sentence summary for lists,
   * and the meta description (at most 160 characters). Taken from the tool's own dictionary.
   */
  text: Record<Locale, { name: string; summary: string; description: string; keywords: string[] }>;
}

/** The dictionary keys every tool defines for its listing (see `toolText`). */
type ListingKey = 'tool.name' | 'tool.summary' | 'tool.description' | 'tool.keywords';

/**
 * A tool's name, summary and meta description in both languages, from its dictionary.
 * @example toolText(dictionaries).en.name // => 'Partner fit scorer'
 */
export function toolText(dicts: Record<Locale, Readonly<Record<ListingKey, string>>>): ToolInfo['text'] {
  const one = (lang: Locale) => ({
    name: dicts[lang]['tool.name'],
    summary: dicts[lang]['tool.summary'],
    description: dicts[lang]['tool.description'],
    // Everyday search words, comma-separated in the dictionary; indexed, never shown.
    keywords: dicts[lang]['tool.keywords']
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
  });
  return { id: one('id'), en: one('en') };
}
