import * as z from 'zod/mini';
import { defaultAnswers, ipOptions, kinds, termOptions, yesNo } from './questions';

/**
 * The checklist's state: the questionnaire's answers, the parties and date at the top, and a tick
 * and a note per clause id. It travels through localStorage, share links and JSON files, so every
 * string and collection is bounded (a link or file may be hostile).
 */

/** Limits, shared with the island's inputs (`maxLength`). */
export const limits = {
  party: 120,
  note: 1000,
  /** Clause entries kept in state; the library has far fewer clauses. */
  clauses: 80,
} as const;

export const clauseIdPattern = /^[a-z][a-z0-9-]{1,39}$/;

const text = (max: number) => z.string().check(z.maxLength(max));

export const answersSchema = z.object({
  kinds: z.array(z.enum(kinds)).check(
    z.maxLength(kinds.length),
    z.refine((list) => new Set(list).size === list.length, 'Each kind at most once.'),
  ),
  money: z.enum(yesNo),
  customerData: z.enum(yesNo),
  ip: z.enum(ipOptions),
  foreignParty: z.enum(yesNo),
  exclusivity: z.enum(yesNo),
  signingOnline: z.enum(yesNo),
  term: z.enum(termOptions),
});
export type Answers = z.infer<typeof answersSchema>;

/** What the reader recorded about one clause. */
export const clauseProgressSchema = z.object({
  settled: z.boolean(),
  note: text(limits.note),
});
export type ClauseProgress = z.infer<typeof clauseProgressSchema>;

export const stateSchema = z.object({
  parties: z.object({ first: text(limits.party), second: text(limits.party) }),
  /** The MoU's date, `YYYY-MM-DD`, or empty while unknown. */
  date: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  answers: answersSchema,
  /**
   * Add the English text beside the Indonesian in the .docx outline even without a foreign
   * party (with a foreign party the outline is always bilingual).
   */
  englishColumn: z.boolean(),
  /**
   * Ticks and notes by clause id. Entries of clauses the current answers leave out are kept, so
   * they come back when an answer flips back (see `model.ts`).
   */
  clauses: z.record(z.string().check(z.regex(clauseIdPattern)), clauseProgressSchema).check(
    z.refine((record) => Object.keys(record).length <= limits.clauses, 'Too many clause entries.'),
  ),
});
export type MouState = z.infer<typeof stateSchema>;

/** A fresh checklist: default answers, nothing ticked, no notes. */
export function initialState(): MouState {
  return {
    parties: { first: '', second: '' },
    date: '',
    answers: { ...defaultAnswers, kinds: [...defaultAnswers.kinds] },
    englishColumn: false,
    clauses: {},
  };
}
