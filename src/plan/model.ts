/**
 * The reader's partnership plan, read from what this device saved: the step pages' ticked
 * actions and the three tools' work. Pure: the island hands in the saved text of each part and
 * the specs to open it with; the result is codes and the reader's own data, never words.
 *
 * Each part is opened through its tool's spec (schema and migration), the same way the tool
 * itself opens it, so a tool whose state changes shape breaks a test here, not a reader's plan.
 * Reading never changes what is saved: damaged data is reported as `damaged` (the tool moves
 * it aside and offers it for download when the reader opens it), never as empty.
 */
import type { ToolSpec } from '../tools/kit/spec';
import { openEnvelope } from '../tools/kit/spec';
import type { ToolKey } from '../tools/tool-info';
import type { ClauseRule } from '../tools/mou-checklist/model';
import { progressOf, selectClauses, unansweredQuestions } from '../tools/mou-checklist/model';
import type { MouState } from '../tools/mou-checklist/schema';
import type { CriterionId } from '../tools/partner-fit/criteria';
import { type Category, evaluate } from '../tools/partner-fit/model';
import type { PartnerFitState } from '../tools/partner-fit/schema';
import { parseIsoDate, reviewDates, isoDay } from '../tools/smart-goal/dates';
import { checkGoal, milestones, type Milestone } from '../tools/smart-goal/model';
import type { Goal, SmartState } from '../tools/smart-goal/schema';
import { type PlanSource, stepKeys, type StepKey } from './limits';
import type { Ticks } from './schema';

/** What the plan reads: the ticks of the step pages and the three tools' saved work. */
export { planSources, type PlanSource } from './limits';

/**
 * The tool that does the work of a step, and the action its finished work does (`toolDone`):
 * until that action is done, the plan sends the reader to the tool before the step's remaining
 * actions. The other steps have actions only.
 */
export const toolOfStep: Partial<Record<StepKey, readonly [ToolKey, string]>> = {
  goals: ['smart-goal', 'one-sentence'],
  partner: ['partner-fit', 'questions-answered'],
  agreement: ['mou-checklist', 'one-document'],
};

/** How a saved part came back: with its data, not saved at all, or unreadable. */
export type Part<T> = { status: 'present'; value: T } | { status: 'absent' } | { status: 'damaged' };

/** The specs that open each part (zod schemas in tests, compiled JSON Schema in the browser). */
export interface PlanSpecs {
  ticks: ToolSpec<Ticks>;
  'partner-fit': ToolSpec<PartnerFitState>;
  'smart-goal': ToolSpec<SmartState>;
  'mou-checklist': ToolSpec<MouState>;
}

/** One step page as the plan needs it: its key, its number and its actions' keys, in order. */
export interface StepInfo {
  key: StepKey;
  step: number;
  /** The keys of the actions it ends with (action-keys.ts), in the page's order. */
  actions: readonly string[];
}

export interface PlanInput {
  /** The saved text of each part (`localStorage['mitra:<source>']`), null when nothing is saved. */
  saved: Readonly<Record<PlanSource, string | null>>;
  specs: PlanSpecs;
  /** The seven step pages, in any order (the plan sorts them by number). */
  steps: readonly StepInfo[];
  /** The MoU clause library (what decides which clauses the answers call for). */
  clauses: readonly ClauseRule[];
  /** `YYYY-MM-DD`: the next milestone and review are the first on or after this day. */
  today: string;
  /** Step 5's actions that settled MoU clauses do (`clausesOfAction` in action-keys.ts). */
  covers: ClausesOfAction;
}

/** For some of step 5's actions, the MoU clauses that do it once settled (action-keys.ts). */
export type ClausesOfAction = Readonly<Record<string, readonly string[]>>;

/**
 * One step's progress: of its `total` actions, which are done, by a tick on the step page or by a
 * tool's saved work (`toolDone`). `ticked` is null when the ticks are damaged (the tools' part
 * still counts).
 */
export interface StepProgress {
  key: StepKey;
  step: number;
  /** How many actions are ticked on the step page; null when the ticks are damaged. */
  ticked: number | null;
  total: number;
  /** The positions of the actions done (ticked, or done by a tool's work), in order. */
  done: number[];
}

/** The chosen partner, as the scorer rates it. */
export interface ChosenPartner {
  id: string;
  name: string;
  /** 0-100, null while nothing that counts is rated. */
  score: number | null;
  /** `out` with a deal-breaker; else the band, null until every criterion is rated. */
  category: Category | null;
  dealbreakers: CriterionId[];
  rated: number;
  complete: boolean;
}

export interface PartnerView {
  candidates: number;
  /** null until the reader chooses (or when the chosen candidate was removed). */
  chosen: ChosenPartner | null;
}

export interface GoalView {
  id: string;
  goal: Goal;
  /** Every SMART letter met (as of the goal's start, so time passing does not undo it). */
  complete: boolean;
  /** The first milestone on or after today (the deadline's is the last), null when none. */
  nextMilestone: Milestone | null;
  /** The first review date on or after today (the deadline is the last review), null when none. */
  nextReview: string | null;
}

export interface GoalsView {
  partners: SmartState['partners'];
  goals: GoalView[];
}

export interface MouView {
  parties: { first: string; second: string };
  settled: number;
  total: number;
  /** Ids of the clauses the answers call for that are not settled yet, in the checklist's order. */
  open: string[];
  /**
   * How many questions are not answered yet: their answers can add clauses, so the checklist is
   * not finished while any is open, even with every clause listed so far settled.
   */
  unanswered: number;
}

/** Why a tool is next: not started, no partner chosen, unfinished, or (the MoU) questions unanswered. */
export type ToolReason = 'start' | 'choose' | 'finish' | 'answer';

/** Action keys (action-keys.ts) done by the tools' saved work, by step; a step with none is left out. */
export type ToolDone = Partial<Record<StepKey, string[]>>;

/**
 * What to do next, as a code. In order: open a tool whose saved work is damaged; then, step by
 * step, the step's tool while it is unfinished, then the step's first action not done (neither
 * ticked nor done by a tool's work, see `toolDone`); when everything is done, the next review.
 */
export type NextAction =
  | { kind: 'repair'; source: PlanSource }
  | { kind: 'tool'; tool: ToolKey; step: StepKey; reason: ToolReason }
  | { kind: 'action'; step: StepKey; index: number }
  | { kind: 'review'; date: string | null };

export interface Plan {
  ticks: Part<Ticks>['status'];
  steps: StepProgress[];
  /** The actions the tools' work has done (see `toolDone`). */
  toolDone: ToolDone;
  /** How many steps have every action done. */
  complete: number;
  partner: Part<PartnerView>;
  goals: Part<GoalsView>;
  mou: Part<MouView>;
  next: NextAction;
  /** The reader has saved nothing of the plan on this device yet. */
  empty: boolean;
}

/**
 * Opens one saved part through its spec. Never throws: text that is not JSON, a wrong tool, an
 * unknown version or a state the schema refuses all come back as `damaged`.
 * @example openPart(null, spec) // => { status: 'absent' }
 */
export function openPart<S>(raw: string | null, spec: ToolSpec<S>): Part<S> {
  if (raw === null) return { status: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'damaged' };
  }
  const opened = openEnvelope(parsed, spec);
  return opened.ok ? { status: 'present', value: opened.value } : { status: 'damaged' };
}

const map = <T, U>(part: Part<T>, f: (value: T) => U): Part<U> =>
  part.status === 'present' ? { status: 'present', value: f(part.value) } : part;

/**
 * Each step's actions done, by key: ticked on the step page, or done by the tools' work (a key
 * the page no longer has is not counted).
 */
export function stepProgress(ticks: Part<Ticks>, steps: readonly StepInfo[], byTools: ToolDone = {}): StepProgress[] {
  return [...steps]
    .sort((a, b) => a.step - b.step)
    .map((s) => {
      const saved = new Set(ticks.status === 'present' ? ticks.value.steps[s.key] : []);
      const tool = new Set(byTools[s.key]);
      return {
        key: s.key,
        step: s.step,
        ticked: ticks.status === 'damaged' ? null : s.actions.filter((k) => saved.has(k)).length,
        total: s.actions.length,
        done: s.actions.flatMap((k, i) => (saved.has(k) || tool.has(k) ? [i] : [])),
      };
    });
}

/**
 * What the tools' saved work has already done of the steps' actions, so the plan never asks for
 * it again:
 * - step 1: a complete SMART goal (every letter met) is the goal written in one sentence and
 *   tested against SMART; with its type chosen in the builder, the type is named too;
 * - step 2: a partner chosen in the scorer is the decision the step ends with;
 * - step 5: settled clauses cover the agreement's contents (`covers`, action-keys.ts's
 *   `clausesOfAction`), and with every question answered and every clause the answers call for
 *   settled, the MoU is one written document.
 * @example toolDone({ status: 'absent' }, { status: 'absent' }, { status: 'absent' }, clausesOfAction) // => {}
 */
export function toolDone(
  partner: Part<PartnerView>,
  goals: Part<GoalsView>,
  mou: Part<MouView>,
  covers: ClausesOfAction,
): ToolDone {
  const done: ToolDone = {};
  const complete = goals.status === 'present' ? goals.value.goals.filter((g) => g.complete) : [];
  if (complete.length > 0)
    done.goals = ['one-sentence', 'smart-test', ...(complete.some((g) => g.goal.type) ? ['goal-type'] : [])];
  if (partner.status === 'present' && partner.value.chosen) done.partner = ['questions-answered'];
  if (mou.status === 'present') {
    // Clauses every MoU calls for: settled when they are not open.
    const actions = Object.entries(covers)
      .filter(([, ids]) => !ids.some((id) => mou.value.open.includes(id)))
      .map(([action]) => action);
    if (mou.value.total > 0 && mou.value.open.length === 0 && mou.value.unanswered === 0)
      actions.unshift('one-document');
    if (actions.length > 0) done.agreement = actions;
  }
  return done;
}

/**
 * The scorer's candidates and the chosen one with its score, category and deal-breakers.
 * @example partnerView(examples.chosen).chosen?.name // => 'Dapur Kopi Nusantara'
 */
export function partnerView(state: PartnerFitState): PartnerView {
  const candidate = state.chosen === undefined ? undefined : state.candidates.find((c) => c.id === state.chosen);
  if (!candidate) return { candidates: state.candidates.length, chosen: null };
  const r = evaluate(candidate, state.weights);
  return {
    candidates: state.candidates.length,
    chosen: {
      id: candidate.id,
      name: candidate.name,
      score: r.score,
      category: r.category,
      dealbreakers: r.dealbreakers,
      rated: r.rated,
      complete: r.complete,
    },
  };
}

/**
 * The first review on or after `today`: the cadence's review dates, then the deadline.
 * @example nextReview(batik, '2027-01-10') // => '2027-01-18' (reviews every two weeks from 4 January)
 */
export function nextReview(goal: Goal, today: string): string | null {
  const start = parseIsoDate(goal.timeBound.start);
  const deadline = parseIsoDate(goal.timeBound.deadline);
  if (!start || !deadline || deadline.getTime() <= start.getTime()) return null;
  const dates = [...reviewDates(start, deadline, goal.timeBound.cadence), deadline].map(isoDay);
  return dates.find((d) => d >= today) ?? null;
}

/** The SMART goals with whether each is complete and its next milestone and review. */
export function goalsView(state: SmartState, today: string): GoalsView {
  return {
    partners: state.partners,
    goals: state.goals.map((goal) => {
      // Checked as of its start: a goal written well stays complete when its deadline passes.
      const check = checkGoal(state.partners, goal, goal.timeBound.start || today);
      return {
        id: goal.id,
        goal,
        complete: check.allMet,
        nextMilestone: milestones(goal, check).find((m) => m.date >= today) ?? null,
        nextReview: nextReview(goal, today),
      };
    }),
  };
}

/** The MoU's parties, how many of the clauses the answers call for are settled, and which are open. */
export function mouView(state: MouState, clauses: readonly ClauseRule[]): MouView {
  const selected = selectClauses(clauses, state.answers);
  const open = selected.filter((c) => !progressOf(state, c.id).settled).map((c) => c.id);
  return {
    parties: { first: state.parties.first.name, second: state.parties.second.name },
    settled: selected.length - open.length,
    total: selected.length,
    open,
    unanswered: unansweredQuestions(state.answers).length,
  };
}

/** Why the step's unfinished tool is next. */
function toolReason(tool: ToolKey, status: Part<unknown>['status'], mou: Part<MouView>): ToolReason {
  if (status !== 'present') return 'start';
  if (tool === 'partner-fit') return 'choose';
  if (tool === 'mou-checklist' && mou.status === 'present' && mou.value.unanswered > 0) return 'answer';
  return 'finish';
}

/**
 * What to do next (see `NextAction` for the order).
 * @example nextAction(emptyPlan) // => { kind: 'tool', tool: 'smart-goal', step: 'goals', reason: 'start' }
 */
export function nextAction(plan: Pick<Plan, 'ticks' | 'steps' | 'partner' | 'goals' | 'mou' | 'toolDone'>): NextAction {
  const parts = {
    ticks: plan.ticks,
    'partner-fit': plan.partner.status,
    'smart-goal': plan.goals.status,
    'mou-checklist': plan.mou.status,
  };
  // The tools in the guide's order, then the ticks: a damaged part needs the reader first.
  for (const source of ['smart-goal', 'partner-fit', 'mou-checklist', 'ticks'] as const)
    if (parts[source] === 'damaged') return { kind: 'repair', source };
  for (const step of plan.steps) {
    const [tool, finished] = toolOfStep[step.key] ?? [];
    if (tool && !plan.toolDone[step.key]?.includes(finished!))
      return {
        kind: 'tool',
        tool,
        step: step.key,
        reason: toolReason(tool, parts[tool], plan.mou),
      };
    for (let index = 0; index < step.total; index += 1)
      if (!step.done.includes(index)) return { kind: 'action', step: step.key, index };
  }
  const reviews =
    plan.goals.status === 'present'
      ? plan.goals.value.goals
          .map((g) => g.nextReview)
          .filter((d): d is string => d !== null)
          .sort()
      : [];
  return { kind: 'review', date: reviews[0] ?? null };
}

/**
 * The whole plan from what the device saved. Never throws, whatever the saved text holds.
 * @example readPlan({ saved: { 'ticks': null, 'partner-fit': null, 'smart-goal': null, 'mou-checklist': null }, specs, steps, clauses, today: '2027-01-10' }).empty // => true
 */
export function readPlan(input: PlanInput): Plan {
  const ticks = openPart(input.saved.ticks, input.specs.ticks);
  const partner = map(openPart(input.saved['partner-fit'], input.specs['partner-fit']), partnerView);
  const goals = map(openPart(input.saved['smart-goal'], input.specs['smart-goal']), (s) => goalsView(s, input.today));
  const mou = map(openPart(input.saved['mou-checklist'], input.specs['mou-checklist']), (s) =>
    mouView(s, input.clauses),
  );
  const known = new Set<string>(stepKeys);
  const byTools = toolDone(partner, goals, mou, input.covers);
  const steps = stepProgress(
    ticks,
    input.steps.filter((s) => known.has(s.key)),
    byTools,
  );
  const base = { ticks: ticks.status, steps, partner, goals, mou, toolDone: byTools };
  return {
    ...base,
    complete: steps.filter((s) => s.done.length === s.total).length,
    next: nextAction(base),
    empty: [ticks.status, partner.status, goals.status, mou.status].every((s) => s === 'absent'),
  };
}
