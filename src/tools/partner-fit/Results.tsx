/**
 * What the ratings add up to, answer first: the ranking with a score bar per candidate, the
 * grid of every rating (criteria by candidates), then a card per candidate (category,
 * dealbreakers, top strengths, weak spots with the guide's advice).
 */
import type { GuideKey } from '../../content/schema';
import { format, formatSentence } from '../../i18n/dictionary';
import { type Locale, localeInfo } from '../../i18n/locales';
import { criterionIds, type CriterionId, type CriterionText } from './criteria';
import type { Strings } from './i18n';
import {
  type CandidateResult,
  type Category,
  CRITERIA_COUNT,
  type Mark,
  type Ranking as RankingResult,
  ratingMark,
  topStrengths,
} from './model';
import type { Candidate, PartnerFitState } from './schema';
import { listOf } from './summary';
import type { GuideLink } from './views';

type Texts = Readonly<Record<CriterionId, CriterionText>>;

/** The grid's symbols: a shape per mark, so no rating is told by colour alone. */
const symbols: Readonly<Record<Mark, string>> = { strong: '▲', middle: '●', weak: '▼', dealbreaker: '✕' };
/** The ratings each mark stands for, in the grid's key. */
const ranges: Readonly<Record<Mark, string>> = { strong: '4–5', middle: '3', weak: '1–2', dealbreaker: '1–2' };

/**
 * A horizontal score bar (0-100), drawn as SVG so that it prints with or without background
 * graphics: a framed track and a filled part; a candidate that is out gets a red fill with a dashed outline.
 * Hidden from screen readers: the score beside it says the same in words.
 */
function Bar({ score, out, provisional }: { score: number; out: boolean; provisional?: boolean }) {
  const cls = out ? 'fit-bar is-out' : provisional ? 'fit-bar is-provisional' : 'fit-bar';
  return (
    <svg class={cls} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="fit-bar-track" x="0.5" y="0.5" width="99" height="9" />
      {score > 0 && <rect class="fit-bar-fill" x="0.5" y="0.5" width={(score * 99) / 100} height="9" />}
    </svg>
  );
}

/** A category in words, with a mark for "out" (the reader sees the word, not only the colour). */
function CategoryText({ category, t }: { category: Category; t: Strings }) {
  return (
    <span class={`fit-cat cat-${category}`}>{category === 'out' ? `✕ ${t['band.out']}` : t[`band.${category}`]}</span>
  );
}

/** The ranking: every candidate, best first, with its bar; ties and the "out" rule said in words. */
export function Ranking(props: {
  state: PartnerFitState;
  results: readonly CandidateResult[];
  ranking: RankingResult;
  lang: Locale;
  t: Strings;
  labelOf: (id: string) => string;
}) {
  const { ranking, results, t, labelOf } = props;
  const names = (ids: readonly string[]) => listOf(ids.map(labelOf), localeInfo[props.lang].intl);
  const resultOf = (id: string) => results.find((r) => r.id === id);
  return (
    <section class="fit-ranking" aria-labelledby="fit-rank-title">
      <h2 id="fit-rank-title">{t['rank.title']}</h2>
      {ranking.rows.length === 0 && <p>{t['rank.empty']}</p>}
      <ol class="fit-rank-list">
        {ranking.rows.map((row) => {
          const leader = ranking.leaders.includes(row.id);
          return (
            <li
              key={row.id}
              class={row.dealbreaker ? 'fit-rank-row is-out' : leader ? 'fit-rank-row is-leader' : 'fit-rank-row'}
            >
              <span class="fit-rank-no">{row.tied ? format(t['rank.tie'], { rank: row.rank }) : row.rank}</span>
              <span class="fit-rank-name">
                <strong>{labelOf(row.id)}</strong>
                {leader && <span class="fit-leader">★ {t['rank.leader']}</span>}
              </span>
              <Bar score={row.score} out={row.dealbreaker} />
              <span class="fit-rank-score">
                {format(t['res.score'], { score: row.score })} · <CategoryText category={row.category} t={t} />
              </span>
            </li>
          );
        })}
        {ranking.unranked.map((id) => {
          const r = resultOf(id);
          const out = (r?.dealbreakers.length ?? 0) > 0;
          return (
            <li key={id} class={out ? 'fit-rank-row is-unranked is-out' : 'fit-rank-row is-unranked'}>
              <span class="fit-rank-no">–</span>
              <span class="fit-rank-name">
                <strong>{labelOf(id)}</strong>
              </span>
              <Bar score={r?.score ?? 0} out={out} provisional />
              <span class="fit-rank-score">
                {r?.score == null
                  ? t['res.noScore']
                  : `${format(t['res.score'], { score: r.score })} (${t['res.provisional']})`}
                {' · '}
                {out ? (
                  <CategoryText category="out" t={t} />
                ) : (
                  format(t['res.rated'], { n: r?.rated ?? 0, total: CRITERIA_COUNT })
                )}
              </span>
            </li>
          );
        })}
      </ol>
      {ranking.ties.map((group) => (
        <p key={group.join()}>
          {format(t['rank.tied'], {
            names: names(group),
            score: ranking.rows.find((row) => row.id === group[0])?.score ?? '',
          })}
        </p>
      ))}
      {results.some((r) => r.dealbreakers.length > 0) && <p class="fit-out-rule">{t['rank.outRule']}</p>}
      {ranking.unranked.length > 0 && ranking.rows.length > 0 && (
        <p>{formatSentence(t['rank.unranked'], { names: names(ranking.unranked) })}</p>
      )}
    </section>
  );
}

/** Every rating at a glance, criteria by candidates: number, shape and colour (notes on paper). */
export function RatingGrid({
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
    <section class="fit-grid" aria-labelledby="fit-grid-title">
      <h2 id="fit-grid-title">{t['print.table']}</h2>
      <p class="fit-grid-key">
        {(['strong', 'middle', 'weak', 'dealbreaker'] as const).map((m) => (
          <span key={m} class={`fit-mark mark-${m}`}>
            <span aria-hidden="true">{symbols[m]}</span> {ranges[m]} {t[`grid.${m}`]}
          </span>
        ))}
      </p>
      {/* Scrolls inside its own box when many candidates do not fit a phone; focusable so a
          keyboard can scroll it too (WCAG 2.1.1, axe "scrollable-region-focusable"). */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- a scrolling box must take focus to scroll by keyboard */}
      <div class="fit-grid-scroll" role="group" aria-labelledby="fit-grid-title" tabIndex={0}>
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
                  <span class="fit-grid-weight">{t[`weight.${state.weights[cid]}`]}</span>
                </th>
                {state.candidates.map((c) => {
                  const rating = c.ratings[cid];
                  const mark = rating === undefined ? null : ratingMark(cid, rating);
                  return (
                    <td key={c.id} class={mark ? `fit-mark mark-${mark}` : 'fit-mark'}>
                      {rating === undefined ? (
                        <span>–</span>
                      ) : (
                        <>
                          <strong>{rating}</strong> <span aria-hidden="true">{symbols[mark!]}</span>
                          <span class="visually-hidden">, {t[`grid.${mark!}`]}</span>
                        </>
                      )}
                      {c.notes[cid] && <span class="fit-print-note print-only">{c.notes[cid]}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One card per candidate, best first (the ranking's order, then those not ranked yet). */
export function Results(props: {
  state: PartnerFitState;
  results: readonly CandidateResult[];
  ranking: RankingResult;
  t: Strings;
  texts: Texts;
  guide: Readonly<Partial<Record<GuideKey, GuideLink>>>;
  label: (c: Candidate) => string;
  /** "Choose this partner" pressed on a card. */
  onPick: (id: string) => void;
}) {
  const { state, results, t } = props;
  const order = [...props.ranking.rows.map((row) => row.id), ...props.ranking.unranked];
  return (
    <section class="fit-results" aria-labelledby="fit-res-title">
      <h2 id="fit-res-title">{t['res.title']}</h2>
      <ul class="fit-result-list">
        {order.map((id) => {
          const c = state.candidates.find((x) => x.id === id);
          const result = results.find((r) => r.id === id);
          return (
            c &&
            result && (
              <ResultCard
                key={c.id}
                candidate={c}
                name={props.label(c)}
                result={result}
                t={t}
                texts={props.texts}
                guide={props.guide}
                chosen={state.chosen === c.id}
                onPick={props.onPick}
              />
            )
          );
        })}
      </ul>
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
  chosen: boolean;
  onPick: (id: string) => void;
}

/** One candidate's score, category, dealbreakers, top strengths and weak spots with advice. */
function ResultCard({ candidate, name, result: r, t, texts, guide, chosen, onPick }: ResultProps) {
  const out = r.category === 'out';
  return (
    <li class={out ? 'fit-result card has-dealbreaker' : 'fit-result card'}>
      <h3>{name}</h3>
      {chosen && <p class="fit-chosen">✓ {t['res.chosen']}</p>}
      <p class="no-print">
        <button type="button" class="button secondary" aria-pressed={chosen} onClick={() => onPick(candidate.id)}>
          {t['res.choose']}
        </button>
      </p>
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
      {r.score !== null && <Bar score={r.score} out={out} provisional={!r.complete} />}
      <p class="fit-band">
        {r.category ? (
          <>
            {t['res.band']}: <CategoryText category={r.category} t={t} />
          </>
        ) : r.complete ? (
          t['res.noWeights']
        ) : (
          t['res.bandPending']
        )}
      </p>
      <p class="fit-rated">{format(t['res.rated'], { n: r.rated, total: CRITERIA_COUNT })}</p>
      {out && (
        <div class="fit-dealbreakers">
          <p class="fit-flag">⚠ {t['res.dealbreakers']}</p>
          <ul>
            {r.dealbreakers.map((cid) => (
              <li key={cid}>
                {format(t['res.dealbreakerItem'], { criterion: texts[cid].name, rating: candidate.ratings[cid] ?? '' })}
              </li>
            ))}
          </ul>
          <p>{t['res.outWhy']}</p>
        </div>
      )}
      {r.strengths.length > 0 && (
        <>
          <h4>{t['res.strengths']}</h4>
          <ul>
            {topStrengths(r).map((cid) => (
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
