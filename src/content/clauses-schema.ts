import { z } from 'astro/zod';
import { guideKeys } from './schema';
import { clauseIdPattern, priorities } from './clause-terms';
import { isOption, questionIds, questions, type QuestionId } from './mou-questions';

/**
 * The MoU clause library's contract (`src/content/clauses/clauses.yaml`, one list entry per
 * clause). Adding a clause is adding an entry: the checklist, the print sheet and the .docx
 * outline pick it up. Tests import this file directly (no `astro:content` needed).
 */

export { priorities, type Priority } from './clause-terms';

/** What a reader sees of one clause, in one language. */
const clauseTextSchema = z
  .object({
    /** Short heading; also the article's title in the .docx outline ("Pasal 3: …"). */
    title: z.string().min(3).max(80),
    /** Why the clause matters, in one or two sentences. */
    why: z.string().min(40).max(600),
    /** What the partners must settle before the clause can be written. */
    questions: z.array(z.string().min(10).max(240)).min(2).max(8),
    /** Sample wording; `[…]` marks what the partners fill in. */
    wording: z.string().min(40).max(1200),
  })
  .strict();

const bilingual = <T extends z.ZodType>(schema: T) => z.object({ id: schema, en: schema }).strict();

/** A statute (or code article) behind a clause, with a one-line note on what it means here. */
const legalBasisSchema = z
  .object({
    cite: bilingual(z.string().min(5).max(160)),
    note: bilingual(z.string().min(20).max(400)),
  })
  .strict();

/** One condition: the answer to `answer` is (or, for a multiple-choice question, includes) one of `in`. */
const conditionSchema = z
  .object({
    answer: z.enum(questionIds as [QuestionId, ...QuestionId[]]),
    in: z.array(z.string()).min(1),
  })
  .strict()
  .superRefine((condition, ctx) => {
    for (const value of condition.in) {
      if (!isOption(condition.answer, value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['in'],
          message: `"${value}" is not an answer to "${condition.answer}" (options: ${questions[condition.answer].options.join(', ')}).`,
        });
      }
    }
  });

export const clauseSchema = z
  .object({
    /** Stable id: lower-case words joined by `-`; ticks and notes are stored under it. */
    id: z.string().regex(clauseIdPattern),
    /**
     * Position in the MoU outline (the .docx articles follow it) and within each priority group
     * of the checklist. Unique; leave gaps (10, 20, …) so a clause can slot in between.
     */
    order: z.number().int().min(1).max(9999),
    priority: z.enum(priorities),
    /**
     * The day this clause's legal basis was last checked against its sources (README.md beside
     * the library). The MoU tool page and its print sheet show the oldest date of the library.
     */
    checked: z.coerce.date(),
    /**
     * Clauses whose article this clause's sample wording refers to ("Pasal tentang …" / "the
     * article on …"). Each must be selected whenever this clause is (tests check it), so the
     * outline never points to an article it does not contain.
     */
    refs: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{1,39}$/))
      .max(4)
      .default([]),
    text: bilingual(clauseTextSchema),
    legal: z.array(legalBasisSchema).max(4).default([]),
    /** Guide pages that explain the ground this clause covers. */
    guide: z.array(z.enum(guideKeys)).max(3).default([]),
    /**
     * When the clause is included: if ANY condition holds. No conditions: always included.
     * Essential clauses (the guide's eight) are always included; conditional ones need a condition.
     */
    when: z.array(conditionSchema).max(8).default([]),
  })
  .strict()
  .superRefine((clause, ctx) => {
    if (clause.priority === 'essential' && clause.when.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['when'],
        message: 'An essential clause is always included: remove `when`.',
      });
    }
    if (clause.priority === 'conditional' && clause.when.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['when'],
        message: 'A conditional clause needs at least one condition in `when`.',
      });
    }
  });

export type Clause = z.infer<typeof clauseSchema>;
export type ClauseCondition = Clause['when'][number];
export type ClauseText = Clause['text']['id'];
export type LegalBasis = Clause['legal'][number];

/**
 * Problems of the library as a whole, which one entry's schema cannot see: ids and orders
 * must be unique. Returns readable messages (empty when the library is sound).
 * @example libraryProblems([{ id: 'a', order: 1 }, { id: 'a', order: 2 }]) // => ['Clause id "a" is used twice.']
 */
export function libraryProblems(
  clauses: readonly (Pick<Clause, 'id' | 'order'> & Partial<Pick<Clause, 'refs'>>)[],
): string[] {
  const problems: string[] = [];
  const seen = { id: new Set<string>(), order: new Set<number>() };
  for (const clause of clauses) {
    if (seen.id.has(clause.id)) problems.push(`Clause id "${clause.id}" is used twice.`);
    if (seen.order.has(clause.order)) problems.push(`Clause order ${clause.order} is used twice ("${clause.id}").`);
    seen.id.add(clause.id);
    seen.order.add(clause.order);
  }
  for (const clause of clauses)
    for (const ref of clause.refs ?? [])
      if (!seen.id.has(ref)) problems.push(`Clause "${clause.id}" refers to "${ref}", which is not in the library.`);
  return problems;
}

/**
 * When the library's legal basis was last checked: the oldest `checked` date of its clauses
 * (a page that shows one date must not claim more than the least recent check).
 * @example legalCheckedOn([{ checked: new Date('2026-11-29') }, { checked: new Date('2026-10-01') }]) // => 2026-10-01
 */
export function legalCheckedOn(clauses: readonly Pick<Clause, 'checked'>[]): Date {
  if (clauses.length === 0) throw new Error('The clause library is empty.');
  return new Date(Math.min(...clauses.map((c) => c.checked.getTime())));
}
