import type { ToolSpec } from '../kit/spec';
import { defaultAnswers } from './questions';
import type { MouState } from './schema';

/**
 * The checklist as the kit sees it, without the schema (the page hands the island the schema as
 * JSON Schema, so zod stays out of the browser). Also the limits the schema and the island share.
 */

/** Bounds of the state: a share link or an imported file may be hostile. */
export const limits = {
  party: 120,
  note: 800,
  /** Clause entries kept in state (the library has 28 clauses; room to grow). */
  clauses: 40,
} as const;

/** Clause ids, as in the clause library's schema. */
export const clauseIdPattern = /^[a-z][a-z0-9-]{1,39}$/;

/** A fresh checklist: default answers, nothing ticked, no notes. */
export function initialState(): MouState {
  return {
    parties: { first: '', second: '' },
    date: '',
    answers: { ...defaultAnswers, kinds: [...defaultAnswers.kinds] },
    englishColumn: false,
    clauses: [],
  };
}

export const mouChecklist: Omit<ToolSpec<MouState>, 'schema'> = {
  key: 'mou-checklist',
  version: 1,
  initial: initialState,
};
