/**
 * The partner-fit result as a Markdown summary (copy, download). Loaded on demand: the island
 * imports it only when the reader asks for a summary, so it stays out of the page's first load.
 */
import { format, formatSentence } from '../../i18n/dictionary';
import { mdTable, mdText } from '../kit/markdown';
import { criterionIds, type CriterionId, type CriterionText } from './criteria';
import type { Strings } from './i18n';
import { CRITERIA_COUNT, evaluateAll, rank, topStrengths } from './model';
import type { PartnerFitState } from './schema';
import { candidateLabel, dealbreakerItems, listOf } from './summary';

export interface SummaryInput {
  state: PartnerFitState;
  t: Strings;
  texts: Readonly<Record<CriterionId, CriterionText>>;
  /** The tool's name, used as the title. */
  title: string;
  /** The date, already formatted for the reader's language. */
  date: string;
  lang: string;
}

/**
 * The whole result as Markdown that also reads well as plain text (pasted into a chat or an
 * email): the ranking, then each candidate's score, category, dealbreakers, strengths, weak spots
 * with advice, and a table of ratings and notes. Every piece of reader text goes through `mdText`.
 */
export function toMarkdown({ state, t, texts, title, date, lang }: SummaryInput): string {
  const results = evaluateAll(state);
  const ranking = rank(results);
  const byId = new Map(state.candidates.map((c) => [c.id, c]));
  const name = (id: string) => mdText(candidateLabel(byId.get(id) ?? { id, name: '' }, t));
  const crit = (id: CriterionId) => texts[id].name;
  const out: string[] = [`# ${mdText(title)}`, '', format(t['md.date'], { date }), ''];

  out.push(`## ${t['rank.title']}`, '');
  if (ranking.rows.length > 0) {
    out.push(
      mdTable(
        [t['rank.rank'], t['rank.name'], t['rank.score'], t['rank.band']],
        ranking.rows.map((row) => [
          row.tied ? format(t['rank.tie'], { rank: row.rank }) : String(row.rank),
          row.dealbreaker ? `${name(row.id)} (${t['rank.dealbreaker']})` : name(row.id),
          String(row.score),
          t[`band.${row.category}`],
        ]),
      ),
      '',
    );
  } else out.push(t['rank.empty'], '');
  if (ranking.unranked.length > 0)
    out.push(formatSentence(t['rank.unranked'], { names: listOf(ranking.unranked.map(name), lang) }), '');

  for (const r of results) {
    const candidate = byId.get(r.id)!;
    out.push(`## ${name(r.id)}`, '');
    const score =
      r.score === null
        ? t['res.noScore']
        : `${format(t['res.score'], { score: r.score })}${r.complete ? '' : ` (${t['res.provisional']})`}`;
    out.push(`- ${t['res.scoreLabel']}: ${score}`);
    out.push(`- ${t['res.band']}: ${r.category ? t[`band.${r.category}`] : t['res.bandPending']}`);
    out.push(`- ${format(t['res.rated'], { n: r.rated, total: CRITERIA_COUNT })}`);
    const dealbreakers = dealbreakerItems(candidate, r.dealbreakers, texts, t);
    out.push(`- ${t['res.dealbreakers']}: ${dealbreakers.length > 0 ? dealbreakers.join('; ') : t['md.none']}`);
    out.push(
      `- ${t['res.strengths']}: ${r.strengths.length > 0 ? topStrengths(r).map(crit).join('; ') : t['md.none']}`,
    );
    if (r.weakSpots.length > 0) {
      out.push(`- ${t['res.weak']}:`);
      for (const w of r.weakSpots) {
        out.push(
          `  - ${crit(w.criterion)} (${format(t['res.rating'], { rating: w.rating })}): ${texts[w.criterion].advice}`,
        );
      }
    } else out.push(`- ${t['res.weak']}: ${t['md.none']}`);
    out.push(
      '',
      mdTable(
        [t['md.criterion'], t['md.importance'], t['md.rating'], t['md.note']],
        criterionIds.map((id) => [
          crit(id),
          t[`weight.${state.weights[id]}`],
          String(candidate.ratings[id] ?? '–'),
          mdText(candidate.notes[id] ?? ''),
        ]),
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The short message that goes with a share link (a chat, not a document): the title and the
 * ranking, one line per candidate. Plain text; the full result travels in the link itself.
 * @example shareSummary({ state, t, title }) // => 'Partner fit\n1. Toko A: 72 out of 100, Promising'
 */
export function shareSummary({ state, t, title }: Pick<SummaryInput, 'state' | 't' | 'title'>): string {
  const byId = new Map(state.candidates.map((c) => [c.id, c]));
  const rows = rank(evaluateAll(state)).rows.map((row) => {
    const name = candidateLabel(byId.get(row.id) ?? { id: row.id, name: '' }, t);
    const flag = row.dealbreaker ? ` (${t['rank.dealbreaker']})` : '';
    return `${row.rank}. ${name}${flag}: ${format(t['res.score'], { score: row.score })}, ${t[`band.${row.category}`]}`;
  });
  return [title, ...rows].join('\n');
}
