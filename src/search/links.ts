import type { Locale } from '../i18n/locales';
import { localizedPath, withBase } from '../i18n/paths';

/** Pages offered when a query finds nothing, by the name of their dictionary key in ./i18n.ts. */
export interface BrowseLinks {
  guide: string;
  tools: string;
  glossary: string;
}

/**
 * Where the "no results" panel sends a reader, in the page's language (site paths with base):
 * the guide's overview, the tools page and the glossary. Resolved on the server
 * and handed to the window as `data-*` attributes of the header's search button, so the window
 * needs none of the path helpers.
 * @example browseLinks('en', '/') // => { guide: '/en/guide/', tools: '/en/tools/', glossary: '/en/glossary/' }
 */
export function browseLinks(lang: Locale, base?: string): BrowseLinks {
  return {
    guide: withBase(localizedPath(lang, 'guide'), base),
    tools: withBase(localizedPath(lang, 'tools'), base),
    glossary: withBase(localizedPath(lang, 'glossary'), base),
  };
}
