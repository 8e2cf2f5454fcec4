/**
 * The partner-fit scorer island. It only renders: the state and its safe keeping come from the
 * kit (`useTool`), the logic from `model.ts`, the words from props (one language).
 *
 * Before hydration (and without JavaScript) it renders a printable worksheet: every criterion
 * with its questions and anchors, and write-in boxes where the controls will be. Once hydrated,
 * the boxes become radio groups and the results, ranking and save/share bar appear below, so
 * nothing above the reader's position moves much.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideKey } from '../../content/schema';
import { format } from '../../i18n/dictionary';
import { type Locale, localeInfo } from '../../i18n/locales';
import {
  KitNotices,
  KitStatus,
  type KitStrings,
  LiveRegion,
  PrintHeader,
  SharedBanner,
  ToolActions,
} from '../kit/components';
import { compileSchema, type JsonSchema } from '../kit/validate';
import { useTool } from '../kit/useTool';
import {
  criterionFacts,
  criterionIds,
  type CriterionId,
  type CriterionText,
  type Rating,
  ratingLevels,
  type Weight,
} from './criteria';
import type { Strings } from './i18n';
import {
  addCandidate,
  canAdd,
  type CandidateResult,
  CRITERIA_COUNT,
  evaluateAll,
  rank,
  rate,
  removeCandidate,
  renameCandidate,
  setNote,
  setWeight,
} from './model';
import type { Candidate } from './schema';
import { MAX_CANDIDATES, NAME_MAX, NOTE_MAX } from './limits';
import { partnerFitSpec } from './tool';
import { announcement, candidateLabel, listOf } from './summary';

/** A guide page the advice points to. */
export interface GuideLink {
  href: string;
  title: string;
}

export interface Props {
  lang: Locale;
  /** The tool's name (print header, summary title). */
  title: string;
  t: Strings;
  kit: KitStrings;
  /** The criteria's words in the page's language. */
  texts: Readonly<Record<CriterionId, CriterionText>>;
  /** The guide pages that weak-spot advice links to. */
  guide: Readonly<Partial<Record<GuideKey, GuideLink>>>;
  /** The state schema as JSON Schema (`jsonSchemaOf(stateSchema)`), so zod stays on the server. */
  schema: JsonSchema;
}

/** Importance choices, most important first. */
const weightChoices: readonly Weight[] = [3, 2, 1, 0];
/** The switcher stays on screen while scrolling up to this many candidates. */
const STICKY_UP_TO = 4;
/** Blank candidate columns on the printable worksheet. */
const WRITE_IN = 3;

export default function PartnerFit({ lang, title, t, kit, texts, guide, schema }: Props) {
  const spec = useMemo(() => partnerFitSpec(compileSchema(schema)), [schema]);
  const tool = useTool(spec);
  const { state, hydrated } = tool;
  const results = useMemo(() => evaluateAll(state), [state]);
  const ranking = useMemo(() => rank(results), [results]);
  const resultOf = (id: string) => results.find((r) => r.id === id)!;
  const label = (c: Pick<Candidate, 'id' | 'name'>) => candidateLabel(c, t);
  const labelOf = (id: string) => label(state.candidates.find((c) => c.id === id) ?? { id, name: '' });

  /** The candidate shown on a narrow screen (all are shown side by side on a wide one). */
  const [chosen, setChosen] = useState<string | null>(null);
  const current = state.candidates.some((c) => c.id === chosen) ? chosen : (state.candidates[0]?.id ?? null);
  /** Whose result the live region reads out (the candidate just rated). */
  const [spoken, setSpoken] = useState<string | null>(null);
  /** An element to focus after the next render (a new name field, the add button). */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const spokenResult = spoken && state.candidates.some((c) => c.id === spoken) ? resultOf(spoken) : null;
  const liveMessage = spokenResult ? announcement(labelOf(spokenResult.id), spokenResult, t) : '';

  const onRate = (id: string, criterion: CriterionId, rating: Rating | null) => {
    tool.update((s) => rate(s, id, criterion, rating));
    setSpoken(id);
  };
  const onWeight = (criterion: CriterionId, weight: Weight) => {
    tool.update((s) => setWeight(s, criterion, weight));
    setSpoken(current);
  };
  const onAdd = () => {
    const next = addCandidate(state);
    const added = next.candidates.at(-1);
    if (next === state || !added) return;
    tool.update((s) => addCandidate(s));
    setChosen(added.id);
    focusNext.current = `fit-name-${added.id}`;
  };
  const onRemove = (c: Candidate) => {
    const index = state.candidates.indexOf(c);
    const neighbour = state.candidates[index + 1] ?? state.candidates[index - 1];
    tool.update((s) => removeCandidate(s, c.id), { undo: format(t['cand.removed'], { name: label(c) }) });
    focusNext.current = neighbour ? `fit-name-${neighbour.id}` : 'fit-add';
  };

  // The Markdown code loads on the first "copy" or "download", not with the page.
  const summary = async () =>
    (await import('./markdown')).toMarkdown({
      state,
      t,
      texts,
      title,
      lang,
      date: new Intl.DateTimeFormat(localeInfo[lang].intl, { dateStyle: 'long' }).format(new Date()),
    });

  return (
    <div class={hydrated ? 'fit is-ready' : 'fit'}>
      <PrintHeader title={title} kit={kit} lang={lang} />
      <KitNotices tool={tool} kit={kit} />
      <SharedBanner tool={tool} kit={kit} />
      {!hydrated && <p class="fit-nojs">{t['sheet.nojs']}</p>}

      <section class="fit-candidates" aria-labelledby="fit-cand-title">
        <h2 id="fit-cand-title">{t['cand.title']}</h2>
        {hydrated ? (
          <>
            <p>{t['cand.lead']}</p>
            {state.candidates.length === 0 && <p>{t['cand.none']}</p>}
            <ol class="fit-cand-list">
              {state.candidates.map((c) => (
                <li key={c.id}>
                  <label for={`fit-name-${c.id}`}>{format(t['cand.name'], { n: c.id.slice(1) })}</label>
                  <div class="fit-cand-row">
                    <input
                      id={`fit-name-${c.id}`}
                      type="text"
                      autocomplete="off"
                      maxLength={NAME_MAX}
                      value={c.name}
                      onInput={(e) => tool.update((s) => renameCandidate(s, c.id, e.currentTarget.value))}
                    />
                    <button
                      type="button"
                      class="button secondary danger small"
                      aria-label={format(t['cand.removeLabel'], { name: label(c) })}
                      onClick={() => onRemove(c)}
                    >
                      {t['cand.remove']}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            {canAdd(state) ? (
              <button type="button" id="fit-add" class="button secondary" onClick={onAdd}>
                {t['cand.add']}
              </button>
            ) : (
              <p id="fit-add" tabIndex={-1}>
                {format(t['cand.full'], { max: MAX_CANDIDATES })}
              </p>
            )}
          </>
        ) : (
          <ol class="fit-write-names">
            {Array.from({ length: WRITE_IN }, (_, i) => (
              <li key={i}>
                <span class="fit-line" />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="fit-criteria" aria-labelledby="fit-crit-title">
        <h2 id="fit-crit-title">{t['crit.title']}</h2>
        <p>{t['crit.lead']}</p>
        {hydrated && state.candidates.length > 1 && (
          // Sticky while it stays small (two rows at most), so it never covers much of the form.
          <div
            class={state.candidates.length <= STICKY_UP_TO ? 'fit-switcher is-sticky' : 'fit-switcher'}
            role="group"
            aria-label={t['switch.label']}
          >
            {state.candidates.map((c) => {
              const r = resultOf(c.id);
              return (
                <button type="button" key={c.id} aria-pressed={c.id === current} onClick={() => setChosen(c.id)}>
                  <span class="fit-switch-name">{label(c)}</span>
                  <span class="fit-switch-meta">
                    {r.score === null
                      ? format(t['cand.progress'], { n: r.rated, total: CRITERIA_COUNT })
                      : `${r.score}/100`}
                  </span>
                </button>
              );
            })}
          </div>
        )}
        <ol class="fit-crit-list">
          {criterionIds.map((cid) => {
            const text = texts[cid];
            return (
              <li key={cid} class="fit-crit">
                <div class="fit-crit-info">
                  <div class="fit-crit-head">
                    <h3>{text.name}</h3>
                    {criterionFacts[cid].critical && (
                      <p class="fit-critical">
                        <strong>{t['crit.critical']}.</strong> {t['crit.criticalHint']}
                      </p>
                    )}
                    <p>{text.explanation}</p>
                  </div>
                  <div class="fit-crit-ask">
                    <p class="fit-label">{t['crit.ask']}</p>
                    <ul class="fit-questions">
                      {text.questions.map((q) => (
                        <li key={q}>{q}</li>
                      ))}
                    </ul>
                  </div>
                  <div class="fit-crit-scale">
                    <p class="fit-label">{t['crit.anchors']}</p>
                    <dl class="fit-anchors">
                      {([1, 3, 5] as const).map((n) => (
                        <div key={n}>
                          <dt>{n}</dt>
                          <dd id={`fit-anchor-${cid}-${n}`}>{text.anchors[n]}</dd>
                        </div>
                      ))}
                    </dl>
                    {hydrated ? (
                      <div class="field fit-weight">
                        <label for={`fit-weight-${cid}`}>{t['crit.importance']}</label>
                        <select
                          id={`fit-weight-${cid}`}
                          value={String(state.weights[cid])}
                          onChange={(e) => onWeight(cid, Number(e.currentTarget.value) as Weight)}
                        >
                          {weightChoices.map((w) => (
                            <option key={w} value={String(w)}>
                              {t[`weight.${w}`]}
                            </option>
                          ))}
                        </select>
                      </div>
                    ) : (
                      <p class="fit-write-weight">
                        {t['sheet.importance']}: {weightChoices.map((w) => t[`weight.${w}`]).join(' / ')}
                      </p>
                    )}
                  </div>
                </div>
                <div class="fit-cells">
                  {hydrated
                    ? state.candidates.map((c) => (
                        <RatingCell
                          key={c.id}
                          candidate={c}
                          criterion={cid}
                          criterionName={text.name}
                          name={label(c)}
                          current={c.id === current}
                          t={t}
                          onRate={onRate}
                          onNote={(note) => tool.update((s) => setNote(s, c.id, cid, note))}
                        />
                      ))
                    : Array.from({ length: WRITE_IN }, (_, i) => (
                        <div class="fit-write" key={i}>
                          <p class="fit-write-head">{format(t['cand.fallback'], { n: i + 1 })}</p>
                          <p class="fit-write-scale">
                            {t['sheet.rating']}:{' '}
                            {ratingLevels.map((n) => (
                              <span key={n}>{n}</span>
                            ))}
                          </p>
                          <p class="fit-write-notes">
                            {t['sheet.notes']}: <span class="fit-line" />
                          </p>
                        </div>
                      ))}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      {hydrated && (
        <>
          <section class="fit-results" aria-labelledby="fit-res-title">
            <h2 id="fit-res-title">{t['res.title']}</h2>
            <ul class="fit-result-list">
              {state.candidates.map((c) => (
                <ResultCard
                  key={c.id}
                  candidate={c}
                  name={label(c)}
                  result={resultOf(c.id)}
                  t={t}
                  texts={texts}
                  guide={guide}
                />
              ))}
            </ul>
          </section>

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
                  names: listOf(group.map(labelOf), localeInfo[lang].intl),
                  score: ranking.rows.find((row) => row.id === group[0])?.score ?? '',
                })}
              </p>
            ))}
            {ranking.rows.some((row) => row.dealbreaker) && <p>{t['rank.dealbreakerRule']}</p>}
            {ranking.unranked.length > 0 && ranking.rows.length > 0 && (
              <p>
                {format(t['rank.unranked'], { names: listOf(ranking.unranked.map(labelOf), localeInfo[lang].intl) })}
              </p>
            )}
          </section>

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
        </>
      )}

      <LiveRegion message={liveMessage} />
      <KitStatus tool={tool} kit={kit} />
      {hydrated && <ToolActions tool={tool} kit={kit} summary={summary} />}
    </div>
  );
}

interface CellProps {
  candidate: Candidate;
  criterion: CriterionId;
  criterionName: string;
  name: string;
  current: boolean;
  t: Strings;
  onRate: (id: string, criterion: CriterionId, rating: Rating | null) => void;
  onNote: (note: string) => void;
}

/** One candidate's rating and note on one criterion: a radio group 1–5 in a fieldset. */
function RatingCell({ candidate, criterion, criterionName, name, current, t, onRate, onNote }: CellProps) {
  const rating = candidate.ratings[criterion];
  const note = candidate.notes[criterion] ?? '';
  const base = `fit-${candidate.id}-${criterion}`;
  // The note opens by itself when there is one; afterwards the reader decides.
  const [open, setOpen] = useState(note !== '');
  return (
    <fieldset class={current ? 'fit-cell is-current' : 'fit-cell'}>
      <legend>
        <span class="visually-hidden">{format(t['rate.legend'], { criterion: criterionName, name })}</span>
        <span class="fit-cell-name" aria-hidden="true">
          {name}
        </span>
      </legend>
      <div class="fit-cell-state">
        {rating === undefined ? (
          <span class="fit-unrated">{t['rate.unrated']}</span>
        ) : (
          <button
            type="button"
            class="fit-clear"
            aria-label={format(t['rate.clearLabel'], { criterion: criterionName, name })}
            onClick={() => onRate(candidate.id, criterion, null)}
          >
            {t['rate.clear']}
          </button>
        )}
      </div>
      <div class="fit-scale">
        {ratingLevels.map((n) => (
          <label class="fit-option" key={n}>
            <input
              type="radio"
              name={base}
              value={String(n)}
              checked={rating === n}
              aria-describedby={n % 2 === 1 ? `fit-anchor-${criterion}-${n}` : undefined}
              onChange={() => onRate(candidate.id, criterion, n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <details class="fit-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t['sheet.notes']}
          {note !== '' && !open && <span class="fit-note-mark"> ✓</span>}
        </summary>
        <label for={`${base}-note`}>{format(t['note.label'], { name })}</label>
        <span class="hint" id={`${base}-hint`}>
          {format(t['note.hint'], { max: NOTE_MAX })}
        </span>
        <textarea
          id={`${base}-note`}
          rows={3}
          maxLength={NOTE_MAX}
          aria-describedby={`${base}-hint`}
          value={note}
          onInput={(e) => onNote(e.currentTarget.value)}
        />
      </details>
    </fieldset>
  );
}

interface ResultProps {
  candidate: Candidate;
  name: string;
  result: CandidateResult;
  t: Strings;
  texts: Readonly<Record<CriterionId, CriterionText>>;
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
