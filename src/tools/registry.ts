import type { GuideKey } from '../content/schema';
import { type Locale, locales, sections } from '../i18n/locales';

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
  key: string;
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
  text: Record<Locale, { name: string; summary: string; description: string }>;
}

const metas = import.meta.glob<{ default: ToolInfo }>('./*/meta.ts', { eager: true });

/** Every tool, in display order. */
export const tools: readonly ToolInfo[] = Object.values(metas)
  .map((m) => m.default)
  .sort((a, b) => a.order - b.order);

/** Tools that serve a guide page, for the "tools for this step" box. */
export function toolsForStep(key: GuideKey): ToolInfo[] {
  return tools.filter((tool) => tool.steps.includes(key));
}

/**
 * `getStaticPaths` of a tool's route file `[<camelKey>].astro`: its page in each language at
 * `/<lang>/<tools>/<slug>/`. The last parameter is named after the file, hence the camel case.
 * @example toolPaths('partner-fit')[0] // => { params: { lang: 'id', tools: 'alat', partnerFit: 'kecocokan-mitra' }, props: { lang: 'id' } }
 */
export function toolPaths(key: string) {
  const tool = tools.find((t) => t.key === key);
  if (!tool) throw new Error(`No tool "${key}" in src/tools/*/meta.ts.`);
  const param = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return locales.map((lang) => ({ params: { lang, tools: sections.tools[lang], [param]: tool.slug[lang] }, props: { lang } }));
}
