import type { Locale } from '../i18n/locales';
import type { QuestionId } from '../content/mou-questions';
import { findByKey, guideHref, stepsOf, type GuideEntry } from '../lib/guide';

/** One step of the seven-step checklist: its number, name, page and actions. */
export interface ChecklistStep {
  step: number;
  title: string;
  href: string;
  actions: readonly string[];
}

/**
 * The seven-step checklist in one language, read from the step pages' `actions`: editing a
 * step's actions changes its page and the printed sheet alike.
 */
export function sevenStepChecklist(entries: readonly GuideEntry[], lang: Locale): ChecklistStep[] {
  return stepsOf(entries, lang).map((e) => ({
    step: e.data.step!,
    title: e.data.navTitle,
    href: guideHref(e),
    actions: e.data.actions,
  }));
}

/** What a review meeting goes through: the actions of step 7 ("review regularly"). */
export function reviewPoints(entries: readonly GuideEntry[], lang: Locale): ChecklistStep {
  const entry = findByKey(entries, 'evaluation', lang);
  if (!entry?.data.step) throw new Error(`The guide has no "evaluation" step in ${lang}.`);
  return { step: entry.data.step, title: entry.data.navTitle, href: guideHref(entry), actions: entry.data.actions };
}

/**
 * Where the MoU checklist's dictionary keeps the words for a question's options:
 * `kind.affiliate`, `answer.yes`, `ip.use`, `term.open`, `binding.intent`. Typed by question, so a new question
 * in the questionnaire fails the type check here until its options have words.
 */
const optionPrefix: Record<QuestionId, string> = {
  kinds: 'kind',
  money: 'answer',
  customerData: 'answer',
  ip: 'ip',
  foreignParty: 'answer',
  exclusivity: 'answer',
  signingOnline: 'answer',
  term: 'term',
  binding: 'binding',
};

/** The MoU checklist's dictionary key for an option of a question.
 *  @example optionWordKey('kinds', 'affiliate') // => 'kind.affiliate' */
export function optionWordKey(question: QuestionId, option: string): string {
  return `${optionPrefix[question]}.${option}`;
}

/**
 * When a conditional clause applies, in the MoU checklist's own words: its questions and the
 * answers that call for the clause. One string per condition.
 * @example whenLabels([{ answer: 'money', in: ['yes'] }], words) // => ['Will money change hands, …? Yes']
 */
export function whenLabels(
  conditions: readonly { answer: QuestionId; in: readonly string[] }[],
  words: Readonly<Record<string, string>>,
): string[] {
  return conditions.map((c) => {
    const question = words[`q.${c.answer}`] ?? c.answer;
    const answers = c.in.map((option) => words[optionWordKey(c.answer, option)] ?? option).join(' / ');
    return question.endsWith('?') ? `${question} ${answers}` : `${question}: ${answers}`;
  });
}
