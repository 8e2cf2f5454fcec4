/**
 * What each candidate does well and where to look closer: its top strengths and its weak spots
 * with the guide's advice, best candidate first. Loaded when the reader opens "Strengths, weak
 * spots and advice" in the results (most readers look at the ranking and the grid only), so its
 * code is not part of the page's first load. The score, category and deal-breakers are in the
 * ranking above, so they are not repeated here.
 */
import type { GuideKey } from '../../content/schema';
import { format } from '../../i18n/dictionary';
import type { CriterionId, CriterionText } from './criteria';
import type { Strings } from './i18n';
import { type CandidateResult, CRITERIA_COUNT, type Ranking, topStrengths } from './model';
import type { Candidate, PartnerFitState } from './schema';
import type { GuideLink } from './views';

export interface DetailsProps {
  state: PartnerFitState;
  /** `evaluateAll(state)`: in the candidates' order. */
  results: readonly CandidateResult[];
  ranking: Ranking;
  t: Strings;
  texts: Readonly<Record<CriterionId, CriterionText>>;
  guide: Readonly<Partial<Record<GuideKey, GuideLink>>>;
  label: (c: Candidate) => string;
}

export function Details({ state, results, ranking, t, texts, guide, label }: DetailsProps) {
  // The ranking's order: the ranked candidates, then those not ranked yet.
  const order = [...ranking.rows.map((row) => row.id), ...ranking.unranked];
  return (
    <ul class="fit-result-list">
      {order
        .map((id) => {
          const i = state.candidates.findIndex((c) => c.id === id);
          return [state.candidates[i]!, results[i]!] as const;
        })
        .map(([c, r]) => (
          <li key={c.id} class={r.category === 'out' ? 'fit-result card has-dealbreaker' : 'fit-result card'}>
            <h3>{label(c)}</h3>
            {!r.complete && <p class="fit-rated">{format(t['res.rated'], { n: r.rated, total: CRITERIA_COUNT })}</p>}
            {r.strengths.length > 0 && (
              <>
                <h4>{t['res.strengths']}</h4>
                <ul>
                  {topStrengths(r).map((cid) => (
                    <li key={cid}>
                      {texts[cid].name} ({format(t['res.rating'], { rating: c.ratings[cid] ?? '' })})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {r.weakSpots.length > 0 && (
              <>
                <h4>{t['res.weak']}</h4>
                <ul class="fit-weak">
                  {r.weakSpots.map((w) => {
                    const link = guide[w.guide];
                    return (
                      <li key={w.criterion}>
                        <strong>{texts[w.criterion].name}</strong> ({format(t['res.rating'], { rating: w.rating })}
                        {w.dealbreaker ? `, ${t['rank.dealbreaker']}` : ''})<p>{texts[w.criterion].advice}</p>
                        {link && (
                          <p class="no-print">
                            <a href={link.href}>{format(t['res.readStep'], { title: link.title })}</a>
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            {r.dealbreakers.length > 0 && <p class="fit-out-why">{t['res.outWhy']}</p>}
          </li>
        ))}
    </ul>
  );
}
