import type { GuideKey } from '../content/schema';
import type { Locale } from '../i18n/locales';

/**
 * The interactive tools, in the order the site lists them. A tool appears in the navigation's
 * tools page, on the home page and on the guide steps it serves as soon as it is listed here.
 */
export interface ToolInfo {
  key: string;
  /** Readable slug in each language: `/id/alat/<id>/`, `/en/tools/<en>/`. */
  slug: Record<Locale, string>;
  /** Guide pages that link to the tool. */
  steps: readonly GuideKey[];
  /** Name and one-sentence summary in each language (from the tool's own dictionary). */
  text: Record<Locale, { name: string; summary: string }>;
}

export const tools: readonly ToolInfo[] = [];

/** Tools that serve a guide page, for the "tools for this step" box. */
export function toolsForStep(key: GuideKey): ToolInfo[] {
  return tools.filter((tool) => tool.steps.includes(key));
}
