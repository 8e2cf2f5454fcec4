/**
 * The result, shown once, answer first: one panel with the ranking (a bar, the score and the
 * category of every candidate, why one is out, and "Choose this partner"), then every rating at
 * a glance (criteria by candidates), then, behind disclosures, each candidate's strengths and
 * weak spots with the guide's advice (Details.tsx, loaded when opened) and how the score is made.
 */
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/dictionary';
import { type Locale, localeInfo } from '../../i18n/locales';
import { Disclosure } from '../kit/disclosure';
import { join } from '../kit/form';
import { criterionIds, type CriterionId, type CriterionText } from './criteria';
import type { Strings } from './i18n';
import { type CandidateResult, type Category, CRITERIA_COUNT, type Mark, type Ranking, ratingMark } from './model';
import type { Candidate, PartnerFitState } from './schema';
import { dealbreakerItems, listOf } from './summary';

type Texts = Readonly<Record<CriterionId, CriterionText>>;

/** The grid's symbols: a shape per mark, so no rating is told by colour alone. */
const symbols: Readonly<Record<Mark, string>> = { strong: '▲', middle: '●', weak: '▼', dealbreaker: '✕' };
/** The ratings each mark stands for, in the grid's key. */
const ranges: Readonly<Record<Mark, string>> = { strong: '4–5', middle: '3', weak: '1–2', dealbreaker: '1–2' };
/** A phone shows this many candidates' columns of the grid side by side; more scroll sideways. */
export const GRID_COLUMNS = 3;

/**
 * A horizontal score bar (0-100), drawn as SVG so that it prints with or without background
 * graphics: a framed track and a filled part; a candidate that is out gets a red fill with a
 * dashed outline, one not rated in full a grey fill. Hidden from screen readers: the score beside
 * it says the same in words.
 */
function Bar({ score, out, provisional }: { score: number; out: boolean; provisional: boolean }) {
  const cls = out ? 'fit-bar is-out' : provisional ? 'fit-bar is-provisional' : 'fit-bar';
  return (
    <svg class={cls} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
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

export interface ResultsProps {
  state: PartnerFitState;
  results: readonly CandidateResult[];
  ranking: Ranking;
  lang: Locale;
  t: Strings;
  texts: Texts;
  label: (c: Candidate) => string;
  /** A candidate's label by id. */
  labelOf: (id: string) => string;
  /** "Choose this partner" pressed in a candidate's line. */
  onPick: (id: string) => void;
  /** The per-candidate details, once their code has loaded; asked for with `onDetails`. */
  details: ComponentChildren;
  onDetails: () => void;
  /** How the score is made (a disclosure), last in the panel. */
  children: ComponentChildren;
}

/** The one results panel. */
export function Results(props: ResultsProps) {
  const { state, results, ranking, t, texts, label } = props;
  const names = (ids: readonly string[]) => listOf(ids.map(props.labelOf), localeInfo[props.lang].intl);
  // Best first: the ranked candidates, then those not ranked yet, in the worksheet's order.
  const lines = [
    ...ranking.rows.map((row) => [row.id, row.tied ? format(t['rank.tie'], { rank: row.rank }) : String(row.rank)]),
    ...ranking.unranked.map((id) => [id, '–']),
  ];
  return (
    <section class="fit-results" aria-labelledby="fit-res-title">
      <h2 id="fit-res-title">{t['res.title']}</h2>
      {ranking.rows.length === 0 && <p>{t['rank.empty']}</p>}
      <ol class="fit-rank-list" aria-label={t['rank.title']}>
        {lines.map(([id, no]) => {
          const i = state.candidates.findIndex((c) => c.id === id);
          const c = state.candidates[i]!;
          const r = results[i]!;
          const out = r.category === 'out';
          const leader = ranking.leaders.includes(c.id);
          const chosen = state.chosen === c.id;
          return (
            <li
              key={c.id}
              class={join('fit-rank-row', out ? 'is-out' : leader && 'is-leader', !r.band && 'is-unranked')}
            >
              <span class="fit-rank-no">{no}</span>
              <strong class="fit-rank-name">{label(c)}</strong>
              <Bar score={r.score ?? 0} out={out} provisional={!r.complete} />
              <span class="fit-rank-score">
                {leader && <span class="fit-leader">★ {t['rank.leader']}</span>}
                {r.score === null
                  ? t[r.complete ? 'res.noWeights' : 'res.noScore']
                  : format(t['res.score'], { score: r.score }) + (r.complete ? '' : ` (${t['res.provisional']})`)}
                {' · '}
                {r.category ? (
                  <CategoryText category={r.category} t={t} />
                ) : (
                  format(t['cand.progress'], { n: r.rated, total: CRITERIA_COUNT })
                )}
              </span>
              {out && (
                <span class="fit-rank-why">
                  {format(t['rank.why'], { list: dealbreakerItems(c, r.dealbreakers, texts, t).join('; ') })}
                </span>
              )}
              <span class="fit-rank-pick no-print">
                <button
                  type="button"
                  id={`fit-pick-${c.id}`}
                  class="button secondary"
                  aria-pressed={chosen}
                  onClick={() => props.onPick(c.id)}
                >
                  {t['res.choose']}
                  <span class="visually-hidden"> ({label(c)})</span>
                </button>
              </span>
              {chosen && <span class="fit-chosen">✓ {t['res.chosen']}</span>}
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
      <RatingGrid {...props} />
      <Disclosure class="fit-more" summary={t['res.details']} onToggle={(open) => open && props.onDetails()}>
        {props.details ?? <p>{t['res.loading']}</p>}
      </Disclosure>
      {props.children}
    </section>
  );
}

/**
 * Every rating at a glance, criteria by candidates: number, shape and colour (notes on paper).
 * On a phone three candidates fit beside the criteria; with more, the criteria column stays and
 * the candidates scroll sideways a column at a time, with a line saying so.
 */
function RatingGrid({ state, t, texts, label }: ResultsProps) {
  const wide = state.candidates.length > GRID_COLUMNS;
  return (
    <div class="fit-grid">
      <h3 id="fit-grid-title">{t['print.table']}</h3>
      <p class="fit-grid-key">
        {(['strong', 'middle', 'weak', 'dealbreaker'] as const).map((m) => (
          <span key={m} class={`fit-mark mark-${m}`}>
            <span aria-hidden="true">{symbols[m]}</span> {ranges[m]} {t[`grid.${m}`]}
          </span>
        ))}
      </p>
      {wide && <p class="fit-grid-more no-print">→ {t['grid.more']}</p>}
      {/* Scrolls inside its own box when the candidates do not fit; focusable so a keyboard can
          scroll it too (WCAG 2.1.1, axe "scrollable-region-focusable"). */}
      <div
        class={join('fit-grid-scroll', wide && 'is-wide')}
        role="group"
        aria-labelledby="fit-grid-title"
        // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- a scrolling box must take focus to scroll by keyboard
        tabIndex={0}
      >
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
    </div>
  );
}
