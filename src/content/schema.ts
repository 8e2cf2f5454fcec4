import { z } from 'astro/zod';

/**
 * Translation keys of the guide. A page in `id` and a page in `en` with the same key are
 * translations of each other; the parity test fails when a key exists in only one language.
 */
export const guideKeys = [
  'why',
  'goals',
  'partner',
  'communication',
  'roles',
  'agreement',
  'technology',
  'evaluation',
  'conclusion',
  'about',
] as const;
export type GuideKey = (typeof guideKeys)[number];

/** Where a page sits in the site: `overview` is the guide's index, `about` lives at the top level. */
export const guideKinds = ['overview', 'step', 'conclusion', 'about'] as const;
export type GuideKind = (typeof guideKinds)[number];

const reasonSchema = z.object({
  title: z.string().min(3),
  body: z.string().min(20),
});

/**
 * Frontmatter of one guide page (`src/content/guide/{id,en}/<slug>.mdx`).
 * The file name is the page's slug in its own language.
 */
export const guidePageSchema = z
  .object({
    /** Shown as the page's <h1> and, with the site name, in <title>. */
    title: z.string().min(3).max(70),
    /** The meta description search engines show: a real sentence, at most 160 characters. */
    description: z.string().min(50).max(160),
    /** Short label for navigation and lists (the step list, previous/next links). */
    navTitle: z.string().min(3).max(48),
    /** One-sentence summary, used for the "seven steps at a glance" lists. */
    summary: z.string().min(20).max(200),
    key: z.enum(guideKeys),
    kind: z.enum(guideKinds),
    /** 1..7 for step pages, absent elsewhere. */
    step: z.number().int().min(1).max(7).optional(),
    /** Concrete actions that end a step page; printable checklists reuse them. */
    actions: z.array(z.string().min(10).max(200)).default([]),
    /** The five reasons to partner (only on the overview page; the home page shows them too). */
    reasons: z.array(reasonSchema).default([]),
    /**
     * Everyday words a reader might search for that the page answers but may not use itself
     * ("kontrak", "PKS", "influencer"). Not shown; the search index weighs them like a title.
     */
    keywords: z.array(z.string().min(2).max(40)).max(24).default([]),
    updated: z.coerce.date(),
  })
  .strict()
  .superRefine((page, ctx) => {
    if (page.kind === 'step') {
      if (page.step === undefined)
        ctx.addIssue({ code: 'custom', message: 'A step page needs `step`.', path: ['step'] });
      if (page.actions.length < 3)
        ctx.addIssue({ code: 'custom', message: 'A step page ends with at least three actions.', path: ['actions'] });
    } else if (page.step !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'Only step pages have `step`.', path: ['step'] });
    }
    if (page.kind === 'overview' && page.reasons.length !== 5) {
      ctx.addIssue({ code: 'custom', message: 'The overview lists the five reasons to partner.', path: ['reasons'] });
    }
  });

export type GuidePage = z.infer<typeof guidePageSchema>;
