import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { parseIsoDate } from './dates';
import type { Cadence } from './letters';
import { capitalise, measureClause, nameText, type StatementWords, statementText } from './model';
import type { Goal, SmartState } from './schema';

/*
 * The goal as several sentences: the builder's full statement, the calendar's event text and the
 * summary. A module of its own, apart from model.ts, so that the partnership plan, which shows
 * the one-sentence goal (`goalSentence`), does not download it.
 */

/**
 * The goal as sentences in one language, with every value the reader gave: the partners, what,
 * scope, metric, baseline and target (with unit), source, both contributions, the evidence,
 * both benefits, the dates and the review rhythm. Parts the reader has not filled in are left
 * out. User text is inserted once and never re-read as a template.
 */
export function composeStatement(
  partners: SmartState['partners'],
  goal: Goal,
  lang: Locale,
  w: StatementWords,
): string[] {
  const a = nameText(partners.a) || w['statement.partnerA'];
  const b = nameText(partners.b) || w['statement.partnerB'];
  const out: string[] = [];
  const what = statementText(goal.specific.what);
  if (what) out.push(format(w['statement.goal'], { a, b, what }));
  const scope = statementText(goal.specific.scope);
  if (scope) out.push(format(w['statement.scope'], { scope }));

  const deadlineDate = parseIsoDate(goal.timeBound.deadline);
  const startDate = parseIsoDate(goal.timeBound.start);
  const measure = measureClause(goal, lang, w);
  // The measure clause carries no full stop: "by {deadline}" may still follow.
  if (measure || deadlineDate) {
    out.push(
      deadlineDate
        ? format(w['statement.byDeadline'], { measure: measure || '…', deadline: formatDate(deadlineDate, lang) })
        : `${measure}.`,
    );
  }
  const source = statementText(goal.measurable.source);
  if (source) out.push(format(w['statement.source'], { source }));

  const contributions: [string, string][] = [
    [a, goal.achievable.contributionA],
    [b, goal.achievable.contributionB],
  ];
  for (const [name, text] of contributions) {
    const value = statementText(text);
    if (value) out.push(format(w['statement.contribution'], { name, value }));
  }
  const evidence = statementText(goal.achievable.evidence);
  if (evidence) out.push(format(w['statement.evidence'], { evidence }));
  const benefits: [string, string][] = [
    [a, goal.relevant.benefitA],
    [b, goal.relevant.benefitB],
  ];
  for (const [name, text] of benefits) {
    const value = statementText(text);
    if (value) out.push(format(w['statement.benefit'], { name, value }));
  }

  const cadence = w[`cadence.${goal.timeBound.cadence}` satisfies `cadence.${Cadence}`];
  out.push(
    startDate
      ? format(w['statement.reviewFrom'], { cadence, start: formatDate(startDate, lang) })
      : format(w['statement.review'], { cadence }),
  );
  return out.map(capitalise);
}
