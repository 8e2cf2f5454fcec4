/**
 * The MoU checklist's logic, pure: which clauses the answers call for, in which order and groups,
 * how far the reader has got, and how the state changes. The clause library comes in as an
 * argument (from the `clauses` collection), so the same code serves the page, the island, the
 * .docx outline and the tests. No DOM, no Preact, no words shown to readers.
 *
 * Ticks and notes survive answer changes: they are stored by clause id, and changing an answer
 * never touches them. A clause the new answers leave out keeps its tick and note in the state
 * (they come back if the answer flips back); the checklist, progress and every export show only
 * the clauses currently selected.
 */
import { priorities, type Priority } from '../../content/clause-terms';
import { kinds, questionIds, questions, type QuestionId } from '../../content/mou-questions';
import type { Locale } from '../../i18n/locales';
import type { Answers, MouState, Party } from './schema';
import { limits } from './limits';

/** What the model needs of a clause; the library's entries have more (texts, legal basis). */
export interface ClauseRule {
  id: string;
  order: number;
  priority: Priority;
  when: readonly { answer: QuestionId; in: readonly string[] }[];
  /** Clauses whose article this clause's sample wording names ("Pasal tentang …"). */
  refs?: readonly string[] | undefined;
}

/** The answer to one question as a list of options (one entry for single-choice questions, none while unanswered). */
function answerValues(answers: Answers, question: QuestionId): readonly string[] {
  const value: unknown = answers[question];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/**
 * Whether one condition holds: the answer is (or, for a multiple-choice question, includes) one
 * of the listed options.
 * @example conditionHolds({ answer: 'term', in: ['open'] }, { ...answers, term: 'open' }) // => true
 */
export function conditionHolds(condition: ClauseRule['when'][number], answers: Answers): boolean {
  if (!Object.hasOwn(questions, condition.answer)) return false;
  return answerValues(answers, condition.answer).some((value) => condition.in.includes(value));
}

/**
 * Whether the answers call for a clause: always when it has no conditions, otherwise when any
 * condition holds.
 * @example isIncluded({ id: 'payment', order: 55, priority: 'conditional', when: [{ answer: 'money', in: ['yes'] }] }, answers)
 */
export function isIncluded(clause: ClauseRule, answers: Answers): boolean {
  return clause.when.length === 0 || clause.when.some((condition) => conditionHolds(condition, answers));
}

/** The library's order: by `order`, ties by id. */
export const byOrder = (a: ClauseRule, b: ClauseRule) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The clauses the answers call for, each once, in the library's `order` (ties by id). The order
 * of the answers (e.g. which kind was ticked first) makes no difference.
 * @example selectClauses(library, initialState().answers).map((c) => c.id) // => ['scope-goals', 'roles', …]
 */
export function selectClauses<C extends ClauseRule>(library: readonly C[], answers: Answers): C[] {
  const seen = new Set<string>();
  const selected: C[] = [];
  for (const clause of [...library].sort(byOrder)) {
    if (seen.has(clause.id) || !isIncluded(clause, answers)) continue;
    seen.add(clause.id);
    selected.push(clause);
  }
  return selected;
}

/**
 * The questions the reader has not answered yet, in the questionnaire's order: a single-choice
 * question without a choice, the kinds with none ticked. Every question starts so.
 * @example unansweredQuestions(initialState().answers).length // => 9
 */
export function unansweredQuestions(answers: Answers): QuestionId[] {
  return questionIds.filter((q) => answerValues(answers, q).length === 0);
}

/** A sample wording that names an article the outline does not contain. */
export interface DanglingReference {
  /** The clause whose wording names the article. */
  from: string;
  /** The clause (article) it names, which is not selected. */
  to: string;
}

/**
 * References from the selected clauses' sample wording to articles that are not in the outline:
 * the .docx numbers one article per selected clause (in `selectClauses` order), so a wording
 * that names an unselected clause would send the reader to an article that does not exist.
 * An empty list means every reference resolves.
 * @example danglingReferences(selectClauses(library, answers)) // => []
 */
export function danglingReferences(selected: readonly ClauseRule[]): DanglingReference[] {
  const ids = new Set(selected.map((c) => c.id));
  return selected.flatMap((c) => (c.refs ?? []).filter((to) => !ids.has(to)).map((to) => ({ from: c.id, to })));
}

/**
 * The article number each selected clause gets in the outline: 1, 2, … in `selectClauses` order.
 * @example articleNumbers(selectClauses(library, answers)).get('scope-goals') // => 1
 */
export function articleNumbers(selected: readonly ClauseRule[]): Map<string, number> {
  return new Map(selected.map((c, i) => [c.id, i + 1]));
}

export interface PriorityGroup<C> {
  priority: Priority;
  clauses: C[];
}

/**
 * Selected clauses grouped by priority (essential, recommended, conditional), keeping their
 * order inside each group; empty groups are left out.
 * @example groupByPriority(selectClauses(library, answers))[0].priority // => 'essential'
 */
export function groupByPriority<C extends ClauseRule>(selected: readonly C[]): PriorityGroup<C>[] {
  return priorities
    .map((priority) => ({ priority, clauses: selected.filter((c) => c.priority === priority).sort(byOrder) }))
    .filter((group) => group.clauses.length > 0);
}

/** The reader's tick and note for one clause. */
export interface Progress {
  settled: boolean;
  note: string;
}

/**
 * The reader's tick and note for a clause (untouched clauses are unticked, without a note).
 * @example progressOf(state, 'roles') // => { settled: true, note: 'Putri: produksi' }
 */
export function progressOf(state: MouState, id: string): Progress {
  const entry = state.clauses.find((c) => c.id === id);
  return entry ? { settled: entry.settled, note: entry.note } : { settled: false, note: '' };
}

/**
 * How many of the selected clauses are ticked as settled.
 * @example progress(selected, state) // => { settled: 3, total: 17 }
 */
export function progress(selected: readonly ClauseRule[], state: MouState): { settled: number; total: number } {
  return { settled: selected.filter((c) => progressOf(state, c.id).settled).length, total: selected.length };
}

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
 * Which number the reader gave for a party: a NIB (Nomor Induk Berusaha, 13 digits, for a
 * business registered through OSS) or a NIK (Nomor Induk Kependudukan, 16 digits, for a person);
 * 'unknown' for anything else, so the outline names it "NIB/NIK" and the reader checks it.
 * @example registrationKind('9120 0012 3456 7') // => 'nib'
 */
export function registrationKind(value: string): 'nib' | 'nik' | 'unknown' {
  const digits = value.replace(/[\s.-]/g, '');
  if (/^\d{13}$/.test(digits)) return 'nib';
  if (/^\d{16}$/.test(digits)) return 'nik';
  return 'unknown';
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

/**
 * Whether the .docx outline sets Indonesian and English side by side. The Indonesian text is
 * always there: an MoU with an Indonesian party must be in Indonesian (UU No. 24 Tahun 2009,
 * Pasal 31 ayat (1)). The English goes beside it with a foreign party (ayat (2): in its
 * language and/or English), for a reader on the English page (who needs to read what they sign),
 * and when the reader asked for it.
 * @example outlineIsBilingual({ ...state, answers: { ...state.answers, foreignParty: 'yes' } }, 'id') // => true
 */
export function outlineIsBilingual(state: MouState, pageLang: Locale): boolean {
  return state.answers.foreignParty === 'yes' || pageLang !== 'id' || state.englishColumn;
}

/**
 * The caption in each signature's stamp box: signed on paper, a paper stamp is affixed there;
 * signed electronically, the stamp duty is paid with an electronic stamp (e-meterai) on the
 * signed file, so the box says so instead of inviting a paper stamp.
 * @example stampCaption({ ...state.answers, signingOnline: 'yes' }) // => 'doc.eStamp'
 */
export function stampCaption(answers: Answers): 'doc.stamp' | 'doc.eStamp' {
  return answers.signingOnline === 'yes' ? 'doc.eStamp' : 'doc.stamp';
}
