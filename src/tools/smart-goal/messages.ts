import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { parseIsoDate } from './dates';
import type { IslandStrings } from './i18n';
import type { Field, Issue } from './model';
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
