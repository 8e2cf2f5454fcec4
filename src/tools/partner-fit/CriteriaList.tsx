/**
 * The seven criteria, one after another: what each means, what to ask, what 1, 3 and 5 look
 * like, how much it counts, and a rating (with a note) for every candidate. On a phone one
 * candidate's ratings show at a time; the switcher above the list picks whose (one row that
 * stays on screen, so a cell does not repeat the name there).
 */
import { useEffect, useState } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import { Disclosure } from '../kit/disclosure';
import { RadioGroup, TextField } from '../kit/form';
import { WRITE_IN } from './Candidates';
import {
  type AnchorLevel,
  anchorLevels,
  criterionFacts,
  criterionIds,
  type CriterionId,
  type CriterionText,
  type Rating,
  ratingLevels,
  type Weight,
} from './criteria';
import type { Strings } from './i18n';
import { NOTE_MAX } from './limits';
import { type CandidateResult, CRITERIA_COUNT } from './model';
import type { Candidate, PartnerFitState } from './schema';

/** Importance choices, most important first. */
const weightChoices: readonly Weight[] = [3, 2, 1, 0];

interface CriteriaProps {
  hydrated: boolean;
  state: PartnerFitState;
  results: readonly CandidateResult[];
  /** The candidate a phone shows. */
  current: string | null;
  t: Strings;
  texts: Readonly<Record<CriterionId, CriterionText>>;
  label: (c: Candidate) => string;
  onChoose: (id: string) => void;
  onRate: (id: string, criterion: CriterionId, rating: Rating | null) => void;
  onWeight: (criterion: CriterionId, weight: Weight) => void;
  onNote: (id: string, criterion: CriterionId, note: string) => void;
}

export function Criteria(props: CriteriaProps) {
  const { hydrated, state, t } = props;
  return (
    <section class="fit-criteria" aria-labelledby="fit-crit-title">
      <h2 id="fit-crit-title">{t['crit.title']}</h2>
      <p>{t['crit.lead']}</p>
      {hydrated && state.candidates.length > 1 && <Switcher {...props} />}
      <ol class="fit-crit-list">
        {criterionIds.map((cid) => (
          <Criterion key={cid} criterion={cid} {...props} />
        ))}
      </ol>
    </section>
  );
}

/**
 * Which candidate a phone shows, with each one's score or progress, and ✕ before one that is
 * out (a deal-breaker). One row whatever the number of candidates: it scrolls sideways, its
 * right edge fades while there is more (CSS), and the shown candidate is scrolled into it.
 */
function Switcher({ state, results, current, t, label, onChoose }: CriteriaProps) {
  useEffect(() => {
    const button = document.getElementById(`fit-switch-${current}`);
    const row = button?.parentElement;
    // Only the row scrolls (scrollIntoView could move the page to it as well).
    if (button && row) row.scrollLeft = button.offsetLeft - (row.clientWidth - button.offsetWidth) / 2;
  }, [current]);
  return (
    // Sticky (one row never covers much of the form); the inner row scrolls.
    <div class="fit-switcher">
      <div class="fit-switch-row" role="group" aria-label={t['switch.label']}>
        {state.candidates.map((c, i) => {
          // evaluateAll keeps the candidates' order.
          const r = results[i]!;
          const out = r.dealbreakers.length > 0;
          return (
            <button
              type="button"
              key={c.id}
              id={`fit-switch-${c.id}`}
              aria-pressed={c.id === current}
              onClick={() => onChoose(c.id)}
            >
              <span class="fit-switch-name">
                {out && (
                  <span class="fit-x" aria-hidden="true">
                    ✕{' '}
                  </span>
                )}
                {label(c)}
              </span>
              <span class="fit-switch-meta">
                {r.score !== null
                  ? `${r.score}/100`
                  : format(t['cand.progress'], { n: r.rated, total: CRITERIA_COUNT })}
                {out && <span class="visually-hidden">, {t['band.out']}</span>}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}

/**
 * One criterion: its name, then the ratings. What it means, what to ask, the anchors and its
 * weight sit in one disclosure once the tool is live (one tap away, so the form stays short on
 * a phone; the chosen rating's meaning shows under the scale), and in the open on the printable
 * worksheet before that.
 */
function Criterion(props: CriteriaProps & { criterion: CriterionId }) {
  const { criterion: cid, hydrated, state, current, t, label } = props;
  const text = props.texts[cid];
  const critical = criterionFacts[cid].critical;
  const guidance = (
    <>
      {hydrated && critical && <p class="fit-critical">{t['crit.criticalHint']}</p>}
      <p>{text.explanation}</p>
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
          {anchorLevels.map((n) => (
            <div key={n}>
              <dt>{n}</dt>
              <dd id={`fit-anchor-${cid}-${n}`}>{text.anchors[n]}</dd>
            </div>
          ))}
        </dl>
        {hydrated ? (
          <Weight {...props} />
        ) : (
          <p class="fit-write-weight">
            {t['sheet.importance']}: {weightChoices.map((w) => t[`weight.${w}`]).join(' / ')}
          </p>
        )}
      </div>
    </>
  );
  return (
    <li class="fit-crit">
      <div class="fit-crit-info">
        <div class="fit-crit-head">
          <h3>{text.name}</h3>
          {critical &&
            (hydrated ? (
              <p class="fit-critical-tag">! {t['crit.critical']}</p>
            ) : (
              <p class="fit-critical">
                <strong>{t['crit.critical']}.</strong> {t['crit.criticalHint']}
              </p>
            ))}
        </div>
        {hydrated ? (
          <Disclosure
            class="fit-guide"
            summary={
              <>
                {t['crit.guide']}
                <span class="fit-guide-weight"> · {t[`weight.${state.weights[cid]}`]}</span>
              </>
            }
          >
            {guidance}
          </Disclosure>
        ) : (
          guidance
        )}
      </div>
      <div class="fit-cells">
        {hydrated
          ? state.candidates.map((c) => (
              <RatingCell
                key={c.id}
                candidate={c}
                criterion={cid}
                criterionName={text.name}
                anchors={text.anchors}
                name={label(c)}
                current={c.id === current}
                t={t}
                onRate={props.onRate}
                onNote={(note) => props.onNote(c.id, cid, note)}
              />
            ))
          : Array.from({ length: WRITE_IN }, (_, i) => <WriteInCell key={i} n={i + 1} t={t} />)}
      </div>
    </li>
  );
}

/** How much a criterion counts, for every candidate. */
function Weight({ criterion: cid, state, t, onWeight }: CriteriaProps & { criterion: CriterionId }) {
  return (
    <div class="field fit-weight">
      <label for={`fit-weight-${cid}`}>{t['crit.importance']}</label>
      <select
        id={`fit-weight-${cid}`}
        value={String(state.weights[cid])}
        // setWeight ignores anything but 0-3.
        onChange={(e) => onWeight(cid, Number(e.currentTarget.value) as Weight)}
      >
        {weightChoices.map((w) => (
          <option key={w} value={String(w)}>
            {t[`weight.${w}`]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * What the chosen rating means: the anchor of 1, 3 or 5, or which two anchors a 2 or 4 lies
 * between.
 */
function meaning(rating: Rating, anchors: CriterionText['anchors'], t: Strings): string {
  return rating % 2 === 1
    ? anchors[rating as AnchorLevel]
    : format(t['rate.between'], { low: rating - 1, high: rating + 1 });
}

interface CellProps {
  candidate: Candidate;
  criterion: CriterionId;
  criterionName: string;
  anchors: CriterionText['anchors'];
  name: string;
  current: boolean;
  t: Strings;
  onRate: (id: string, criterion: CriterionId, rating: Rating | null) => void;
  onNote: (note: string) => void;
}

/**
 * One candidate's rating and note on one criterion: a 1–5 scale in a fieldset with the note's
 * toggle beside it (below it where the cell is narrow), then what the rating means with Clear
 * (or "Not rated yet"), then the note when open. A button toggles the note, not a disclosure,
 * so that it can sit beside the scale while the note opens across the whole cell.
 */
function RatingCell({ candidate, criterion, criterionName, anchors, name, current, t, onRate, onNote }: CellProps) {
  const rating = candidate.ratings[criterion];
  const note = candidate.notes[criterion] ?? '';
  const base = `fit-${candidate.id}-${criterion}`;
  // Closed at first (a tick on the toggle says there is one); the reader opens it to edit.
  const [open, setOpen] = useState(false);
  return (
    <RadioGroup
      name={base}
      class={current ? 'fit-cell is-current' : 'fit-cell'}
      legend={
        <>
          <span class="visually-hidden">{format(t['rate.legend'], { criterion: criterionName, name })}</span>
          <span class="fit-cell-name" aria-hidden="true">
            {name}
          </span>
        </>
      }
      layout="scale"
      choices={ratingLevels.map((n) => ({
        value: n,
        label: n,
        // 1, 3 and 5 have a description; 2 and 4 sit between them.
        describedBy: n % 2 === 1 ? `fit-anchor-${criterion}-${n}` : undefined,
      }))}
      value={rating}
      onChange={(n) => onRate(candidate.id, criterion, n)}
    >
      <button type="button" class="fit-note-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t['sheet.notes']}
        {note !== '' && !open && ' ✓'}
      </button>
      <div class="fit-cell-state">
        {rating !== undefined && <p class="fit-meaning">{meaning(rating, anchors, t)}</p>}
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
      {open && (
        <TextField
          id={`${base}-note`}
          label={format(t['note.label'], { name })}
          hint={format(t['note.hint'], { max: NOTE_MAX })}
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onInput={onNote}
        />
      )}
    </RadioGroup>
  );
}

/** A box to rate a candidate by hand on the printable worksheet. */
function WriteInCell({ n, t }: { n: number; t: Strings }) {
  return (
    <div class="fit-write">
      <p class="fit-write-head">{format(t['cand.fallback'], { n })}</p>
      <p class="fit-write-scale">
        {t['sheet.rating']}:{' '}
        {ratingLevels.map((level) => (
          <span key={level}>{level}</span>
        ))}
      </p>
      <p class="fit-write-notes">
        {t['sheet.notes']}: <span class="fit-line" />
      </p>
    </div>
  );
}
