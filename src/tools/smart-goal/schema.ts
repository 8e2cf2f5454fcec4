import * as z from 'zod/mini';
import { locales } from '../../i18n/locales';
import { cadences, goalTypes } from './letters';
import { MAX_NUMBER_TEXT } from './numbers';

/**
 * The SMART goal builder's state: one partnership (two partners) with one or more goals.
 * Everything is kept exactly as the reader typed it (numbers too: the model reads them, the state
 * never holds a silently parsed number). Every string and array is bounded, because a share link
 * or an imported file may be hostile.
 */

/** Lengths: names and short answers, then sentences. */
export const LIMITS = { name: 80, short: 160, unit: 40, long: 600, goals: 8 } as const;

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * A number as typed, with the language of the page it was typed on: "1.500" is 1500 on the
 * Indonesian page and 1.5 on the English one, so the text alone does not say which it is.
 */
export const numberTextSchema = z.object({
  text: text(MAX_NUMBER_TEXT),
  lang: z.enum(locales),
});

/** A calendar date from `<input type="date">` (`YYYY-MM-DD`) or empty. The model checks it is real. */
const dateText = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));

export const goalSchema = z.object({
  /** Stable within the partnership; names the goal's form fields and calendar events. */
  id: z.string().check(z.regex(/^[a-z0-9]{1,12}$/)),
  type: z.optional(z.enum(goalTypes)),
  specific: z.object({
    /** What will be achieved. */
    what: text(LIMITS.long),
    /** For which product, channel or audience. */
    scope: text(LIMITS.short),
  }),
  measurable: z.object({
    metric: text(LIMITS.short),
    unit: text(LIMITS.unit),
    baseline: numberTextSchema,
    target: numberTextSchema,
    source: text(LIMITS.short),
  }),
  achievable: z.object({
    contributionA: text(LIMITS.long),
    contributionB: text(LIMITS.long),
    evidence: text(LIMITS.long),
  }),
  relevant: z.object({
    benefitA: text(LIMITS.long),
    benefitB: text(LIMITS.long),
  }),
  timeBound: z.object({
    start: dateText,
    deadline: dateText,
    cadence: z.enum(cadences),
  }),
});

export const smartStateSchema = z.object({
  /** The two partners; every goal of the partnership names them. */
  partners: z.object({ a: text(LIMITS.name), b: text(LIMITS.name) }),
  goals: z.array(goalSchema).check(
    z.minLength(1),
    z.maxLength(LIMITS.goals),
    z.refine((goals) => new Set(goals.map((g) => g.id)).size === goals.length, 'goal ids must be unique'),
  ),
});

export type NumberText = z.infer<typeof numberTextSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type SmartState = z.infer<typeof smartStateSchema>;

/** A goal with nothing filled in yet. */
export function emptyGoal(id: string): Goal {
  return {
    id,
    specific: { what: '', scope: '' },
    measurable: { metric: '', unit: '', baseline: { text: '', lang: 'id' }, target: { text: '', lang: 'id' }, source: '' },
    achievable: { contributionA: '', contributionB: '', evidence: '' },
    relevant: { benefitA: '', benefitB: '' },
    timeBound: { start: '', deadline: '', cadence: 'monthly' },
  };
}

/** A fresh state: two unnamed partners and one empty goal. */
export function initialState(): SmartState {
  return { partners: { a: '', b: '' }, goals: [emptyGoal('g1')] };
}

/**
 * The smallest `g<n>` id no goal of the list uses yet (short, and always valid for the schema).
 * @example nextGoalId([{ id: 'g1' }, { id: 'g3' }]) // => 'g2'
 */
export function nextGoalId(goals: readonly { id: string }[]): string {
  const used = new Set(goals.map((g) => g.id));
  let n = 1;
  while (used.has(`g${n}`)) n += 1;
  return `g${n}`;
}
