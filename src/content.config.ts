import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidePageSchema } from './content/schema';

/**
 * The guide: one MDX file per page and language, `src/content/guide/<lang>/<slug>.mdx`.
 * The entry id is `<lang>/<slug>`; `key` in the frontmatter links a page to its translation.
 */
const guide = defineCollection({
  loader: glob({ pattern: '{id,en}/*.mdx', base: './src/content/guide' }),
  schema: guidePageSchema,
});

export const collections = { guide };
