/**
 * The partner-fit result as words for the first screen: candidate labels and the live
 * announcement. Pure (no DOM); the island hands in the words of the page's language.
 * The Markdown summary is in markdown.ts, loaded when the reader asks for it.
 */
import { format } from '../../i18n/dictionary';
import type { CriterionId, CriterionText } from './criteria';
import type { Strings } from './i18n';
import { CRITERIA_COUNT, type CandidateResult } from './model';
import type { Candidate } from './schema';

/**
 * What the reader calls a candidate: the name they typed, or "Candidate 2" from its id.
 * @example candidateLabel({ id: 'c2', name: '  ' }, t) // => 'Candidate 2'
 */
export function candidateLabel(candidate: Pick<Candidate, 'id' | 'name'>, t: Pick<Strings, 'cand.fallback'>): string {
  return candidate.name.trim() || format(t['cand.fallback'], { n: candidate.id.replace(/^c/, '') });
}

/** Joins names the way the language does ("A, B dan C" / "A, B and C"). */
export function listOf(names: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

/**
 * The sentence announced when a candidate's result changes.
 * @example announcement('Toko A', result, t) // => 'Toko A: score 72 out of 100, promising.'
 */
export function announcement(name: string, r: CandidateResult, t: Strings): string {
  const params = { name, score: r.score ?? 0, n: r.rated, total: CRITERIA_COUNT };
  let text: string;
  if (r.band)
    text = format(t['live.complete'], { ...params, category: t[`band.${r.category ?? r.band}`].toLowerCase() });
  else if (r.score !== null) text = format(t['live.partial'], params);
  else text = format(t['live.none'], params);
  return r.dealbreakers.length > 0 ? `${text} ${t['live.dealbreaker']}` : text;
}

/**
 * A candidate's deal-breakers in words, one per criterion: the ranking, the confirmation before
 * choosing it and the Markdown summary say them alike.
 * @example dealbreakerItems(candidate, ['audience'], texts, t) // => ['Complementary audience, … (rated 2)']
 */
export function dealbreakerItems(
  candidate: Pick<Candidate, 'ratings'>,
  dealbreakers: readonly CriterionId[],
  texts: Readonly<Record<CriterionId, Pick<CriterionText, 'name'>>>,
  t: Pick<Strings, 'res.dealbreakerItem'>,
): string[] {
  return dealbreakers.map((id) =>
    format(t['res.dealbreakerItem'], { criterion: texts[id].name, rating: candidate.ratings[id] ?? '' }),
  );
}
