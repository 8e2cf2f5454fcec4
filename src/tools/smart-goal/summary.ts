import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { mdTable, mdText } from '../kit/markdown';
import { parseIsoDate } from './dates';
import type { IslandStrings } from './i18n';
import { type LetterKey, letterKeys } from './letters';
import { issueMessage, partnerName } from './messages';
import { checkGoal, goalSentence, milestones, valueText } from './model';
import { composeStatement } from './sentences';
import type { SmartState } from './schema';

/** A letter and its name in the page's language, e.g. `{ key: 'specific', letter: 'S', name: 'Spesifik' }`. */
export interface LetterName {
  key: LetterKey;
  letter: string;
  name: string;
}

/**
 * The partnership's goals as Markdown: for each goal the statement, the SMART check and the
 * milestones. Reader text goes through `mdText`, so it never turns into Markdown structure.
 */
export function toMarkdown(
  state: SmartState,
  lang: Locale,
  today: string,
  t: IslandStrings,
  letters: readonly LetterName[],
): string {
  const names = new Map(letters.map((l) => [l.key, l]));
  const out: string[] = [
    `# ${mdText(t['summary.title'])}`,
    '',
    mdText(
      format(t['summary.partners'], {
        a: partnerName(state.partners, 'a', t),
        b: partnerName(state.partners, 'b', t),
      }),
    ),
  ];
  state.goals.forEach((goal, index) => {
    const check = checkGoal(state.partners, goal, today);
    out.push('', `## ${mdText(format(t['goal.heading'], { n: index + 1 }))}`, '');
    out.push(composeStatement(state.partners, goal, lang, t).map(mdText).join(' '));
    out.push('', `### ${mdText(t['check.title'])}`, '');
    for (const key of letterKeys) {
      const letter = check.letters[key];
      const status = t[letter.status === 'met' ? 'check.met' : 'check.needsWork'];
      const reasons = letter.issues.map((issue) => issueMessage(issue, state.partners, goal, lang, t));
      const line = reasons.length > 0 ? `${status}: ${reasons.join(' ')}` : status;
      const { letter: initial, name } = names.get(key) ?? { letter: key, name: key };
      out.push(`- ${initial} (${mdText(name)}): ${mdText(line)}`);
    }
    const rows = milestones(goal, check);
    if (rows.length > 0) {
      out.push('', `### ${mdText(t['milestones.title'])}`, '');
      let review = 0;
      out.push(
        mdTable(
          [t['milestones.date'], t['milestones.meeting'], t['milestones.value']].map(mdText),
          rows.map((row) => [
            mdText(formatDate(parseIsoDate(row.date)!, lang)),
            mdText(row.final ? t['milestones.deadline'] : format(t['milestones.review'], { n: (review += 1) })),
            mdText(valueText({ ok: true, value: row.value }, '', check.numbers.kind, goal.measurable.unit, lang)),
          ]),
        ),
      );
    }
  });
  return `${out.join('\n')}\n`;
}

/**
 * The short message that goes with a share link: the title, the partners and each goal in one
 * sentence, as plain text. The full statement and the check travel in the link itself.
 */
export function shareSummary(state: SmartState, lang: Locale, t: IslandStrings): string {
  const partners = format(t['summary.partners'], {
    a: partnerName(state.partners, 'a', t),
    b: partnerName(state.partners, 'b', t),
  });
  const goals = state.goals.map((goal) => goalSentence(state.partners, goal, lang, t));
  return [t['summary.title'], partners, ...goals.filter(Boolean)].join('\n');
}
