/**
 * The SMART goal builder's island. It only renders: the state comes from the kit's `useTool`,
 * every judgement from model.ts (codes), every word from props in the page's language. What the
 * reader sees, piece by piece: the partners (here), each goal's form (GoalForm.tsx), and under
 * it the check, the statement and the milestones (GoalResult.tsx).
 *
 * Before hydration (and without JavaScript) it renders nothing: the page shows the static SMART
 * worksheet instead, and hides it once this island is on screen (smart-goal.css).
 *
 * The checks, the statement and the milestones (answer.ts) load on the reader's first action in
 * the tool (focus, a tap), or at once when there is saved or shared work to show: the empty form
 * needs none of them, and a first visit then stays within the page's JavaScript budget.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';
import {
  KitNotices,
  KitStatus,
  type KitStrings,
  LiveRegion,
  PrintHeader,
  SharedBanner,
  ToolActions,
} from '../kit/components';
import { ErrorSummary } from '../kit/error-summary';
import { TextField } from '../kit/form';
import { withJsonSchema } from '../kit/spec';
import { useTool } from '../kit/useTool';
import type { JsonSchema } from '../kit/validate';
import type { HandoffStrings } from '../../plan/handoff-i18n';
import { type HandoffSchemas, useHandoff } from '../../plan/Handoff';
import { fieldId, goalKey, withGoal, withoutGoal, withPartner } from './edit';
import { GoalForm, type GoalFormProps } from './GoalForm';
import type { IslandStrings, StatementStrings } from './i18n';
import type { LetterKey } from './letters';
import { LIMITS } from './limits';
import type { SmartState } from './schema';
import { smartGoal, withGoalAdded } from './tool';
import type { LetterView, TypeView } from './views';

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
  /** The hand-off from the plan: its words, and the other tools' state schemas (JSON Schema). */
  handoff: { t: HandoffStrings; schemas: Omit<HandoffSchemas, 'smart-goal'> };
}

/** Today in the reader's own time zone, as `YYYY-MM-DD`. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The code that loads on demand: see answer.ts. */
type Answer = typeof import('./answer');

/** Focuses an element once Preact has rendered it. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
const headingId = (index: number) => `smart-${goalKey(index)}-heading`;

export default function SmartGoal({ lang, title, t, other, kit, schema, letters, types, handoff: h }: Props) {
  const spec = useMemo(() => withJsonSchema(smartGoal, schema), [schema]);
  const tool = useTool(spec);
  const schemas = useMemo(() => ({ ...h.schemas, 'smart-goal': schema }), [h.schemas, schema]);
  const handoff = useHandoff('smart-goal', tool.hydrated && tool.mode === 'own', schemas);
  const [checked, setChecked] = useState(0);
  const [showOther, setShowOther] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  /** The sections (`<goal id>:<letter>`) the reader has left: their checks may show. */
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const loading = useRef<Promise<Answer> | null>(null);
  const today = useMemo(localToday, []);
  const { state } = tool;
  const untouched = useMemo(() => JSON.stringify(smartGoal.initial()), []) === JSON.stringify(state);

  /** Loads the checks once (again after a failed load); a failure becomes the kit's notice. */
  const loadAnswer = (): Promise<Answer> => {
    loading.current ??= import('./answer').then(
      (module) => (setAnswer(module), module),
      (error: unknown) => {
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  };
  const preload = () => {
    if (!loading.current) tool.run(loadAnswer);
  };
  useEffect(() => {
    if (tool.hydrated && !untouched) preload();
  });

  if (!tool.hydrated) return null;

  const results = answer ? state.goals.map((goal) => answer.checkGoal(state.partners, goal, today)) : null;
  // After the reader asks for a check: messages at the fields and in the summary.
  const problems = answer && results && checked > 0 ? answer.checkProblems(state, results, lang, t) : [];
  const err = (id: string) => problems.find((p) => p.field === id)?.message;
  /** A group of the error summary: the two partners, or a goal's letter (see `checkProblems`). */
  const groupTitle = (group: string) => {
    const [goal, key] = group.split(':');
    const view = letters.find((l) => l.key === key);
    if (!view) return t['partners.legend'];
    return (
      <>
        <span class="smart-mark" aria-hidden="true">
          {view.letter}
        </span>
        {state.goals.length > 1 ? format(t['check.inGoal'], { letter: view.name, n: Number(goal) + 1 }) : view.name}
      </>
    );
  };

  const addGoal = () => {
    tool.update((s) => withGoalAdded(s, lang));
    focusSoon(headingId(state.goals.length));
  };
  const removeGoal = (index: number) => {
    tool.update((s) => withoutGoal(s, index), { undo: format(t['goal.removed'], { n: index + 1 }) });
    focusSoon(headingId(Math.max(0, index - 1)));
  };
  const copySentence = (text: string) =>
    tool.run(async () => {
      const { copyText } = await import('../kit/clipboard');
      tool.announce(t[(await copyText(text)) ? 'sentence.copied' : 'sentence.copyFailed']);
    });
  const check = () =>
    tool.run(async () => {
      const loaded = await loadAnswer();
      setChecked((n) => n + 1);
      if (state.goals.every((goal) => loaded.checkGoal(state.partners, goal, today).allMet))
        tool.announce(t['check.done']);
    });

  const summary = async () => (await import('./summary')).toMarkdown(state, lang, today, t, letters);
  const shareText = async () => (await import('./summary')).shareSummary(state, lang, t);

  return (
    // Focus inside the tool starts loading the checks before the reader has typed anything.
    // `data-handoff-read` tells tests the hand-off has read this device (there may be nothing to offer).
    <div class="smart-tool" onFocusIn={preload} data-handoff-read={handoff ? '' : undefined}>
      <PrintHeader title={title} kit={kit} lang={lang} />
      <KitNotices tool={tool} kit={kit} />
      <SharedBanner tool={tool} />
      <ErrorSummary title={kit['errors.title']} errors={problems} focusKey={checked} groupTitle={groupTitle} />
      {handoff && tool.mode === 'own' && (
        <handoff.module.HandoffNotice
          tool="smart-goal"
          facts={handoff.facts}
          current={{ own: state.partners.a, partner: state.partners.b }}
          t={h.t}
          onFill={(names) => tool.update((s) => handoff.module.withSmartNames(s, names), { undo: h.t.filled })}
          focusAfter=".smart-partners input"
        />
      )}
      {/* The two partners' names: every goal of the partnership uses them. */}
      <Partners
        partners={state.partners}
        t={t}
        err={err}
        onInput={(which, name) => tool.update((s) => withPartner(s, which, name))}
      />

      {state.goals.map((goal, index) => (
        <GoalSection
          key={goal.id}
          index={index}
          total={state.goals.length}
          answer={answer}
          judged={(letter) => checked > 0 || left.has(`${goal.id}:${letter}`)}
          other={other}
          showOther={showOther}
          onToggleOther={() => setShowOther((v) => !v)}
          onCopy={copySentence}
          onCalendar={() => tool.run(() => downloadCalendar(state, index, lang, t, tool.announce))}
          onRemove={() => removeGoal(index)}
          view={{
            goalKey: goalKey(index),
            goal,
            result: results?.[index],
            partners: state.partners,
            lang,
            t,
            letters,
            types,
            set: (change) => tool.update((s) => withGoal(s, index, change)),
            err,
            onLeave: (letter) => {
              const key = `${goal.id}:${letter}`;
              if (!left.has(key)) setLeft((before) => new Set(before).add(key));
            },
          }}
        />
      ))}

      <GoalButtons t={t} canAdd={state.goals.length < LIMITS.goals} onAdd={addGoal} onCheck={check} />

      <LiveRegion message={answer && results ? answer.checkAnnouncement(results, t) : ''} />
      <KitStatus tool={tool} kit={kit} />
      <ToolActions tool={tool} kit={kit} summary={summary} shareText={shareText} />
    </div>
  );
}

/** The two partners' names, which every goal of the partnership uses. */
function Partners(props: {
  partners: SmartState['partners'];
  t: IslandStrings;
  err: (id: string) => string | undefined;
  onInput: (which: 'a' | 'b', name: string) => void;
}) {
  const { partners, t } = props;
  return (
    <fieldset class="smart-partners">
      <legend>{t['partners.legend']}</legend>
      <p class="hint">{t['partners.hint']}</p>
      <div class="smart-pair">
        {(['a', 'b'] as const).map((which) => {
          const id = fieldId('', which === 'a' ? 'partnerA' : 'partnerB');
          return (
            <TextField
              key={which}
              id={id}
              label={t[which === 'a' ? 'partners.a' : 'partners.b']}
              value={partners[which]}
              maxLength={LIMITS.name}
              error={props.err(id)}
              onInput={(name) => props.onInput(which, name)}
            />
          );
        })}
      </div>
    </fieldset>
  );
}

interface GoalSectionProps {
  index: number;
  /** How many goals there are: the only one cannot be removed. */
  total: number;
  view: GoalFormProps;
  /** The checks' code, once loaded (see answer.ts). */
  answer: Answer | null;
  /** Whether a letter's check may show: its section was left, or the reader asked for a check. */
  judged: (letter: LetterKey) => boolean;
  other: StatementStrings;
  showOther: boolean;
  onToggleOther: () => void;
  onCopy: (text: string) => void;
  /** Downloads the goal's review schedule for a calendar. */
  onCalendar: () => void;
  onRemove: () => void;
}

/**
 * One goal: its heading, its form, and once the checks have loaded the answer panel, the check,
 * the statement and the milestones.
 */
function GoalSection({
  index,
  total,
  view,
  answer,
  judged,
  other,
  showOther,
  onToggleOther,
  onCopy,
  onCalendar,
  onRemove,
}: GoalSectionProps) {
  const { result } = view;
  const shown = result ? { ...view, result, judged } : null;
  const withEcho: GoalFormProps =
    answer && shown ? { ...view, readEcho: (field) => <answer.ReadEcho {...shown} field={field} /> } : view;
  const panelId = `smart-${view.goalKey}-answer`;
  return (
    <section class="smart-goal" aria-labelledby={headingId(index)}>
      <div class="smart-goal-head">
        <h2 id={headingId(index)} class="focus-ring" tabIndex={-1}>
          {format(view.t['goal.heading'], { n: index + 1 })}
        </h2>
        {answer && (
          <a class="smart-jump no-print" href={`#${panelId}`}>
            {format(view.t['sentence.jump'], { n: index + 1 })}
          </a>
        )}
        {total > 1 && (
          <button type="button" class="button secondary small danger no-print" onClick={onRemove}>
            {format(view.t['goal.remove'], { n: index + 1 })}
          </button>
        )}
      </div>
      {/* On a wide screen the panel runs beside the form and the details under it, in view
          all the way down (smart-goal.css); on a phone and on paper it follows the form. */}
      <div class="smart-goal-body">
        <GoalForm {...withEcho} />
        {answer && shown && (
          <>
            <answer.AnswerPanel {...shown} id={panelId} onCopy={onCopy} />
            <answer.LetterChecks {...shown} />
            <answer.Statement {...view} other={other} showOther={showOther} onToggleOther={onToggleOther} />
            <answer.Milestones {...shown} onCalendar={onCalendar} />
          </>
        )}
      </div>
    </section>
  );
}

/** Under the goals: add another (up to the limit) and "Check". */
function GoalButtons(props: { t: IslandStrings; canAdd: boolean; onAdd: () => void; onCheck: () => void }) {
  const { t } = props;
  return (
    <div class="smart-more no-print">
      {props.canAdd ? (
        <button type="button" class="button secondary" onClick={props.onAdd}>
          {t['goal.add']}
        </button>
      ) : (
        <p class="hint">{format(t['goal.limit'], { max: LIMITS.goals })}</p>
      )}
      <button type="button" class="button" onClick={props.onCheck}>
        {t['check.button']}
      </button>
    </div>
  );
}

/**
 * Downloads one goal's reviews and deadline as a calendar file. Its code (and the kit's file
 * code) loads on the first click; a failure to load becomes the kit's notice (see `tool.run`).
 */
async function downloadCalendar(
  state: SmartState,
  index: number,
  lang: Locale,
  t: IslandStrings,
  announce: (message: string) => void,
) {
  const [{ calendarEvents, toIcs }, { downloadFile, exportFileName }] = await Promise.all([
    import('./ics'),
    import('../kit/files'),
  ]);
  const events = calendarEvents(state, lang, t, index);
  const text = toIcs(events, lang, new Date());
  if (text === null) announce(t['ics.none']);
  else {
    downloadFile(exportFileName(smartGoal.key, 'ics'), text, 'text/calendar;charset=utf-8');
    announce(format(t['ics.downloaded'], { n: events.length }));
  }
}
