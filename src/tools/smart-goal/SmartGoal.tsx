/**
 * The SMART goal builder's island. It only renders: the state comes from the kit's `useTool`,
 * every judgement from model.ts (codes), every word from props in the page's language.
 *
 * Before hydration (and without JavaScript) it renders nothing: the page shows the static SMART
 * worksheet instead, and hides it once this island is on screen (smart-goal.css).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import { type Locale, otherLocale } from '../../i18n/locales';
import { formatDate } from '../../i18n/format';
import {
  ErrorSummary,
  type FieldError,
  KitNotices,
  KitStatus,
  type KitStrings,
  LiveRegion,
  PrintHeader,
  SharedBanner,
  ToolActions,
} from '../kit/components';
import { withJsonSchema } from '../kit/spec';
import { useTool } from '../kit/useTool';
import type { JsonSchema } from '../kit/validate';
import { parseIsoDate } from './dates';
import { requestExport } from './exports';
import type { IslandStrings, StatementStrings } from './i18n';
import { cadences, type GoalType, type LetterKey } from './letters';
import { issueMessage, partnerName } from './messages';
import {
  checkGoal,
  composeStatement,
  type Field,
  fieldId,
  type GoalCheck,
  milestones,
  partnershipFields,
  valueText,
} from './model';
import type { Goal, SmartState } from './schema';
import type { LetterNames } from './summary';
import { emptyGoal, nextGoalId, smartGoal } from './tool';
import { LIMITS } from './limits';

export interface LetterView {
  key: LetterKey;
  letter: string;
  name: string;
  question: string;
}

export interface TypeView {
  key: GoalType;
  name: string;
  hint: string;
  metrics: readonly { metric: string; unit: string }[];
}

interface Props {
  lang: Locale;
  /** The tool's name, for the printed page's header. */
  title: string;
  t: IslandStrings;
  /** The statement's words in the other language. */
  other: StatementStrings;
  kit: KitStrings;
  schema: JsonSchema;
  letters: readonly LetterView[];
  types: readonly TypeView[];
}

/** Today in the reader's own time zone, as `YYYY-MM-DD`. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The form's ids come from the goal's position, so outside data with repeated ids stays valid. */
const domKey = (index: number) => `g${index + 1}`;

/** Focuses an element once Preact has rendered it. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

type Setter = (change: (goal: Goal) => Goal) => void;

export default function SmartGoal({ lang, title, t, other, kit, schema, letters, types }: Props) {
  const spec = useMemo(() => withJsonSchema(smartGoal, schema), [schema]);
  const tool = useTool(spec);
  const [checked, setChecked] = useState(0);
  const [showOther, setShowOther] = useState(false);
  const today = useMemo(localToday, []);
  const { state } = tool;
  const results = state.goals.map((goal) => checkGoal(state.partners, goal, today));

  if (!tool.hydrated) return null;

  const letterNames = Object.fromEntries(letters.map((l) => [l.key, l])) as unknown as LetterNames;

  // After the reader asks for a check: messages at the fields and in the summary.
  const errors: FieldError[] = [];
  const fieldErrors = new Map<string, string>();
  if (checked > 0) {
    state.goals.forEach((goal, index) => {
      for (const issue of results[index]?.issues ?? []) {
        const id = fieldId(domKey(index), issue.field);
        if (fieldErrors.has(id)) continue;
        const message = issueMessage(issue, state.partners, goal, lang, t);
        fieldErrors.set(id, message);
        const shared = partnershipFields.includes(issue.field);
        errors.push({
          field: id,
          message: shared || state.goals.length === 1 ? message : format(t['issue.inGoal'], { n: index + 1, message }),
        });
      }
    });
  }

  const announcement = results
    .map((r, i) =>
      format(t['check.announce'], {
        goal: i + 1,
        n: Object.values(r.letters).filter((l) => l.status === 'met').length,
      }),
    )
    .join(' ');

  const setPartner = (which: 'a' | 'b', value: string) =>
    tool.update((s) => ({ ...s, partners: { ...s.partners, [which]: value } }));
  const setGoal =
    (index: number): Setter =>
    (change) =>
      tool.update((s) => ({ ...s, goals: s.goals.map((g, i) => (i === index ? change(g) : g)) }));

  const addGoal = () => {
    tool.update((s) =>
      s.goals.length >= LIMITS.goals ? s : { ...s, goals: [...s.goals, emptyGoal(nextGoalId(s.goals), lang)] },
    );
    focusSoon(`smart-${domKey(state.goals.length)}-heading`);
  };
  const removeGoal = (index: number) => {
    tool.update((s) => ({ ...s, goals: s.goals.filter((_, i) => i !== index) }), {
      undo: format(t['goal.removed'], { n: index + 1 }),
    });
    focusSoon(`smart-${domKey(Math.max(0, index - 1))}-heading`);
  };

  const check = () => {
    setChecked((n) => n + 1);
    if (results.every((r) => r.allMet)) tool.announce(t['check.done']);
  };

  const exportRequest = (task: 'ics' | 'md') => requestExport({ task, state, lang, today, t, letters: letterNames });
  const downloadCalendar = async () => {
    const made = await exportRequest('ics');
    if (!made) tool.announce(t['exports.failed']);
    else if (made.text === null) tool.announce(t['ics.none']);
    else {
      const { downloadFile, exportFileName } = await import('../kit/files');
      downloadFile(exportFileName(smartGoal.key, 'ics'), made.text, 'text/calendar;charset=utf-8');
      tool.announce(format(t['ics.downloaded'], { n: made.count }));
    }
  };
  const summary = async () => (await exportRequest('md'))?.text ?? t['exports.failed'];

  const err = (id: string) => fieldErrors.get(id);

  return (
    <div class="smart-tool">
      <PrintHeader title={title} kit={kit} lang={lang} />
      <KitNotices tool={tool} kit={kit} />
      <SharedBanner tool={tool} kit={kit} />
      <ErrorSummary title={kit['errors.title']} errors={errors} focusKey={checked} />

      <fieldset class="smart-partners">
        <legend>{t['partners.legend']}</legend>
        <p class="hint">{t['partners.hint']}</p>
        <div class="smart-pair">
          <TextField
            id="smart-partnerA"
            label={t['partners.a']}
            value={state.partners.a}
            max={LIMITS.name}
            error={err('smart-partnerA')}
            onInput={(v) => setPartner('a', v)}
          />
          <TextField
            id="smart-partnerB"
            label={t['partners.b']}
            value={state.partners.b}
            max={LIMITS.name}
            error={err('smart-partnerB')}
            onInput={(v) => setPartner('b', v)}
          />
        </div>
      </fieldset>

      {state.goals.map((goal, index) => (
        <GoalSection
          key={goal.id}
          index={index}
          goal={goal}
          result={results[index]!}
          state={state}
          lang={lang}
          t={t}
          other={other}
          showOther={showOther}
          onToggleOther={() => setShowOther((v) => !v)}
          letters={letters}
          types={types}
          set={setGoal(index)}
          err={err}
          onRemove={state.goals.length > 1 ? () => removeGoal(index) : undefined}
        />
      ))}

      <div class="smart-more no-print">
        {state.goals.length < LIMITS.goals ? (
          <button type="button" class="button secondary" onClick={addGoal}>
            {t['goal.add']}
          </button>
        ) : (
          <p class="hint">{format(t['goal.limit'], { max: LIMITS.goals })}</p>
        )}
        <button type="button" class="button" onClick={check}>
          {t['check.button']}
        </button>
      </div>

      <LiveRegion message={announcement} />
      <KitStatus tool={tool} kit={kit} />
      <ToolActions tool={tool} kit={kit} summary={summary}>
        <button type="button" class="button" onClick={() => tool.run(downloadCalendar)}>
          {t['ics.button']}
        </button>
      </ToolActions>
    </div>
  );
}

interface GoalProps {
  index: number;
  goal: Goal;
  result: GoalCheck;
  state: SmartState;
  lang: Locale;
  t: IslandStrings;
  other: StatementStrings;
  showOther: boolean;
  onToggleOther: () => void;
  letters: readonly LetterView[];
  types: readonly TypeView[];
  set: Setter;
  err: (id: string) => string | undefined;
  onRemove: (() => void) | undefined;
}

/** The goal's text answers, by letter; each has `field.<key>` (and maybe `field.<key>Hint`) words. */
type Section = 'specific' | 'measurable' | 'achievable' | 'relevant';
type TextKey =
  | 'what'
  | 'scope'
  | 'metric'
  | 'unit'
  | 'source'
  | 'contributionA'
  | 'contributionB'
  | 'evidence'
  | 'benefitA'
  | 'benefitB';
const long = new Set<TextKey>(['what', 'contributionA', 'contributionB', 'evidence', 'benefitA', 'benefitB']);

function GoalSection({
  index,
  goal,
  result,
  state,
  lang,
  t,
  other,
  showOther,
  onToggleOther,
  letters,
  types,
  set,
  err,
  onRemove,
}: GoalProps) {
  const key = domKey(index);
  const id = (field: Field) => fieldId(key, field);
  const n = index + 1;
  const type = types.find((ty) => ty.key === goal.type);
  const words = t as unknown as Record<string, string>;

  /** A text answer: label and hint from the dictionary; "{name}" is the partner it is about. */
  const text = (section: Section, field: TextKey) => {
    const which = field.endsWith('B') ? 'b' : 'a';
    const base = field.replace(/[AB]$/, '');
    return (
      <TextField
        id={id(field)}
        label={format(words[`field.${base}`] ?? '', { name: partnerName(state.partners, which, t) })}
        hint={words[`field.${base}Hint`]}
        value={(goal[section] as Record<string, string>)[field] ?? ''}
        long={long.has(field)}
        max={field === 'unit' ? LIMITS.unit : long.has(field) ? LIMITS.long : LIMITS.short}
        error={err(id(field))}
        onInput={(v) => set((g) => ({ ...g, [section]: { ...g[section], [field]: v } }))}
      />
    );
  };
  const number = (field: 'baseline' | 'target') => {
    const raw = goal.measurable[field].text;
    const read = result.numbers[field];
    const readId = `${id(field)}-read`;
    const echo =
      raw.trim() === '' ? null : (
        <p class={read.ok ? 'smart-read' : 'smart-read is-problem'} id={readId}>
          {read.ok
            ? format(t['field.readAs'], {
                value: valueText(read, raw, result.numbers.kind, goal.measurable.unit, lang),
              })
            : issueMessage(
                { code: 'number-unreadable', field, reason: read.error === 'empty' ? 'unreadable' : read.error },
                state.partners,
                goal,
                lang,
                t,
              )}
        </p>
      );
    return (
      <TextField
        id={id(field)}
        label={t[`field.${field}`]}
        hint={t['field.numberHint']}
        value={raw}
        max={60}
        error={err(id(field))}
        after={echo}
        afterId={echo ? readId : undefined}
        onInput={(v) => set((g) => ({ ...g, measurable: { ...g.measurable, [field]: { text: v, lang } } }))}
      />
    );
  };
  const date = (field: 'start' | 'deadline') => (
    <TextField
      id={id(field)}
      type="date"
      label={t[`field.${field}`]}
      value={goal.timeBound[field]}
      max={10}
      error={err(id(field))}
      onInput={(v) => set((g) => ({ ...g, timeBound: { ...g.timeBound, [field]: v } }))}
    />
  );
  const radios = <V extends string>(
    name: string,
    values: readonly V[],
    current: V | undefined,
    label: (v: V) => ComponentChildren,
    onPick: (v: V) => void,
  ) =>
    values.map((v) => (
      <label class="choice-row" key={v}>
        <input
          type="radio"
          name={`smart-${key}-${name}`}
          value={v}
          checked={current === v}
          onChange={() => onPick(v)}
        />
        {label(v)}
      </label>
    ));

  const letterOf = Object.fromEntries(letters.map((l) => [l.key, l])) as Record<LetterKey, LetterView>;
  const fieldset = (k: LetterKey, children: ComponentChildren) => (
    <LetterFieldset view={letterOf[k]} met={result.letters[k].status === 'met'} t={t}>
      {children}
    </LetterFieldset>
  );

  const statement = composeStatement(state.partners, goal, lang, t);
  const otherLang = otherLocale(lang);
  const rows = milestones(goal, result);
  const met = letters.filter((l) => result.letters[l.key].status === 'met').length;
  const sid = (part: string) => `smart-${key}-${part}`;

  return (
    <section class="smart-goal" aria-labelledby={sid('heading')}>
      <div class="smart-goal-head">
        <h2 id={sid('heading')} tabIndex={-1}>
          {format(t['goal.heading'], { n })}
        </h2>
        {onRemove && (
          <button type="button" class="button secondary small danger no-print" onClick={onRemove}>
            {format(t['goal.remove'], { n })}
          </button>
        )}
      </div>

      <div class="smart-form">
        <fieldset class="smart-types">
          <legend>{t['goal.typeLegend']}</legend>
          <p class="hint">{t['goal.typeHint']}</p>
          {radios(
            'type',
            types.map((ty) => ty.key),
            goal.type,
            (v) => {
              const ty = types.find((x) => x.key === v)!;
              return (
                <span>
                  {ty.name}
                  <span class="hint">{ty.hint}</span>
                </span>
              );
            },
            (v) => set((g) => ({ ...g, type: v })),
          )}
        </fieldset>

        {fieldset('specific', [text('specific', 'what'), text('specific', 'scope')])}
        {fieldset('measurable', [
          text('measurable', 'metric'),
          type && type.metrics.length > 0 && (
            <div class="smart-suggest">
              <p class="hint" id={sid('suggest')}>
                {t['field.suggestions']}
              </p>
              <ul class="smart-suggest-list" aria-labelledby={sid('suggest')}>
                {type.metrics.map((s) => (
                  <li key={s.metric}>
                    <button
                      type="button"
                      class="button secondary small"
                      aria-pressed={goal.measurable.metric === s.metric}
                      onClick={() =>
                        set((g) => ({ ...g, measurable: { ...g.measurable, metric: s.metric, unit: s.unit } }))
                      }
                    >
                      {s.metric} ({s.unit})
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ),
          text('measurable', 'unit'),
          <div class="smart-pair">
            {number('baseline')}
            {number('target')}
          </div>,
          text('measurable', 'source'),
        ])}
        {fieldset('achievable', [
          text('achievable', 'contributionA'),
          text('achievable', 'contributionB'),
          text('achievable', 'evidence'),
        ])}
        {fieldset('relevant', [text('relevant', 'benefitA'), text('relevant', 'benefitB')])}
        {fieldset('timeBound', [
          <div class="smart-pair">
            {date('start')}
            {date('deadline')}
          </div>,
          <fieldset class="smart-cadence">
            <legend>{t['field.cadence']}</legend>
            {radios(
              'cadence',
              cadences,
              goal.timeBound.cadence,
              (c) => t[`cadenceLabel.${c}`],
              (c) => set((g) => ({ ...g, timeBound: { ...g.timeBound, cadence: c } })),
            )}
          </fieldset>,
        ])}
      </div>

      <section class="smart-result">
        <h3>{t['check.title']}</h3>
        <p class={met === 5 ? 'smart-count is-met' : 'smart-count'}>
          {met === 5 ? t['check.allMet'] : format(t['check.count'], { n: met })}
        </p>
        <ul class="smart-letters">
          {letters.map((view) => {
            const r = result.letters[view.key];
            const ok = r.status === 'met';
            return (
              <li key={view.key} class={ok ? 'is-met' : 'is-open'}>
                <span class="smart-mark" aria-hidden="true">
                  {view.letter}
                </span>
                <div>
                  <p class="smart-letter-line">
                    <strong>{view.name}</strong>{' '}
                    <span class="smart-status">
                      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
                      {t[ok ? 'check.met' : 'check.needsWork']}
                    </span>
                  </p>
                  {r.issues.length > 0 && (
                    <ul class="smart-reasons">
                      {r.issues.map((issue) => (
                        <li key={issue.code + issue.field}>
                          <a href={`#${id(issue.field)}`}>{issueMessage(issue, state.partners, goal, lang, t)}</a>
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
              aria-controls={sid('other')}
              onClick={onToggleOther}
            >
              {t[showOther ? 'statement.hideOther' : 'statement.showOther']}
            </button>
            <div id={sid('other')} class="smart-other" lang={otherLang} hidden={!showOther}>
              <h4>{t['statement.otherTitle']}</h4>
              <Sentences list={composeStatement(state.partners, goal, otherLang, other)} />
            </div>
          </>
        )}
      </section>

      <section class="smart-milestones">
        <h3>{t['milestones.title']}</h3>
        {rows.length === 0 ? (
          <p class="hint">{t['milestones.empty']}</p>
        ) : (
          <>
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
            <p class="hint no-print">{t['ics.hint']}</p>
          </>
        )}
      </section>
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

function LetterFieldset({
  view,
  met,
  t,
  children,
}: {
  view: LetterView;
  met: boolean;
  t: IslandStrings;
  children: ComponentChildren;
}) {
  return (
    <fieldset class={met ? 'smart-letter is-met' : 'smart-letter'}>
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
      {children}
    </fieldset>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  max: number;
  onInput: (value: string) => void;
  type?: 'text' | 'date';
  hint?: string | undefined;
  error?: string | undefined;
  long?: boolean | undefined;
  /** Shown under the input and read with it (e.g. how a number was read). */
  after?: ComponentChildren;
  afterId?: string | undefined;
}

/** A labelled input or textarea; the error shows (and `aria-invalid` is set) only after a check. */
function TextField({ id, label, value, max, onInput, type = 'text', hint, error, long, after, afterId }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`, afterId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-describedby': described,
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {long ? (
        <textarea rows={3} maxLength={max} {...common} />
      ) : type === 'date' ? (
        <input type="date" min="1900-01-01" max="2200-12-31" {...common} />
      ) : (
        <input type="text" maxLength={max} {...common} />
      )}
      {after}
    </div>
  );
}
