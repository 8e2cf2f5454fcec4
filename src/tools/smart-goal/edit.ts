import type { Locale } from '../../i18n/locales';
import type { Cadence, GoalType } from './letters';
import type { Field } from './model';
import type { Goal, SmartState } from './schema';

/**
 * Every change the island makes, as a pure function of the state, and the ids of the form's
 * fields. Apart from model.ts (the checks, the statement, the milestones), so the form can load
 * with the page and the checks on the reader's first action (see SmartGoal.tsx).
 */

/** Partner fields live once for the whole partnership; all others once per goal. */
export const partnershipFields: readonly Field[] = ['partnerA', 'partnerB'];

/**
 * The id of a field's input in the page.
 * @example fieldId('g2', 'baseline') // => 'smart-g2-baseline'
 * @example fieldId('g2', 'partnerA') // => 'smart-partnerA'
 */
export function fieldId(goalId: string, field: Field): string {
  return partnershipFields.includes(field) ? `smart-${field}` : `smart-${goalId}-${field}`;
}

/**
 * The ids of a goal's form fields come from its position (`g1`, `g2`, …), not its id, so outside
 * data with repeated ids still gives unique ids in the page.
 * @example goalKey(0) // => 'g1'
 */
export function goalKey(index: number): string {
  return `g${index + 1}`;
}

/** Where each free-text answer lives: under the letters S, M, A and R. */
const answerSection = {
  what: 'specific',
  scope: 'specific',
  metric: 'measurable',
  unit: 'measurable',
  source: 'measurable',
  contributionA: 'achievable',
  contributionB: 'achievable',
  evidence: 'achievable',
  benefitA: 'relevant',
  benefitB: 'relevant',
} as const satisfies Partial<Record<Field, keyof Goal>>;

/** The goal's free-text answers. */
export type TextAnswer = keyof typeof answerSection;

/** What the reader wrote for one text answer. */
export function textAnswer(goal: Goal, field: TextAnswer): string {
  const section: Readonly<Record<string, unknown>> = goal[answerSection[field]];
  const value = section[field];
  return typeof value === 'string' ? value : '';
}

/** The goal with one text answer replaced, exactly as typed. */
export function withTextAnswer(goal: Goal, field: TextAnswer, value: string): Goal {
  const section = answerSection[field];
  return { ...goal, [section]: { ...goal[section], [field]: value } };
}

/** The goal with a number kept as typed, with the language it was typed in (see `NumberText`). */
export function withNumberText(goal: Goal, field: 'baseline' | 'target', text: string, lang: Locale): Goal {
  return { ...goal, measurable: { ...goal.measurable, [field]: { text, lang } } };
}

/** The goal with its type (which decides the suggested measures). */
export function withType(goal: Goal, type: GoalType): Goal {
  return { ...goal, type };
}

/** The goal with a suggested measure and its unit. */
export function withMetric(goal: Goal, metric: string, unit: string): Goal {
  return { ...goal, measurable: { ...goal.measurable, metric, unit } };
}

/** The goal with a start date or deadline (`YYYY-MM-DD` or empty). */
export function withDate(goal: Goal, field: 'start' | 'deadline', value: string): Goal {
  return { ...goal, timeBound: { ...goal.timeBound, [field]: value } };
}

/** The goal with a review rhythm. */
export function withCadence(goal: Goal, cadence: Cadence): Goal {
  return { ...goal, timeBound: { ...goal.timeBound, cadence } };
}

/** The state with one goal changed. */
export function withGoal(state: SmartState, index: number, change: (goal: Goal) => Goal): SmartState {
  return { ...state, goals: state.goals.map((goal, i) => (i === index ? change(goal) : goal)) };
}

/** The state without the goal at `index` (the last goal stays: a partnership has at least one). */
export function withoutGoal(state: SmartState, index: number): SmartState {
  return state.goals.length > 1 ? { ...state, goals: state.goals.filter((_, i) => i !== index) } : state;
}

/** The state with a partner's name, as typed. */
export function withPartner(state: SmartState, which: 'a' | 'b', name: string): SmartState {
  return { ...state, partners: { ...state.partners, [which]: name } };
}
