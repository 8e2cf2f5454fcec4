/**
 * The plan page's island: reads what this device saved (the step ticks and the three tools'
 * work), hands it to the plan model and renders the result. It only renders: the model decides,
 * the dictionary (props) supplies the words. On the server it renders nothing; the page around
 * it explains the plan and links every step and tool, which is what a reader without
 * JavaScript gets.
 */
import { Component } from 'preact';
import { format } from '../i18n/dictionary';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { withJsonSchema } from '../tools/kit/spec';
import type { JsonSchema } from '../tools/kit/validate';
import type { ClauseRule } from '../tools/mou-checklist/model';
import { mouChecklist } from '../tools/mou-checklist/tool';
import type { Category } from '../tools/partner-fit/model';
import type { CriterionId } from '../tools/partner-fit/criteria';
import { partnerFit, partnerFitSpec } from '../tools/partner-fit/tool';
import { parseIsoDate } from '../tools/smart-goal/dates';
import { goalSentence, readNumbers, type StatementWords, valueText } from '../tools/smart-goal/model';
import { smartGoal } from '../tools/smart-goal/tool';
import type { ToolKey } from '../tools/tool-info';
import type { PlanStrings } from './i18n';
import type { StepKey } from './limits';
import {
  type ClausesOfAction,
  type GoalsView,
  type MouView,
  type NextAction,
  type Part,
  type PartnerView,
  type Plan,
  planSources,
  readPlan,
} from './model';
import { type ActionOrder, stepTicks, ticksJsonSchema } from './ticks';

export interface PlanStep {
  key: StepKey;
  step: number;
  title: string;
  href: string;
  /** The actions' words, in the page's order. */
  actions: readonly string[];
  /** The actions' stable keys (action-keys.ts), in the same order: ticks are saved by them. */
  keys: readonly string[];
}

export interface PlanProps {
  lang: Locale;
  t: PlanStrings;
  /** The tools' state schemas as JSON Schema (zod stays on the server). */
  schemas: Record<ToolKey, JsonSchema>;
  steps: readonly PlanStep[];
  tools: Record<ToolKey, { name: string; href: string }>;
  /** The MoU clause library's rules, with each clause's title in this language. */
  clauses: readonly (ClauseRule & { title: string })[];
  criteria: Record<CriterionId, string>;
  categories: Record<Category, string>;
  statement: StatementWords;
  /** The frozen version-1 order of the actions (action-keys.ts), to open ticks saved by position. */
  ticksV1: ActionOrder;
  /** Step 5's actions that settled MoU clauses do (action-keys.ts). */
  covers: ClausesOfAction;
}

/** Today on the reader's calendar, `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * What the plan model needs besides the saved text: how to open each part, the steps, the
 * clauses, today. The plan file's code (PlanFile.tsx, loaded on demand) uses it too.
 */
export function planContext(props: PlanProps) {
  return {
    specs: {
      ticks: withJsonSchema(stepTicks(props.ticksV1), ticksJsonSchema),
      'partner-fit': partnerFitSpec(withJsonSchema(partnerFit, props.schemas['partner-fit']).schema),
      'smart-goal': withJsonSchema(smartGoal, props.schemas['smart-goal']),
      'mou-checklist': withJsonSchema(mouChecklist, props.schemas['mou-checklist']),
    },
    steps: props.steps.map((s) => ({ key: s.key, step: s.step, actions: s.keys })),
    clauses: props.clauses,
    covers: props.covers,
    today: localToday(),
  };
}

/** Reads the plan from this device; `unavailable` when the browser blocks storage. */
function readDevice(props: PlanProps): Plan | 'unavailable' {
  const saved = {} as Record<(typeof planSources)[number], string | null>;
  try {
    for (const source of planSources) saved[source] = window.localStorage.getItem(`mitra:${source}`);
  } catch {
    return 'unavailable';
  }
  return readPlan({ saved, ...planContext(props) });
}

/**
 * A class component rather than hooks: the plan page loads Preact's core only (hooks live in the
 * tools' shared chunk), which keeps the page within its 20 KB budget. It reads the device once
 * mounted (the server renders nothing) and again when another tab saves, or when a plan file
 * opened on this page changed what is saved (PlanFile.tsx sends the same `storage` event).
 */
export default class PlanView extends Component<PlanProps, { plan: Plan | 'unavailable' | null }> {
  override state = { plan: null as Plan | 'unavailable' | null };
  private read = () => this.setState({ plan: readDevice(this.props) });

  override componentDidMount() {
    this.read();
    // Another tab (a tool, a step page) saved: show it.
    addEventListener('storage', this.read);
  }

  override componentWillUnmount() {
    removeEventListener('storage', this.read);
  }

  override render(props: PlanProps) {
    return <PlanBody plan={this.state.plan} mine {...props} />;
  }
}

/**
 * A plan: this device's (`mine`), or one shared by a link (PlanShare.tsx). This device's carries
 * what the tools' work did (`data-tool-done`), which the header's code notes for its progress
 * (src/plan/header.ts): the header counts steps done on every page without the plan model.
 */
export function PlanBody({ plan, mine, ...props }: PlanProps & { plan: Plan | 'unavailable' | null; mine?: boolean }) {
  const { t } = props;
  if (plan === null) return null;
  if (plan === 'unavailable') return <p class="callout is-warn">{t['plan.unavailable']}</p>;
  const step1 = props.steps.find((s) => s.step === 1);
  return (
    <div
      class="plan"
      data-plan={plan.empty ? 'empty' : 'filled'}
      data-tool-done={mine && !plan.empty ? JSON.stringify(plan.toolDone) : undefined}
    >
      {plan.empty ? (
        <section class="plan-card plan-next" aria-labelledby="plan-empty-title">
          <h2 id="plan-empty-title">{t['plan.emptyTitle']}</h2>
          <p>{t['plan.empty']}</p>
          {step1 && (
            <p>
              <a class="button" href={step1.href}>
                {t['plan.emptyLink']}
              </a>
            </p>
          )}
        </section>
      ) : (
        <Next next={plan.next} {...props} />
      )}
      <Steps plan={plan} {...props} />
      <div class="plan-parts">
        <Partner part={plan.partner} {...props} />
        <Goals part={plan.goals} {...props} />
        <Mou part={plan.mou} {...props} />
      </div>
    </div>
  );
}

/** The date of a `YYYY-MM-DD` string in words, or the string itself. */
function day(iso: string, lang: Locale): string {
  const date = parseIsoDate(iso);
  return date ? formatDate(date, lang) : iso;
}

function Next({ next, t, steps, tools, lang }: { next: NextAction } & PlanProps) {
  const step = (key: StepKey) => steps.find((s) => s.key === key);
  let text = '';
  let link: { href: string; label: string } | undefined;
  if (next.kind === 'repair') {
    if (next.source === 'ticks') {
      text = t['next.repairTicks'];
      const first = steps[0];
      if (first) link = { href: first.href, label: format(t['next.openStep'], { n: first.step }) };
    } else {
      const tool = tools[next.source];
      text = format(t['next.repair'], { tool: tool.name });
      link = { href: tool.href, label: format(t['next.openTool'], { tool: tool.name }) };
    }
  } else if (next.kind === 'tool') {
    const tool = tools[next.tool];
    const n = step(next.step)?.step ?? '';
    const key =
      next.reason === 'start'
        ? 'next.start'
        : next.reason === 'choose'
          ? 'next.choose'
          : next.reason === 'answer'
            ? 'next.answerMou'
            : next.tool === 'smart-goal'
              ? 'next.finishGoal'
              : 'next.finishMou';
    text = format(t[key], { n, tool: tool.name });
    link = { href: tool.href, label: format(t['next.openTool'], { tool: tool.name }) };
  } else if (next.kind === 'action') {
    const s = step(next.step);
    if (s) {
      text = format(t['next.action'], { n: s.step, step: s.title, action: s.actions[next.index] ?? '' });
      link = { href: `${s.href}#actions-title`, label: format(t['next.openStep'], { n: s.step }) };
    }
  } else {
    text = next.date ? format(t['next.review'], { date: day(next.date, lang) }) : t['next.reviewNone'];
  }
  return (
    <section class="plan-card plan-next" aria-labelledby="plan-next-title">
      <h2 id="plan-next-title">{t['next.title']}</h2>
      <p data-next={next.kind}>{text}</p>
      {link && (
        <p class="no-print">
          <a class="button" href={link.href}>
            {link.label}
          </a>
        </p>
      )}
    </section>
  );
}

function Steps({ plan, t, steps }: { plan: Plan } & PlanProps) {
  return (
    <section class="plan-card plan-progress" aria-labelledby="plan-steps-title">
      <h2 id="plan-steps-title">{t['steps.title']}</h2>
      <p class="plan-complete">{format(t['steps.complete'], { done: plan.complete, total: plan.steps.length })}</p>
      <ol class="plan-steps">
        {plan.steps.map((progress) => {
          const s = steps.find((x) => x.key === progress.key);
          if (!s) return null;
          return (
            <li key={s.key} data-step={s.key}>
              <a href={s.href}>
                {format(t['steps.step'], { n: s.step })}: {s.title}
              </a>
              <span class="plan-count">
                {format(t['steps.count'], { done: progress.done.length, total: progress.total })}
                {progress.ticked === null && <> · {t['steps.damaged']}</>}
              </span>
              <progress max={progress.total} value={progress.done.length} aria-hidden="true" />
              {/* On paper: the step's actions, ticked or not. */}
              <ul class="plan-actions print-only">
                {s.actions.map((action, i) => (
                  <li key={i} class={progress.done.includes(i) ? 'is-done' : undefined}>
                    {action}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The section of one tool: damaged and absent states, or what `children` shows. */
function ToolPart<T>({
  id,
  title,
  tool,
  part,
  absent,
  t,
  tools,
  children,
}: {
  id: string;
  title: string;
  tool: ToolKey;
  part: Part<T>;
  absent: string;
  t: PlanStrings;
  tools: PlanProps['tools'];
  children: (value: T) => preact.ComponentChildren;
}) {
  const info = tools[tool];
  return (
    <section class="plan-card" aria-labelledby={id} data-part={part.status}>
      <h2 id={id}>{title}</h2>
      {part.status === 'present' ? (
        children(part.value)
      ) : (
        <p class={part.status === 'damaged' ? 'callout is-warn' : undefined}>
          {part.status === 'damaged' ? t['part.damaged'] : absent}
        </p>
      )}
      <p class="no-print">
        <a href={info.href}>{format(t['part.open'], { tool: info.name })}</a>
      </p>
    </section>
  );
}

function Partner({ part, t, tools, criteria, categories }: { part: Part<PartnerView> } & PlanProps) {
  return (
    <ToolPart
      id="plan-partner-title"
      title={t['partner.title']}
      tool="partner-fit"
      part={part}
      absent={t['partner.absent']}
      t={t}
      tools={tools}
    >
      {(view) =>
        view.chosen ? (
          <div class="plan-partner">
            <p class="plan-name">{view.chosen.name.trim() || t['partner.unnamed']}</p>
            <p>
              {view.chosen.score === null
                ? t['partner.scoreNone']
                : format(t['partner.score'], { score: view.chosen.score })}
              {view.chosen.category && <> · {categories[view.chosen.category]}</>}
              {!view.chosen.complete && <> · {format(t['partner.rated'], { n: view.chosen.rated })}</>}
            </p>
            <p>
              {view.chosen.dealbreakers.length > 0
                ? format(t['partner.dealbreakers'], {
                    list: view.chosen.dealbreakers.map((c) => criteria[c]).join(', '),
                  })
                : t['partner.noDealbreakers']}
            </p>
          </div>
        ) : (
          <p>{format(t['partner.none'], { n: view.candidates })}</p>
        )
      }
    </ToolPart>
  );
}

function Goals({ part, t, tools, lang, statement }: { part: Part<GoalsView> } & PlanProps) {
  return (
    <ToolPart
      id="plan-goals-title"
      title={t['goals.title']}
      tool="smart-goal"
      part={part}
      absent={t['goals.absent']}
      t={t}
      tools={tools}
    >
      {(view) => (
        <ul class="plan-goals">
          {view.goals.map((g) => {
            const sentence = goalSentence(view.partners, g.goal, lang, statement);
            const numbers = readNumbers(g.goal);
            const m = g.goal.measurable;
            return (
              <li key={g.id}>
                <p class="plan-statement">{sentence || t['goals.untitled']}</p>
                {!g.complete && <p>{t['goals.incomplete']}</p>}
                {g.nextMilestone && (
                  <p>
                    {format(t['goals.milestone'], {
                      value: valueText({ ok: true, value: g.nextMilestone.value }, '', numbers.kind, m.unit, lang),
                      date: day(g.nextMilestone.date, lang),
                    })}
                  </p>
                )}
                <p>
                  {g.nextReview ? format(t['goals.review'], { date: day(g.nextReview, lang) }) : t['goals.noReview']}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </ToolPart>
  );
}

function Mou({ part, t, tools, clauses }: { part: Part<MouView> } & PlanProps) {
  const title = (id: string) => clauses.find((c) => c.id === id)?.title ?? id;
  return (
    <ToolPart
      id="plan-mou-title"
      title={t['mou.title']}
      tool="mou-checklist"
      part={part}
      absent={t['mou.absent']}
      t={t}
      tools={tools}
    >
      {(view) => (
        <>
          <p>
            {format(t['mou.parties'], {
              first: view.parties.first.trim() || t['mou.partyBlank'],
              second: view.parties.second.trim() || t['mou.partyBlank'],
            })}
          </p>
          <p>{format(t['mou.settled'], { settled: view.settled, total: view.total })}</p>
          {view.unanswered > 0 && <p>{format(t['mou.unanswered'], { n: view.unanswered })}</p>}
          {view.open.length > 0 ? (
            <>
              <p>{t['mou.open']}</p>
              <ul>
                {view.open.map((id) => (
                  <li key={id}>{title(id)}</li>
                ))}
              </ul>
            </>
          ) : (
            view.unanswered === 0 && <p>{t['mou.allSettled']}</p>
          )}
        </>
      )}
    </ToolPart>
  );
}
