/**
 * How search ranks pages: the `ranking` option the window hands to Pagefind 1.6
 * (`createInstance`), and the metadata fields Base.astro files a page's everyday search words
 * under. The tests that check which page a word finds first ask Pagefind with these same
 * settings (tests/e2e/search-words.spec.ts).
 *
 * Pagefind (1.5 and later) searches every metadata field and adds, for a field that matches,
 * its weight times how rare the matched words are (times the share of the query they cover,
 * squared). A page's search words are metadata, so they rank it without ever appearing in its
 * text, excerpts or sections. Guide pages' words weigh a little more than a tool's, so a word
 * both list ("contract", "influencer") finds the guide step first and its tool next; both come
 * before a page that only mentions the word, such as the glossary.
 */
export const keywordField = { guide: 'keywords', tool: 'tool_keywords', other: 'keywords' } as const;

export const ranking = {
  metaWeights: {
    /** Pagefind's default. */
    title: 5,
    keywords: 6,
    tool_keywords: 5,
    /** The page's description is searched like body text; it is shown when nothing else is. */
    description: 1,
  },
};
