import type { ToolSpec } from '../kit/spec';
import type { ToolKey } from '../tool-info';
import { noAnswers } from '../../content/mou-questions';
import type { MouState, Party } from './schema';

/**
 * The checklist as the kit sees it, without the schema (the page hands the island the schema as
 * JSON Schema, so zod stays out of the browser).
 */

/** A party nobody has filled in yet. */
export const emptyParty = (): Party => ({ name: '', address: '', registration: '', signer: '', capacity: '' });

/** A fresh checklist: no question answered (`noAnswers`), nothing ticked, no notes. */
export function initialState(): MouState {
  return {
    parties: { first: emptyParty(), second: emptyParty() },
    date: '',
    answers: { ...noAnswers, kinds: [] },
    otherKind: '',
    englishColumn: false,
    clauses: [],
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Upgrades saved work, a share link or a file of an earlier version, keeping every answer, name,
 * tick and note. Version 1 held each party as its name only; version 2 holds the party block
 * (address, NIB or NIK, signer and position). Version 3 adds the `binding` question (unanswered)
 * and the words for an "other" kind (empty); the answers of versions 1 and 2 stay as they were.
 * Anything it does not recognise passes through unchanged, and the schema check refuses it.
 * @example migrate({ ...v1, parties: { first: 'Toko Lilin', second: '' } }, 1).parties.first.name // => 'Toko Lilin'
 */
export function migrate(state: unknown, fromVersion: number): unknown {
  if (fromVersion > 2 || !isRecord(state) || !isRecord(state.parties) || !isRecord(state.answers)) return state;
  const party = (name: unknown) => (typeof name === 'string' ? { ...emptyParty(), name } : name);
  const parties =
    fromVersion === 1 ? { first: party(state.parties.first), second: party(state.parties.second) } : state.parties;
  return { otherKind: '', ...state, parties, answers: { binding: null, ...state.answers } };
}

export const mouChecklist: Omit<ToolSpec<MouState, ToolKey>, 'schema'> = {
  key: 'mou-checklist',
  version: 3,
  initial: initialState,
  migrate,
};
