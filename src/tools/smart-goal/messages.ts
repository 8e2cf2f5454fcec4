import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { parseIsoDate } from './dates';
import type { IslandStrings } from './i18n';
import { fieldId, goalKey, partnershipFields } from './edit';
import { letterKeys } from './letters';
import type { Field, GoalCheck, Issue } from './model';
import type { Goal, SmartState } from './schema';

/**
 * From the model's codes to the reader's words. Pure: the words come in as `t` (the island's
 * strings of one language), so the island, the Markdown summary and the tests share one mapping.
 */

/** A key of the island's dictionary that words an issue. */
export type IssueKey = Extract<keyof IslandStrings, `issue.${string}`>;

/**
 * The dictionary key of an issue: some codes have a variant per field or per reason. Typed, so
 * an issue the model can return without words in the dictionary is a type error.
 * @example issueKey({ code: 'number-missing', field: 'target' }) // => 'issue.number-missing.target'
 */
export function issueKey(issue: Issue): IssueKey {
  // One case per code (not one shared case), so each returned key's type is exact.
  switch (issue.code) {
    case 'partner-missing':
      return `issue.${issue.code}.${issue.field}`;
    case 'number-missing':
      return `issue.${issue.code}.${issue.field}`;
    case 'date-missing':
      return `issue.${issue.code}.${issue.field}`;
    case 'number-unreadable':
      return `issue.${issue.code}.${issue.reason}`;
    default:
      return `issue.${issue.code}`;
  }
}

type FieldNameKey = 'field.baselineShort' | 'field.targetShort' | 'field.start' | 'field.deadline';

/** A field's short name inside a message ("Titik awal: …"). */
const fieldName: Partial<Record<Field, FieldNameKey>> = {
  baseline: 'field.baselineShort',
  target: 'field.targetShort',
  start: 'field.start',
  deadline: 'field.deadline',
};

/** The strings this module reads. */
export type MessageStrings = Pick<IslandStrings, IssueKey | FieldNameKey | 'partners.aFallback' | 'partners.bFallback'>;

/** A partner's name, or "the first partner" while it is empty. */
export function partnerName(partners: SmartState['partners'], which: 'a' | 'b', t: MessageStrings): string {
  const name = partners[which].replace(/\s+/g, ' ').trim();
  return name || t[which === 'a' ? 'partners.aFallback' : 'partners.bFallback'];
}

/** The words for one issue of one goal. */
export function issueMessage(
  issue: Issue,
  partners: SmartState['partners'],
  goal: Goal,
  lang: Locale,
  t: MessageStrings,
): string {
  const raw =
    issue.field === 'baseline'
      ? goal.measurable.baseline.text
      : issue.field === 'target'
        ? goal.measurable.target.text
        : '';
  const deadline = parseIsoDate(goal.timeBound.deadline);
  const which = issue.field.endsWith('B') ? 'b' : 'a';
  const name = fieldName[issue.field];
  return format(t[issueKey(issue)], {
    field: name === undefined ? '' : t[name],
    text: raw.trim(),
    name: partnerName(partners, which, t),
    date: deadline ? formatDate(deadline, lang) : '',
  });
}

/** A problem a check found, as the error summary (`FieldError`) and its field show it. */
export interface FieldProblem {
  /** The id of the field's input. */
  field: string;
  /** The message, the same in the summary and at the field. */
  message: string;
  /**
   * Where the summary lists it: `partners` (the two names, above every goal), or the goal's
   * position and its letter (`0:measurable`), so a long list comes letter by letter.
   */
  group: string;
}

/**
 * Every field with a problem after a check, in the order of the form; one message per field
 * (its first problem), so the summary and the field never disagree.
 */
export function checkProblems(
  state: SmartState,
  results: readonly GoalCheck[],
  lang: Locale,
  t: MessageStrings,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  state.goals.forEach((goal, index) => {
    const result = results[index];
    for (const letter of result ? letterKeys : [])
      for (const issue of result!.letters[letter].issues) {
        const field = fieldId(goalKey(index), issue.field);
        if (out.some((p) => p.field === field)) continue;
        out.push({
          field,
          message: issueMessage(issue, state.partners, goal, lang, t),
          group: partnershipFields.includes(issue.field) ? 'partners' : `${index}:${letter}`,
        });
      }
  });
  return out;
}

/** What the live region says after each change: how many letters each goal meets. */
export function checkAnnouncement(results: readonly GoalCheck[], t: Pick<IslandStrings, 'check.announce'>): string {
  return results
    .map((r, i) =>
      format(t['check.announce'], {
        goal: i + 1,
        n: Object.values(r.letters).filter((l) => l.status === 'met').length,
      }),
    )
    .join(' ');
}
