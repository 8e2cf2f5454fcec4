import type { ToolSpec } from '../kit/spec';
import type { ToolKey } from '../tool-info';
import { defaultAnswers } from '../../content/mou-questions';
import type { MouState } from './schema';

/**
 * The checklist as the kit sees it, without the schema (the page hands the island the schema as
 * JSON Schema, so zod stays out of the browser).
 */

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

export const mouChecklist: Omit<ToolSpec<MouState, ToolKey>, 'schema'> = {
  key: 'mou-checklist',
  version: 1,
  initial: initialState,
};
