import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { clauseSchema } from './content/clauses-schema';
import { guidePageSchema } from './content/schema';

/**
 * The guide: one MDX file per page and language, `src/content/guide/<lang>/<slug>.mdx`.
 * The entry id is `<lang>/<slug>`; `key` in the frontmatter links a page to its translation.
 */
const guide = defineCollection({
  loader: glob({ pattern: '{id,en}/*.mdx', base: './src/content/guide' }),
  schema: guidePageSchema,
});

/**
 * The MoU clause library: one YAML list, one entry per clause, both languages in each entry.
 * The MoU checklist tool and its print sheet read it; see src/content/clauses/README.md.
 */
const clauses = defineCollection({
  loader: file('src/content/clauses/clauses.yaml'),
  schema: clauseSchema,
});

export const collections = { guide, clauses };
