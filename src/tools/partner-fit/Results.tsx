/**
 * What the ratings add up to: a card per candidate (score, band, dealbreakers, strengths, weak
 * spots with the guide's advice), the ranking, and on paper a table of every rating.
 */
import type { GuideKey } from '../../content/schema';
import { format } from '../../i18n/dictionary';
import { type Locale, localeInfo } from '../../i18n/locales';
import { criterionIds, type CriterionId, type CriterionText } from './criteria';
import type { Strings } from './i18n';
import { type CandidateResult, CRITERIA_COUNT, type Ranking as RankingResult } from './model';
import type { Candidate, PartnerFitState } from './schema';
import { listOf } from './summary';
import type { GuideLink } from './views';

type Texts = Readonly<Record<CriterionId, CriterionText>>;

/** One card per candidate, in the order they were added. */
export function Results(props: {
  state: PartnerFitState;
  results: readonly CandidateResult[];
  t: Strings;
  texts: Texts;
  guide: Readonly<Partial<Record<GuideKey, GuideLink>>>;
  label: (c: Candidate) => string;
}) {
  const { state, results, t } = props;
  return (
    <section class="fit-results" aria-labelledby="fit-res-title">
      <h2 id="fit-res-title">{t['res.title']}</h2>
      <ul class="fit-result-list">
        {state.candidates.map((c) => {
          const result = results.find((r) => r.id === c.id);
          return (
            result && (
              <ResultCard
                key={c.id}
                candidate={c}
                name={props.label(c)}
                result={result}
                t={t}
                texts={props.texts}
                guide={props.guide}
              />
            )
          );
        })}
      </ul>
    </section>
  );
}

/** The ranking of the fully rated candidates, ties and dealbreakers said in words. */
export function Ranking({
  ranking,
  lang,
  t,
  labelOf,
}: {
  ranking: RankingResult;
  lang: Locale;
  t: Strings;
  labelOf: (id: string) => string;
}) {
  const names = (ids: readonly string[]) => listOf(ids.map(labelOf), localeInfo[lang].intl);
  return (
    <section class="fit-ranking" aria-labelledby="fit-rank-title">
      <h2 id="fit-rank-title">{t['rank.title']}</h2>
      {ranking.rows.length > 0 ? (
        <table class="fit-rank-table">
          <thead>
            <tr>
              <th scope="col">{t['rank.rank']}</th>
              <th scope="col">{t['rank.name']}</th>
              <th scope="col">{t['rank.score']}</th>
              <th scope="col">{t['rank.band']}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.rows.map((row) => (
              <tr key={row.id} class={row.dealbreaker ? 'has-dealbreaker' : undefined}>
                <td>{row.tied ? format(t['rank.tie'], { rank: row.rank }) : row.rank}</td>
                <th scope="row">
                  {labelOf(row.id)}
                  {row.dealbreaker && <span class="fit-flag">⚠ {t['rank.dealbreaker']}</span>}
                </th>
                <td>{row.score}</td>
                <td>{t[`band.${row.band}`]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t['rank.empty']}</p>
      )}
      {ranking.ties.map((group) => (
        <p key={group.join()}>
          {format(t['rank.tied'], {
            names: names(group),
            score: ranking.rows.find((row) => row.id === group[0])?.score ?? '',
          })}
        </p>
      ))}
      {ranking.rows.some((row) => row.dealbreaker) && <p>{t['rank.dealbreakerRule']}</p>}
      {ranking.unranked.length > 0 && ranking.rows.length > 0 && (
        <p>{format(t['rank.unranked'], { names: names(ranking.unranked) })}</p>
      )}
    </section>
  );
}

/** On paper only: every rating (and note) in one table, criteria by candidates. */
export function PrintTable({
  state,
  t,
  texts,
  label,
}: {
  state: PartnerFitState;
  t: Strings;
  texts: Texts;
  label: (c: Candidate) => string;
}) {
  return (
    <section class="print-only fit-print-table" aria-labelledby="fit-print-title">
      <h2 id="fit-print-title">{t['print.table']}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t['md.criterion']}</th>
            {state.candidates.map((c) => (
              <th scope="col" key={c.id}>
                {label(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criterionIds.map((cid) => (
            <tr key={cid}>
              <th scope="row">
                {texts[cid].name}
                <span class="fit-print-weight">{t[`weight.${state.weights[cid]}`]}</span>
              </th>
              {state.candidates.map((c) => (
                <td key={c.id}>
                  <strong>{c.ratings[cid] ?? '–'}</strong>
                  {c.notes[cid] && <span class="fit-print-note">{c.notes[cid]}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface ResultProps {
  candidate: Candidate;
  name: string;
  result: CandidateResult;
  t: Strings;
  texts: Texts;
  guide: Readonly<Partial<Record<GuideKey, GuideLink>>>;
}

/** One candidate's score, band, dealbreakers, strengths and weak spots with advice. */
function ResultCard({ candidate, name, result: r, t, texts, guide }: ResultProps) {
  const id = `fit-result-${candidate.id}`;
  return (
    <li class={r.dealbreakers.length > 0 ? 'fit-result card has-dealbreaker' : 'fit-result card'}>
      <h3 id={id}>{name}</h3>
      <p class="fit-score">
        <span class="fit-score-label">{t['res.scoreLabel']}: </span>
        {r.score === null ? (
          <span>{t['res.noScore']}</span>
        ) : (
          <>
            <strong class="fit-score-value">{format(t['res.score'], { score: r.score })}</strong>
            {!r.complete && <span class="fit-provisional"> ({t['res.provisional']})</span>}
          </>
        )}
      </p>
      {r.score !== null && (
        <meter
          class="fit-meter"
          min={0}
          max={100}
          low={50}
          high={75}
          optimum={100}
          value={r.score}
          aria-hidden="true"
        />
      )}
      <p class={r.band ? `fit-band band-${r.band}` : 'fit-band'}>
        {r.band ? (
          <>
            {t['res.band']}: <strong>{t[`band.${r.band}`]}</strong>
          </>
        ) : r.complete ? (
          t['res.noWeights']
        ) : (
          t['res.bandPending']
        )}
      </p>
      <p class="fit-rated">{format(t['res.rated'], { n: r.rated, total: CRITERIA_COUNT })}</p>
      {r.dealbreakers.length > 0 && (
        <div class="fit-dealbreakers">
          <p class="fit-flag">⚠ {t['res.dealbreakers']}</p>
          <ul>
            {r.dealbreakers.map((cid) => (
              <li key={cid}>
                {format(t['res.dealbreakerItem'], { criterion: texts[cid].name, rating: candidate.ratings[cid] ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {r.strengths.length > 0 && (
        <>
          <h4>{t['res.strengths']}</h4>
          <ul>
            {r.strengths.map((cid) => (
              <li key={cid}>
                {texts[cid].name} ({format(t['res.rating'], { rating: candidate.ratings[cid] ?? '' })})
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
    </li>
  );
}
