/**
 * How the MoU checklist's state changes, pure: each function takes the state and returns the next
 * one, cut to the schema's limits, so no change can produce a state the schema refuses. No DOM,
 * no Preact, no words shown to readers.
 *
 * Ticks and notes survive answer changes: they are stored by clause id, and changing an answer
 * never touches them (see model.ts).
 */
import { kinds, type QuestionId } from '../../content/mou-questions';
import { limits } from './limits';
import { type Progress, progressOf } from './model';
import type { Answers, MouState, Party } from './schema';

/**
 * Answers with the kinds in the questionnaire's order and each at most once, so equal answers
 * look equal (in a share link, a saved file, a test).
 * @example normaliseAnswers({ ...answers, kinds: ['supply', 'affiliate', 'supply'] }).kinds // => ['affiliate', 'supply']
 */
export function normaliseAnswers(answers: Answers): Answers {
  return { ...answers, kinds: kinds.filter((k) => answers.kinds.includes(k)) };
}

/**
 * Sets one answer. Ticks and notes are left exactly as they are (see the file comment).
 * @example withAnswer(state, 'foreignParty', 'yes').answers.foreignParty // => 'yes'
 */
export function withAnswer<Q extends QuestionId>(state: MouState, question: Q, value: Answers[Q]): MouState {
  return { ...state, answers: normaliseAnswers({ ...state.answers, [question]: value }) };
}

/**
 * Ticks a kind of collaboration on or off.
 * @example withKind(state, 'supply', true).answers.kinds // => ['supply']
 */
export function withKind(state: MouState, kind: Answers['kinds'][number], on: boolean): MouState {
  const rest = state.answers.kinds.filter((k) => k !== kind);
  return withAnswer(state, 'kinds', on ? [...rest, kind] : rest);
}

/**
 * Sets the reader's words for the "other" kind of collaboration, cut to the schema's limit.
 * @example withOtherKind(state, 'sewa lapak bersama').otherKind // => 'sewa lapak bersama'
 */
export function withOtherKind(state: MouState, text: string): MouState {
  return { ...state, otherKind: text.slice(0, limits.otherKind) };
}

function withProgress(state: MouState, id: string, change: Partial<Progress>): MouState {
  const next = { ...progressOf(state, id), ...change };
  // One entry per clause, in the order the reader first touched them; an entry that carries
  // nothing (unticked, no note) is dropped to keep links and files short.
  const at = state.clauses.findIndex((c) => c.id === id);
  const others = state.clauses.filter((c) => c.id !== id);
  const keep = next.settled || next.note !== '';
  if (keep && at < 0 && others.length >= limits.clauses) return state; // the schema's bound: refuse, never produce invalid state
  const position = at < 0 ? others.length : at;
  const clauses = keep ? [...others.slice(0, position), { id, ...next }, ...others.slice(position)] : others;
  return { ...state, clauses };
}

/**
 * Ticks a clause as settled, or unticks it.
 * @example withSettled(state, 'roles', true).clauses // => [{ id: 'roles', settled: true, note: '' }]
 */
export function withSettled(state: MouState, id: string, settled: boolean): MouState {
  return withProgress(state, id, { settled });
}

/**
 * Sets the note of a clause, cut to the schema's limit.
 * @example progressOf(withNote(state, 'roles', 'Bima: packaging'), 'roles').note // => 'Bima: packaging'
 */
export function withNote(state: MouState, id: string, note: string): MouState {
  return withProgress(state, id, { note: note.slice(0, limits.note) });
}

const partyLimits: Record<keyof Party, number> = {
  name: limits.party,
  address: limits.address,
  registration: limits.registration,
  signer: limits.party,
  capacity: limits.capacity,
};

/**
 * Sets one field of a party's block, cut to the schema's limit.
 * @example withParty(state, 'first', 'name', 'Toko Lilin Putri').parties.first.name // => 'Toko Lilin Putri'
 */
export function withParty(state: MouState, party: 'first' | 'second', field: keyof Party, value: string): MouState {
  const next = { ...state.parties[party], [field]: value.slice(0, partyLimits[field]) };
  return { ...state, parties: { ...state.parties, [party]: next } };
}

/**
 * Sets the signing date (`YYYY-MM-DD`, or empty); anything else leaves the state as it is.
 * @example withDate(state, '2027-03-31').date // => '2027-03-31'
 */
export function withDate(state: MouState, date: string): MouState {
  return /^(\d{4}-\d{2}-\d{2})?$/.test(date) ? { ...state, date } : state;
}

/** Asks for the English column in the .docx outline, or not. */
export function withEnglishColumn(state: MouState, englishColumn: boolean): MouState {
  return { ...state, englishColumn };
}

/**
 * Which clauses a change of answers brings into the list and which it takes out, in list order.
 * @example selectionChange([a, b], [b, c]) // => { added: [c], removed: [a] }
 */
export function selectionChange<C extends { id: string }>(
  before: readonly C[],
  after: readonly C[],
): { added: C[]; removed: C[] } {
  return {
    added: after.filter((c) => !before.some((b) => b.id === c.id)),
    removed: before.filter((c) => !after.some((a) => a.id === c.id)),
  };
}
