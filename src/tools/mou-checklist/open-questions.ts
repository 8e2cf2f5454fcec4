/**
 * What the questions not answered yet could still add to the MoU checklist. Only the tool's own
 * page needs it (the list above the clauses, the summary, the .docx note), so it lives beside
 * model.ts, not in it: the partnership plan loads model.ts and counts only the open questions
 * (`unansweredQuestions`).
 */
import type { QuestionId } from '../../content/mou-questions';
import { byOrder, type ClauseRule, selectClauses, unansweredQuestions } from './model';
import type { Answers } from './schema';

/** An unanswered question and the clauses an answer to it could add. */
export interface OpenQuestion<C> {
  question: QuestionId;
  clauses: C[];
}

/**
 * Every unanswered question with the clauses an answer to it could still add: those with a
 * condition on it that the answers do not call for yet, in the library's order. A question that
 * adds no clause (the document's nature: it sets the outline's title) comes with none.
 * @example openQuestions(library, initialState().answers)[1] // => { question: 'money', clauses: [payment] }
 */
export function openQuestions<C extends ClauseRule>(library: readonly C[], answers: Answers): OpenQuestion<C>[] {
  const selected = new Set(selectClauses(library, answers).map((c) => c.id));
  const rest = [...library].sort(byOrder).filter((c) => !selected.has(c.id));
  return unansweredQuestions(answers).map((question) => ({
    question,
    clauses: rest.filter((c) => c.when.some((w) => w.answer === question)),
  }));
}
