import type { GuideKey } from '../content/schema';
import { locales, sections } from '../i18n/locales';
import type { ToolInfo, ToolKey } from './tool-info';

export type { ToolInfo, ToolKey } from './tool-info';

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
export function toolPaths(key: ToolKey) {
  const tool = tools.find((t) => t.key === key);
  if (!tool) throw new Error(`No tool "${key}" in src/tools/*/meta.ts.`);
  const param = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return locales.map((lang) => ({
    params: { lang, tools: sections.tools[lang], [param]: tool.slug[lang] },
    props: { lang },
  }));
}
