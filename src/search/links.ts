import type { Locale } from '../i18n/locales';
import { localizedPath, withBase } from '../i18n/paths';

/**
 * The glossary's address in each language (without base), or undefined while the site has none.
 *
 * THE ONE PLACE TO WIRE THE GLOSSARY into search: when its pages exist (`/id/istilah/` and
 * `/en/glossary/`, issue 13), set this to their paths, for example
 * `{ id: localizedPath('id', 'glossary'), en: localizedPath('en', 'glossary') }` once
 * `sections.glossary` exists. tests/built/search.test.ts fails while the built site has a
 * glossary page that the search window does not link, and checks that every link leads to a page.
 */
export const glossaryPath: Record<Locale, string> | undefined = undefined;

/** Pages offered when a query finds nothing, by the name of their dictionary key in ./i18n.ts. */
export interface BrowseLinks {
  guide: string;
  tools: string;
  glossary?: string | undefined;
}

/**
 * Where the "no results" panel sends a reader, in the page's language (site paths with base):
 * the guide's overview, the tools page and, once it exists, the glossary. Resolved on the server
 * and handed to the window as `data-*` attributes of the header's search button, so the window
 * needs none of the path helpers.
 * @example browseLinks('en', '/') // => { guide: '/en/guide/', tools: '/en/tools/', glossary: undefined }
 */
export function browseLinks(lang: Locale, base?: string): BrowseLinks {
  return {
    guide: withBase(localizedPath(lang, 'guide'), base),
    tools: withBase(localizedPath(lang, 'tools'), base),
    glossary: glossaryPath && withBase(glossaryPath[lang], base),
  };
}
