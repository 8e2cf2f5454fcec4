/**
 * One goal's form: its type, then the five letters S, M, A, R, T, each a fieldset with its
 * question and its answers. Renders only: every change is a function from model.ts.
 */
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';
import { RadioGroup, TextField } from '../kit/form';
import type { IslandStrings } from './i18n';
import { cadences, type LetterKey } from './letters';
import { LIMITS } from './limits';
import {
  fieldId,
  type TextAnswer,
  textAnswer,
  withCadence,
  withDate,
  withMetric,
  withNumberText,
  withTextAnswer,
  withType,
} from './edit';
import { partnerName } from './messages';
import type { GoalCheck } from './model';
import type { Goal, SmartState } from './schema';
import type { LetterView, TypeView } from './views';

/** What every part of a goal gets: the goal, its check, the words, and how to change it. */
export interface GoalFormProps {
  /** `g1`, `g2`, …: the goal's part of its fields' ids (see `goalKey`). */
  goalKey: string;
  goal: Goal;
  /** The goal's check: there once the checks have loaded (on the reader's first action). */
  result?: GoalCheck | undefined;
  partners: SmartState['partners'];
  lang: Locale;
  t: IslandStrings;
  letters: readonly LetterView[];
  types: readonly TypeView[];
  set: (change: (goal: Goal) => Goal) => void;
  /** The problem with a field after a check (by the field's id), if any. */
  err: (id: string) => string | undefined;
  /** How the tool read the baseline or the target (from the checks, once loaded). */
  readEcho?: ((field: 'baseline' | 'target') => ComponentChildren) | undefined;
  /** Called when focus leaves a letter's section: from then on its check may show. */
  onLeave?: ((letter: LetterKey) => void) | undefined;
}

export function GoalForm(props: GoalFormProps) {
  const { goalKey, goal, result, t, letters, types, set } = props;
  const type = types.find((ty) => ty.key === goal.type);
  const text = (field: TextAnswer) => <AnswerField {...props} field={field} />;
  const letter = (key: LetterKey, children: ComponentChildren) => (
    <LetterFieldset
      view={letters.find((l) => l.key === key)!}
      met={result?.letters[key].status === 'met'}
      t={t}
      onLeave={() => props.onLeave?.(key)}
    >
      {children}
    </LetterFieldset>
  );
  return (
    <div class="smart-form">
      <RadioGroup
        name={`smart-${goalKey}-type`}
        class="smart-types"
        legend={t['goal.typeLegend']}
        hint={t['goal.typeHint']}
        choices={types.map((ty) => ({ value: ty.key, label: ty.name, hint: ty.hint }))}
        value={goal.type}
        onChange={(value) => set((g) => withType(g, value))}
      />
      {letter('specific', [text('what'), text('scope')])}
      {letter('measurable', [
        text('metric'),
        type && type.metrics.length > 0 && <Suggestions {...props} metrics={type.metrics} />,
        text('unit'),
        <div class="smart-pair">
          <NumberField {...props} field="baseline" />
          <NumberField {...props} field="target" />
        </div>,
        text('source'),
      ])}
      {letter('achievable', [text('contributionA'), text('contributionB'), text('evidence')])}
      {letter('relevant', [text('benefitA'), text('benefitB')])}
      {letter('timeBound', [
        <div class="smart-pair">
          <DateField {...props} field="start" />
          <DateField {...props} field="deadline" />
        </div>,
        <RadioGroup
          name={`smart-${goalKey}-cadence`}
          class="smart-cadence"
          legend={t['field.cadence']}
          choices={cadences.map((c) => ({ value: c, label: t[`cadenceLabel.${c}`] }))}
          value={goal.timeBound.cadence}
          onChange={(value) => set((g) => withCadence(g, value))}
        />,
      ])}
    </div>
  );
}

/** A letter: its badge, name and question, its answers, and a tick once it is met. */
function LetterFieldset(props: {
  view: LetterView;
  met: boolean;
  t: IslandStrings;
  onLeave: () => void;
  children: ComponentChildren;
}) {
  const { view, met, t } = props;
  // Focus moving to somewhere outside the section (not to another field of it) leaves it. Not
  // when it moves to the buttons under the goals: "Check" judges every letter anyway, and the
  // section's list of faults appearing above the button between the press and the release
  // would move the button away from under the finger, and the tap would be lost.
  const leave = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Element && to.closest('.smart-more')) return;
    if (!(to instanceof Node) || !(event.currentTarget as Node).contains(to)) props.onLeave();
  };
  return (
    <fieldset class={met ? 'smart-letter is-met' : 'smart-letter'} onFocusOut={leave}>
      <legend>
        <span class="smart-mark" aria-hidden="true">
          {view.letter}
        </span>
        {view.name}
        {/* Visual only: the check below each goal and the live region say it in words. */}
        {met && (
          <span class="smart-chip" aria-hidden="true">
            ✓ {t['check.met']}
          </span>
        )}
      </legend>
      <p class="hint">{view.question}</p>
      {props.children}
    </fieldset>
  );
}

/** The dictionary word of a text answer (`field.<word>`, `field.<word>Hint`): both partners' share one. */
const wordOf = (field: TextAnswer) =>
  field === 'contributionA' || field === 'contributionB'
    ? 'contribution'
    : field === 'benefitA' || field === 'benefitB'
      ? 'benefit'
      : field;
/** Answers written in sentences get a textarea. */
const long = new Set<TextAnswer>(['what', 'contributionA', 'contributionB', 'evidence', 'benefitA', 'benefitB']);

/** A text answer; "{name}" in its label and hint is the partner it is about. */
function AnswerField({ field, goalKey, goal, partners, t, set, err }: GoalFormProps & { field: TextAnswer }) {
  const id = fieldId(goalKey, field);
  const words = wordOf(field);
  const name = { name: partnerName(partners, field.endsWith('B') ? 'b' : 'a', t) };
  return (
    <TextField
      id={id}
      label={format(t[`field.${words}`], name)}
      hint={format(t[`field.${words}Hint`], name)}
      value={textAnswer(goal, field)}
      rows={long.has(field) ? 3 : undefined}
      maxLength={field === 'unit' ? LIMITS.unit : long.has(field) ? LIMITS.long : LIMITS.short}
      error={err(id)}
      onInput={(value) => set((g) => withTextAnswer(g, field, value))}
    />
  );
}

/** The baseline or the target, as typed, and under it how the tool read it. */
function NumberField(props: GoalFormProps & { field: 'baseline' | 'target' }) {
  const { field, goalKey, goal, lang, t, set, err, readEcho } = props;
  const id = fieldId(goalKey, field);
  const raw = goal.measurable[field].text;
  const echo = raw.trim() === '' || !readEcho ? null : readEcho(field);
  return (
    <TextField
      id={id}
      label={t[`field.${field}`]}
      hint={t[`field.${field}Hint`]}
      value={raw}
      maxLength={60}
      error={err(id)}
      after={echo}
      afterId={echo ? `${id}-read` : undefined}
      onInput={(value) => set((g) => withNumberText(g, field, value, lang))}
    />
  );
}

/** The start date or the deadline (with its limits as a hint). */
function DateField({ field, goalKey, goal, t, set, err }: GoalFormProps & { field: 'start' | 'deadline' }) {
  const id = fieldId(goalKey, field);
  return (
    <TextField
      id={id}
      type="date"
      min="1900-01-01"
      max="2200-12-31"
      label={t[`field.${field}`]}
      hint={field === 'deadline' ? t['field.deadlineHint'] : undefined}
      value={goal.timeBound[field]}
      error={err(id)}
      onInput={(value) => set((g) => withDate(g, field, value))}
    />
  );
}

/** Measures that suit the goal's type: one tap fills in the measure and its unit. */
function Suggestions(props: GoalFormProps & { metrics: TypeView['metrics'] }) {
  const { goalKey, goal, t, set, metrics } = props;
  const id = `smart-${goalKey}-suggest`;
  return (
    <div class="smart-suggest">
      <p class="hint" id={id}>
        {t['field.suggestions']}
      </p>
      <ul class="smart-suggest-list" aria-labelledby={id}>
        {metrics.map((s) => (
          <li key={s.metric}>
            <button
              type="button"
              class="button secondary small"
              aria-pressed={goal.measurable.metric === s.metric}
              onClick={() => set((g) => withMetric(g, s.metric, s.unit))}
            >
              {s.metric} ({s.unit})
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
