import type { Locale } from '../i18n/locales';
import { localizedPath, withBase } from '../i18n/paths';
import { tools } from '../tools/registry';

/** Where the search window sends a reader, by the name of their dictionary key in ./i18n.ts. */
export interface BrowseLinks {
  guide: string;
  tools: string;
  glossary: string;
  /** The tools, each as `[name, href]`, as JSON: offered in the empty window. */
  toolLinks: string;
}

/**
 * Where the search window sends a reader, in the page's language (site paths with base): the
 * guide's overview, the tools page and the glossary when a query finds nothing, and each tool
 * (by its name) while the box is empty. Resolved on the server and handed to the window as
 * `data-*` attributes of the header's search button, so the window needs none of the path
 * helpers and no tool's words.
 * @example browseLinks('en', '/').glossary // => '/en/glossary/'
 * @example JSON.parse(browseLinks('en', '/').toolLinks)[0] // => ['Partner fit scorer', '/en/tools/partner-fit/']
 */
export function browseLinks(lang: Locale, base?: string): BrowseLinks {
  return {
    guide: withBase(localizedPath(lang, 'guide'), base),
    tools: withBase(localizedPath(lang, 'tools'), base),
    glossary: withBase(localizedPath(lang, 'glossary'), base),
    toolLinks: JSON.stringify(
      tools.map((tool) => [tool.text[lang].name, withBase(localizedPath(lang, 'tools', tool.slug[lang]), base)]),
    ),
  };
}
