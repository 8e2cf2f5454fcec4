import type { ToolSpec } from '../kit/spec';
import type { ToolKey } from '../tool-info';
import { LIMITS } from './limits';
import type { Goal, SmartState } from './schema';

/**
 * The SMART goal builder as the kit knows it, without the zod schema (the island imports this;
 * the page hands it the schema compiled to JSON Schema, so zod stays out of the browser).
 */
export const smartGoal: Omit<ToolSpec<SmartState, ToolKey>, 'schema'> = {
  key: 'smart-goal',
  version: 1,
  initial: initialState,
};

/** A goal with nothing filled in yet; numbers are marked as typed in `lang`. */
export function emptyGoal(id: string, lang: 'id' | 'en' = 'id'): Goal {
  return {
    id,
    specific: { what: '', scope: '' },
    measurable: { metric: '', unit: '', baseline: { text: '', lang }, target: { text: '', lang }, source: '' },
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

/** The state with one more empty goal, unless it already holds the most it may. */
export function withGoalAdded(state: SmartState, lang: 'id' | 'en'): SmartState {
  return state.goals.length >= LIMITS.goals
    ? state
    : { ...state, goals: [...state.goals, emptyGoal(nextGoalId(state.goals), lang)] };
}
