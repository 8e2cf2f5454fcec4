/**
 * What a goal's answers add up to, under its form: the SMART check letter by letter, the goal
 * statement (in both languages), and the milestones with their review dates.
 */
import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import { otherLocale } from '../../i18n/locales';
import { CHART, milestoneChart, PLOT } from './chart';
import { parseIsoDate } from './dates';
import type { GoalFormProps } from './GoalForm';
import type { StatementStrings } from './i18n';
import type { LetterKey } from './letters';
import { fieldId } from './edit';
import { issueMessage } from './messages';
import { type GoalCheck, goalSentence, type Milestone, milestones, valueText } from './model';
import { composeStatement } from './sentences';

/**
 * A part of the result gets the goal's props with its check, which is there by then, and which
 * letters it may judge: those whose section the reader has left, or all after "Check".
 */
type ResultProps = GoalFormProps & { result: GoalCheck; judged: (letter: LetterKey) => boolean };

/** At most this many things to do per letter at a time: the next ones, not a list of faults. */
const NEXT_STEPS = 2;

/**
 * The answer first: the goal in one sentence with a button to copy it, and the five letters at a
 * glance. Sticky beside the form on a wide screen (smart-goal.css).
 */
export function AnswerPanel(props: ResultProps & { id: string; onCopy: (text: string) => void }) {
  const { goalKey, goal, result, partners, lang, t, letters, judged, id } = props;
  const sentence = goalSentence(partners, goal, lang, t);
  const titleId = `${id}-title`;
  return (
    <section class="smart-panel" id={id} aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>{t['sentence.title']}</h3>
      {/* On a wide screen a long sentence scrolls in here, so the copy button below it and the
          five letters stay in view. Focusable, so that a keyboard can scroll it too (axe:
          scrollable-region-focusable), which the lint rule below does not know about. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
      <div class="smart-panel-sentence" role="group" aria-labelledby={titleId} tabIndex={0}>
        {sentence === '' ? (
          <p class="hint">{t['sentence.empty']}</p>
        ) : (
          <p class="smart-sentence" id={`smart-${goalKey}-sentence`}>
            {sentence}
          </p>
        )}
      </div>
      {sentence !== '' && (
        <button type="button" class="button secondary small smart-copy no-print" onClick={() => props.onCopy(sentence)}>
          {t['sentence.copy']}
        </button>
      )}
      <ul class="smart-glance" aria-label={t['sentence.letters']}>
        {letters.map((view) => {
          const met = result.letters[view.key].status === 'met';
          const state = met ? 'is-met' : judged(view.key) ? 'is-open' : 'is-pending';
          return (
            <li key={view.key} class={state}>
              <span class="smart-mark" aria-hidden="true">
                {view.letter}
              </span>
              <span>
                {view.name}
                <span class="smart-glance-status">
                  {': '}
                  {t[met ? 'check.met' : judged(view.key) ? 'check.needsWork' : 'check.pending']}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Each letter met or not, with what still needs work (linked to its field) and any advice. */
export function LetterChecks({ goalKey, goal, result, partners, lang, t, letters, judged }: ResultProps) {
  const met = letters.filter((l) => result.letters[l.key].status === 'met').length;
  return (
    <section class="smart-result">
      <h3>{t['check.title']}</h3>
      <p class={met === 5 ? 'smart-count is-met' : 'smart-count'}>
        {met === 5 ? t['check.allMet'] : format(t['check.count'], { n: met })}
      </p>
      <ul class="smart-letters">
        {letters.map((view) => {
          const r = result.letters[view.key];
          const ok = r.status === 'met';
          // A letter still being filled in is not judged yet: no cross, no list of faults.
          const open = !ok && judged(view.key);
          return (
            <li key={view.key} class={ok ? 'is-met' : open ? 'is-open' : 'is-pending'}>
              <span class="smart-mark" aria-hidden="true">
                {view.letter}
              </span>
              <div>
                <p class="smart-letter-line">
                  <strong>{view.name}</strong>{' '}
                  <span class="smart-status">
                    <span aria-hidden="true">{ok ? '✓ ' : open ? '✗ ' : '… '}</span>
                    {t[ok ? 'check.met' : open ? 'check.needsWork' : 'check.pending']}
                  </span>
                </p>
                {open && r.issues.length > 0 && (
                  <ul class="smart-reasons">
                    {r.issues.slice(0, NEXT_STEPS).map((issue) => (
                      <li key={issue.code + issue.field}>
                        <a href={`#${fieldId(goalKey, issue.field)}`}>{issueMessage(issue, partners, goal, lang, t)}</a>
                      </li>
                    ))}
                  </ul>
                )}
                {r.notes.map((note) => (
                  <p class="smart-note" key={note}>
                    {t[`note.${note}`]}
                  </p>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The goal in sentences, once there is enough to say; the other language one tap away. */
export function Statement(
  props: GoalFormProps & { other: StatementStrings; showOther: boolean; onToggleOther: () => void },
) {
  const { goalKey, goal, partners, lang, t, other, showOther } = props;
  const statement = composeStatement(partners, goal, lang, t);
  const otherLang = otherLocale(lang);
  const otherId = `smart-${goalKey}-other`;
  return (
    <section class="smart-statement">
      <h3>{t['statement.title']}</h3>
      {statement.length < 2 ? (
        <p class="hint">{t['statement.empty']}</p>
      ) : (
        <>
          <Sentences list={statement} />
          <button
            type="button"
            class="button secondary small no-print"
            aria-expanded={showOther}
            aria-controls={otherId}
            onClick={props.onToggleOther}
          >
            {t[showOther ? 'statement.hideOther' : 'statement.showOther']}
          </button>
          <div id={otherId} class="smart-other" lang={otherLang} hidden={!showOther}>
            <h4>{t['statement.otherTitle']}</h4>
            <Sentences list={composeStatement(partners, goal, otherLang, other)} />
          </div>
        </>
      )}
    </section>
  );
}

function Sentences({ list }: { list: readonly string[] }) {
  return (
    <div class="smart-statement-text">
      {list.map((sentence, i) => (
        <p key={i}>{sentence}</p>
      ))}
    </div>
  );
}

/**
 * The way from baseline to target: a value for each review meeting, up to the deadline, and
 * right under the table the button that puts these dates into the reader's calendar.
 */
export function Milestones(props: ResultProps & { onCalendar: () => void }) {
  const { goalKey, goal, result, lang, t } = props;
  const rows = milestones(goal, result);
  const hintId = `smart-${goalKey}-calendar-hint`;
  return (
    <section class="smart-milestones">
      <h3>{t['milestones.title']}</h3>
      {rows.length === 0 ? (
        <p class="hint">{t['milestones.empty']}</p>
      ) : (
        <div class="smart-milestones-body">
          <div>
            <table>
              <caption>{t['milestones.caption']}</caption>
              <thead>
                <tr>
                  <th scope="col">{t['milestones.meeting']}</th>
                  <th scope="col">{t['milestones.date']}</th>
                  <th scope="col">{t['milestones.value']}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={row.date} class={row.final ? 'is-final' : undefined}>
                    <th scope="row">
                      {row.final ? t['milestones.deadline'] : format(t['milestones.review'], { n: i + 1 })}
                    </th>
                    <td>
                      <time dateTime={row.date}>{formatDate(parseIsoDate(row.date)!, lang)}</time>
                    </td>
                    <td>
                      {valueText({ ok: true, value: row.value }, '', result.numbers.kind, goal.measurable.unit, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="smart-calendar no-print">
              <button type="button" class="button secondary" aria-describedby={hintId} onClick={props.onCalendar}>
                {t['ics.button']}
              </button>
              <p class="hint" id={hintId}>
                {t['ics.hint']}
              </p>
            </div>
          </div>
          <MilestoneChart {...props} rows={rows} />
        </div>
      )}
    </section>
  );
}

/**
 * The milestones as a picture beside their table: the line from the baseline to the target, a dot
 * per review. The SVG is hidden from screen readers; its caption says the table holds the same
 * numbers. Drawn with strokes and text, so it prints with background graphics off.
 */
function MilestoneChart({ goal, result, lang, t, rows }: ResultProps & { rows: readonly Milestone[] }) {
  const { baseline, kind } = result.numbers;
  const chart = baseline.ok ? milestoneChart(goal.timeBound.start, baseline.value, rows) : null;
  if (!chart) return null;
  const value = (n: number) => valueText({ ok: true, value: n }, '', kind, goal.measurable.unit, lang);
  const date = (iso: string) => formatDate(parseIsoDate(iso)!, lang);
  const [first, last] = [chart.points[0]!, chart.points.at(-1)!];
  const axis = PLOT.bottom + 8;
  return (
    <figure class="smart-chart">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" focusable="false">
        {[chart.baseline, chart.target].map((level, i) => (
          <g key={i} class="smart-chart-level">
            <line x1={PLOT.left} x2={PLOT.right} y1={level.y} y2={level.y} />
            <text x={level.labelX} y={level.labelY} text-anchor={level.anchor}>
              {format(t[i === 0 ? 'chart.baseline' : 'chart.target'], {
                value: value(i === 0 ? first.value : last.value),
              })}
            </text>
          </g>
        ))}
        <line class="smart-chart-axis" x1={PLOT.left} x2={PLOT.right} y1={axis} y2={axis} />
        {chart.points.map((p) => (
          <line key={p.date} class="smart-chart-axis" x1={p.x} x2={p.x} y1={axis - 4} y2={axis + 4} />
        ))}
        <polyline class="smart-chart-line" points={chart.points.map((p) => `${p.x},${p.y}`).join(' ')} />
        {chart.points.map((p) => (
          <circle
            key={p.date}
            class={`smart-chart-dot is-${p.kind}`}
            cx={p.x}
            cy={p.y}
            r={p.kind === 'review' ? 3.5 : 5}
          />
        ))}
        <text class="smart-chart-date" x={PLOT.left} y={chart.dateY} text-anchor="start">
          {date(first.date)}
        </text>
        <text class="smart-chart-date" x={PLOT.right} y={chart.dateY} text-anchor="end">
          {date(last.date)}
        </text>
      </svg>
      <figcaption class="hint">{t['chart.caption']}</figcaption>
    </figure>
  );
}

/** Under the baseline or the target: how the tool read it, or why it could not. */
export function ReadEcho({
  field,
  goalKey,
  goal,
  result,
  partners,
  lang,
  t,
}: ResultProps & { field: 'baseline' | 'target' }) {
  const raw = goal.measurable[field].text;
  const read = result.numbers[field];
  return (
    <p class={read.ok ? 'smart-read' : 'smart-read is-problem'} id={`${fieldId(goalKey, field)}-read`}>
      {read.ok
        ? format(t['field.readAs'], { value: valueText(read, raw, result.numbers.kind, goal.measurable.unit, lang) })
        : issueMessage(
            { code: 'number-unreadable', field, reason: read.error === 'empty' ? 'unreadable' : read.error },
            partners,
            goal,
            lang,
            t,
          )}
    </p>
  );
}
