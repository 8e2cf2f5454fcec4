/**
 * The MoU checklist's logic, pure: which clauses the answers call for, in which order and groups,
 * which questions are still open and how far the reader has got. The clause library comes in as
 * an argument (from the `clauses` collection), so the same code serves the page, the island, the
 * .docx outline, the partnership plan and the tests. No DOM, no Preact, no words shown to readers.
 * How the state changes is in edit.ts, what the written document shows in document.ts: the plan
 * page loads this file at once, and only this one (its script budget, scripts/lib/page-weight.ts).
 *
 * Ticks and notes survive answer changes: they are stored by clause id, and changing an answer
 * never touches them. A clause the new answers leave out keeps its tick and note in the state
 * (they come back if the answer flips back); the checklist, progress and every export show only
 * the clauses currently selected.
 */
import { priorities, type Priority } from '../../content/clause-terms';
import { questionIds, questions, type QuestionId } from '../../content/mou-questions';
import type { Answers, MouState } from './schema';

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
