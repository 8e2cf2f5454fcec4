import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextAction,
  openPart,
  planSources,
  readPlan,
  type PlanInput,
  type PlanSource,
  type PlanSpecs,
  type StepInfo,
} from '../../src/plan/model';
import { examples as tickExamples, stepKeys, ticksSchema, type Ticks } from '../../src/plan/schema';
import { actionKeys, actionOrderV1, clausesOfAction } from '../../src/plan/action-keys';
import { withTick } from '../../src/plan/actions';
import { progressNote } from '../../src/plan/note';
import { stepsDone } from '../../src/plan/progress';
import { migrateTicks, stepTicks, ticksJsonSchema } from '../../src/plan/ticks';
import { openEnvelope } from '../../src/tools/kit/spec';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { envelope, withJsonSchema } from '../../src/tools/kit/spec';
import { examples as mouExamples, stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { mouChecklist } from '../../src/tools/mou-checklist/tool';
import { examples as fitExamples, stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import { partnerFit, partnerFitSpec } from '../../src/tools/partner-fit/tool';
import { examples as smartExamples, stateSchema as smartSchema } from '../../src/tools/smart-goal/schema';
import { smartGoal } from '../../src/tools/smart-goal/tool';
import { loadGuide, loadLibrary } from '../fixtures/content';
import { version1 as mouVersion1 } from '../fixtures/mou';

const clauses = loadLibrary();
const guideSteps = loadGuide().filter((e) => e.data.kind === 'step');
/** The seven step pages with their actions' keys (the Indonesian pages; English has the same). */
const steps: StepInfo[] = guideSteps
  .filter((e) => e.id.startsWith('id/'))
  .map((e) => ({
    key: e.data.key as StepInfo['key'],
    step: e.data.step!,
    actions: actionKeys[e.data.key as StepInfo['key']],
  }));

describe("the plan's steps", () => {
  it("are the guide's step pages, in their order", () => {
    expect([...steps].sort((a, b) => a.step - b.step).map((s) => s.key)).toEqual([...stepKeys]);
  });

  it('give every action of every step page, in both languages, its own key', () => {
    expect(guideSteps).toHaveLength(stepKeys.length * 2);
    for (const e of guideSteps) {
      const keysOfStep = actionKeys[e.data.key as StepInfo['key']];
      expect(keysOfStep, `${e.id}: one key per action (src/plan/action-keys.ts)`).toHaveLength(e.data.actions.length);
      expect(new Set(keysOfStep).size).toBe(keysOfStep.length);
      for (const k of keysOfStep) expect(k).toMatch(/^[a-z][a-z0-9-]{0,39}$/);
    }
  });
});

/** The specs as the browser builds them: JSON Schema compiled from each zod schema, with migrations. */
const specs: PlanSpecs = {
  ticks: withJsonSchema(stepTicks(actionOrderV1), ticksJsonSchema),
  'partner-fit': partnerFitSpec(withJsonSchema(partnerFit, jsonSchemaOf(fitSchema)).schema),
  'smart-goal': withJsonSchema(smartGoal, jsonSchemaOf(smartSchema)),
  'mou-checklist': withJsonSchema(mouChecklist, jsonSchemaOf(mouSchema)),
};
const keys: Record<PlanSource, keyof PlanSpecs> = {
  ticks: 'ticks',
  'partner-fit': 'partner-fit',
  'smart-goal': 'smart-goal',
  'mou-checklist': 'mou-checklist',
};
const saved = (source: PlanSource, state: unknown) =>
  JSON.stringify(envelope(specs[keys[source]] as never, state as never, new Date('2027-01-10T08:00:00Z')));
const nothing: PlanInput['saved'] = {
  ticks: null,
  'partner-fit': null,
  'smart-goal': null,
  'mou-checklist': null,
};
const input = (over: Partial<PlanInput['saved']> = {}, today = '2027-01-10'): PlanInput => ({
  saved: { ...nothing, ...over },
  specs,
  steps,
  clauses,
  today,
  covers: clausesOfAction,
});
const allTicked: Ticks = { steps: Object.fromEntries(steps.map((s) => [s.key, [...s.actions]])) };

describe('the ticks schema', () => {
  it('is written out for the browser exactly as zod says it', () => {
    expect(ticksJsonSchema).toEqual(jsonSchemaOf(ticksSchema));
  });

  it('ticks and unticks an action by its key, each key once', () => {
    let t = withTick({ steps: {} }, 'goals', 'goal-type', true);
    t = withTick(t, 'goals', 'smart-test', true);
    t = withTick(t, 'goals', 'goal-type', true);
    expect(t).toEqual({ steps: { goals: ['goal-type', 'smart-test'] } });
    expect(withTick(withTick(t, 'goals', 'smart-test', false), 'goals', 'goal-type', false)).toEqual({ steps: {} });
    expect(withTick(t, 'goals', 'Not a key', true)).toBe(t);
  });
});

describe('ticks saved by position (version 1)', () => {
  /** A version-1 save as the step pages wrote it before ticks were keyed. */
  const v1 = JSON.stringify({
    tool: 'ticks',
    v: 1,
    at: '2026-11-29T08:00:00.000Z',
    state: { steps: { goals: [0, 1], partner: [0, 1, 2, 3, 4], evaluation: [5] } },
  });

  it('open as the same actions, by key', () => {
    const plan = readPlan(input({ ticks: v1 }));
    expect(plan.ticks).toBe('present');
    expect(plan.steps.map((s) => s.done)).toEqual([[0, 1], [0, 1, 2, 3, 4], [], [], [], [], [5]]);
    expect(openEnvelope(JSON.parse(v1), specs.ticks)).toEqual({
      ok: true,
      value: {
        steps: {
          goals: ['one-sentence', 'smart-test'],
          partner: ['principles', 'complement', 'reviews', 'references', 'capacity'],
          evaluation: ['carry-on-or-adjust'],
        },
      },
    });
  });

  it('stay on their actions after a guide edit inserts an action', () => {
    const edited = steps.map((s) => (s.key === 'goals' ? { ...s, actions: ['new-first', ...s.actions] } : s));
    const plan = readPlan({ ...input({ ticks: v1 }), steps: edited });
    // The two ticked actions are now the second and third on the page; the new one is unticked.
    expect(plan.steps[0]).toMatchObject({ key: 'goals', ticked: 2, total: 7, done: [1, 2] });
  });

  it('drop positions past the old list, and keep anything else damaged', () => {
    const migrate = migrateTicks(actionOrderV1);
    expect(migrate({ steps: { goals: [0, 19] } }, 1)).toEqual({ steps: { goals: ['one-sentence'] } });
    expect(migrate({ steps: { goals: [] } }, 1)).toEqual({ steps: {} });
    const broken = { steps: { goals: ['x'] } };
    expect(migrate(broken, 1)).toBeNull();
    const plan = readPlan(input({ ticks: JSON.stringify({ tool: 'ticks', v: 1, state: broken }) }));
    expect(plan.ticks).toBe('damaged');
    expect(
      readPlan(input({ ticks: JSON.stringify({ tool: 'ticks', v: 1, state: { steps: { nope: [1] } } }) })).ticks,
    ).toBe('damaged');
  });
});

describe('an empty device', () => {
  const plan = readPlan(input());

  it('is an empty plan, every part absent, nothing ticked', () => {
    expect(plan.empty).toBe(true);
    expect([plan.ticks, plan.partner.status, plan.goals.status, plan.mou.status]).toEqual([
      'absent',
      'absent',
      'absent',
      'absent',
    ]);
    expect(plan.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.steps.every((s) => s.ticked === 0 && s.total >= 3)).toBe(true);
  });

  it('starts with the SMART goal builder (step 1 has a tool)', () => {
    expect(plan.next).toEqual({ kind: 'tool', tool: 'smart-goal', step: 'goals', reason: 'start' });
  });
});

describe('a filled device', () => {
  const plan = readPlan(
    input({
      ticks: saved('ticks', tickExamples.some),
      'partner-fit': saved('partner-fit', fitExamples.chosen),
      'smart-goal': saved('smart-goal', smartExamples.batik),
      'mou-checklist': saved('mou-checklist', mouExamples.candleAndIllustrator),
    }),
  );

  it('counts the actions of each step done by ticks or by the tools’ work', () => {
    // Two ticks on step 1; the complete SMART goal (type "sales") writes, tests and types the goal.
    expect(plan.steps[0]).toMatchObject({ key: 'goals', ticked: 2, done: [0, 1, 2] });
    expect(plan.toolDone.goals).toEqual(['one-sentence', 'smart-test', 'goal-type']);
    // Five ticks on step 2; the chosen partner is its last action, the decision.
    expect(plan.steps[1]).toMatchObject({ key: 'partner', ticked: 5, done: [0, 1, 2, 3, 4, 5] });
    expect(plan.steps[2]).toMatchObject({ key: 'communication', ticked: 0, done: [] });
    expect(plan.complete).toBe(1);
  });

  it('shows the chosen partner with its score, category and deal-breakers', () => {
    expect(plan.partner).toEqual({
      status: 'present',
      value: {
        candidates: 2,
        chosen: {
          id: 'c1',
          name: 'Dapur Kopi Nusantara',
          score: expect.any(Number) as number,
          category: 'strong',
          dealbreakers: [],
          rated: 7,
          complete: true,
        },
      },
    });
  });

  it('shows each goal with its next milestone and next review', () => {
    if (plan.goals.status !== 'present') throw new Error('goals should be present');
    const [goal] = plan.goals.value.goals;
    expect(goal?.complete).toBe(true);
    // Every two weeks from 4 January 2027: the first review on or after 10 January is the 18th.
    expect(goal?.nextReview).toBe('2027-01-18');
    expect(goal?.nextMilestone?.date).toBe('2027-01-18');
    expect(goal?.nextMilestone?.value).toBeGreaterThan(0);
  });

  it('shows the MoU parties, clauses settled and what is open', () => {
    if (plan.mou.status !== 'present') throw new Error('MoU should be present');
    const mou = plan.mou.value;
    expect(mou.parties.first).not.toBe('');
    expect(mou.settled + mou.open.length).toBe(mou.total);
    expect(mou.total).toBeGreaterThan(0);
  });

  it('sends the reader to step 1’s first action not done once its tool is done', () => {
    expect(plan.next).toEqual({ kind: 'action', step: 'goals', index: 3 });
  });
});

describe('saved work from earlier versions', () => {
  it('opens the MoU checklist of version 1 through its migration', () => {
    const part = openPart(mouVersion1.stored, specs['mou-checklist']);
    expect(part.status).toBe('present');
  });

  it('opens a scorer worksheet saved before "Choose this partner" existed, with nobody chosen', () => {
    const old = JSON.stringify({ tool: 'partner-fit', v: 1, at: '2026-06-01T00:00:00Z', state: fitExamples.filled });
    const plan = readPlan(input({ 'partner-fit': old }));
    expect(plan.partner).toEqual({ status: 'present', value: { candidates: 3, chosen: null } });
    expect(plan.next).toEqual({ kind: 'tool', tool: 'smart-goal', step: 'goals', reason: 'start' });
  });

  it('shows nobody chosen when the chosen candidate was removed', () => {
    const state = { ...fitExamples.chosen, chosen: 'c9' };
    expect(readPlan(input({ 'partner-fit': saved('partner-fit', state) })).partner).toMatchObject({
      value: { chosen: null },
    });
  });
});

describe('next-action rules', () => {
  const done = {
    ticks: saved('ticks', allTicked),
    'partner-fit': saved('partner-fit', fitExamples.chosen),
    'smart-goal': saved('smart-goal', smartExamples.batik),
    'mou-checklist': saved('mou-checklist', {
      ...mouExamples.candleAndIllustrator,
      clauses: clauses.map((c) => ({ id: c.id, settled: true, note: '' })),
    }),
  };

  it('with everything done, points to the next review', () => {
    expect(readPlan(input(done)).next).toEqual({ kind: 'review', date: '2027-01-18' });
    expect(readPlan(input(done, '2027-04-01')).next).toEqual({ kind: 'review', date: null });
  });

  it('asks to choose a partner when the scorer has candidates but no choice', () => {
    const plan = readPlan(input({ ...done, 'partner-fit': saved('partner-fit', fitExamples.filled) }));
    expect(plan.next).toEqual({ kind: 'tool', tool: 'partner-fit', step: 'partner', reason: 'choose' });
  });

  it('asks to finish the MoU while clauses are open', () => {
    const plan = readPlan(
      input({ ...done, 'mou-checklist': saved('mou-checklist', { ...mouExamples.candleAndIllustrator, clauses: [] }) }),
    );
    expect(plan.next).toEqual({ kind: 'tool', tool: 'mou-checklist', step: 'agreement', reason: 'finish' });
  });

  it('asks to answer the MoU’s open questions first, even with every clause listed so far settled', () => {
    const settledAll = clauses.map((c) => ({ id: c.id, settled: true, note: '' }));
    for (const state of [mouExamples.empty, { ...mouExamples.empty, clauses: settledAll }]) {
      const plan = readPlan(input({ ...done, 'mou-checklist': saved('mou-checklist', state) }));
      expect(plan.next).toEqual({ kind: 'tool', tool: 'mou-checklist', step: 'agreement', reason: 'answer' });
      expect(plan.mou).toMatchObject({ status: 'present', value: { unanswered: 9 } });
      if (state.clauses.length > 0) expect(plan.mou).toMatchObject({ value: { open: [] } });
    }
    // One question left is enough to keep the MoU unfinished.
    const oneLeft = {
      ...mouExamples.candleAndIllustrator,
      answers: { ...mouExamples.candleAndIllustrator.answers, binding: null },
      clauses: settledAll,
    };
    const plan = readPlan(input({ ...done, 'mou-checklist': saved('mou-checklist', oneLeft) }));
    expect(plan.next).toMatchObject({ tool: 'mou-checklist', reason: 'answer' });
    expect(plan.mou).toMatchObject({ value: { unanswered: 1 } });
    expect(readPlan(input(done)).mou).toMatchObject({ value: { unanswered: 0 } });
  });

  it('asks to finish a goal that does not meet every letter', () => {
    const plan = readPlan(input({ ...done, 'smart-goal': saved('smart-goal', smartExamples.vague) }));
    expect(plan.next).toEqual({ kind: 'tool', tool: 'smart-goal', step: 'goals', reason: 'finish' });
  });

  it('sends the reader to damaged work first', () => {
    expect(readPlan(input({ ...done, 'mou-checklist': '{"tool":' })).next).toEqual({
      kind: 'repair',
      source: 'mou-checklist',
    });
  });

  it('follows the steps in order: the first step with anything left comes first', () => {
    const ticks = withTick(allTicked, 'roles', actionKeys.roles[0], false);
    const plan = readPlan(
      input({ ...done, ticks: saved('ticks', withTick(ticks, 'evaluation', actionKeys.evaluation[1], false)) }),
    );
    expect(plan.next).toEqual({ kind: 'action', step: 'roles', index: 0 });
    expect(nextAction({ ...plan, steps: plan.steps.filter((s) => s.key !== 'roles') })).toEqual({
      kind: 'action',
      step: 'evaluation',
      index: 1,
    });
  });
});

describe('tool work counts as done', () => {
  const ticksOf = (ticks: Ticks) => saved('ticks', ticks);
  const step = (plan: ReturnType<typeof readPlan>, key: StepInfo['key']) => plan.steps.find((s) => s.key === key)!;
  const allSettled = {
    ...mouExamples.candleAndIllustrator,
    clauses: clauses.map((c) => ({ id: c.id, settled: true, note: '' })),
  };

  it('a built SMART goal writes and tests the goal: the plan never asks to write it again', () => {
    const plan = readPlan(input({ 'smart-goal': saved('smart-goal', smartExamples.batik) }));
    expect(plan.toolDone.goals).toEqual(['one-sentence', 'smart-test', 'goal-type']);
    expect(step(plan, 'goals')).toMatchObject({ ticked: 0, done: [0, 1, 2] });
    expect(plan.next).toEqual({ kind: 'action', step: 'goals', index: actionKeys.goals.indexOf('partner-strengths') });
  });

  it('a goal without its type leaves "name the type" to do; an unfinished goal does nothing yet', () => {
    const [goal] = smartExamples.batik.goals;
    const untyped = { ...smartExamples.batik, goals: [{ ...goal!, type: undefined }] };
    const plan = readPlan(input({ 'smart-goal': saved('smart-goal', untyped) }));
    expect(plan.toolDone.goals).toEqual(['one-sentence', 'smart-test']);
    expect(plan.next).toEqual({ kind: 'action', step: 'goals', index: actionKeys.goals.indexOf('goal-type') });
    const vague = readPlan(input({ 'smart-goal': saved('smart-goal', smartExamples.vague) }));
    expect(vague.toolDone.goals).toBeUndefined();
    expect(vague.next).toEqual({ kind: 'tool', tool: 'smart-goal', step: 'goals', reason: 'finish' });
  });

  it('a chosen partner is step 2’s decision; candidates without a choice are not', () => {
    const stepOneDone = ticksOf({ steps: { goals: [...actionKeys.goals] } });
    const chosen = readPlan(
      input({
        ticks: stepOneDone,
        'smart-goal': saved('smart-goal', smartExamples.batik),
        'partner-fit': saved('partner-fit', fitExamples.chosen),
      }),
    );
    expect(chosen.toolDone.partner).toEqual(['questions-answered']);
    expect(step(chosen, 'partner')).toMatchObject({
      ticked: 0,
      done: [actionKeys.partner.indexOf('questions-answered')],
    });
    expect(chosen.next).toEqual({ kind: 'action', step: 'partner', index: 0 });
    const all = readPlan(
      input({
        ticks: ticksOf({
          steps: {
            goals: [...actionKeys.goals],
            partner: actionKeys.partner.filter((k) => k !== 'questions-answered'),
          },
        }),
        'smart-goal': saved('smart-goal', smartExamples.batik),
        'partner-fit': saved('partner-fit', fitExamples.chosen),
      }),
    );
    expect(step(all, 'partner').done).toHaveLength(actionKeys.partner.length);
    expect(all.complete).toBe(2);
    expect(all.next).toEqual({ kind: 'action', step: 'communication', index: 0 });
    const unchosen = readPlan(input({ 'partner-fit': saved('partner-fit', fitExamples.filled) }));
    expect(unchosen.toolDone.partner).toBeUndefined();
  });

  it('a generated MoU (every clause settled) is step 5’s written document and its contents', () => {
    const ticks = ticksOf({
      steps: Object.fromEntries(steps.filter((s) => s.step < 5).map((s) => [s.key, [...s.actions]])),
    });
    const plan = readPlan(
      input({
        ticks,
        'smart-goal': saved('smart-goal', smartExamples.batik),
        'partner-fit': saved('partner-fit', fitExamples.chosen),
        'mou-checklist': saved('mou-checklist', allSettled),
      }),
    );
    expect(plan.toolDone.agreement).toEqual(['one-document', 'scope-and-term', 'profits-and-ip', 'disputes-and-exit']);
    // What the MoU cannot do is left: a lawyer's review, then the signed copy.
    expect(plan.next).toEqual({
      kind: 'action',
      step: 'agreement',
      index: actionKeys.agreement.indexOf('legal-review'),
    });
  });

  it('settled clauses count while the MoU is unfinished, without calling it one document', () => {
    const some = {
      ...mouExamples.candleAndIllustrator,
      clauses: ['scope-goals', 'roles', 'duration', 'profit-loss'].map((id) => ({ id, settled: true, note: '' })),
    };
    const plan = readPlan(input({ 'mou-checklist': saved('mou-checklist', some) }));
    expect(plan.toolDone.agreement).toEqual(['scope-and-term']);
    expect(readPlan(input({ 'mou-checklist': saved('mou-checklist', mouExamples.empty) })).toolDone).toEqual({});
  });

  it('names clauses that exist and that every MoU calls for', () => {
    for (const ids of Object.values(clausesOfAction))
      for (const id of ids) {
        const clause = clauses.find((c) => c.id === id);
        expect(clause, id).toBeDefined();
        expect(clause?.when, id).toEqual([]);
      }
  });

  it('is nothing when the tools’ work is damaged or absent', () => {
    expect(readPlan(input({ 'smart-goal': '{"tool":', 'mou-checklist': '[]' })).toolDone).toEqual({});
    expect(readPlan(input()).toolDone).toEqual({});
  });
});

describe('the header’s count of steps done (progress.ts)', () => {
  const device = {
    ticks: saved('ticks', {
      steps: {
        goals: ['partner-strengths', 'partner-gains', 'agree-in-writing'],
        partner: actionKeys.partner.slice(0, 5),
      },
    }),
    'partner-fit': saved('partner-fit', fitExamples.chosen),
    'smart-goal': saved('smart-goal', smartExamples.batik),
    'mou-checklist': saved('mou-checklist', mouExamples.candleAndIllustrator),
  };

  it('is the plan’s count, from the plan page’s note and the ticks', () => {
    const plan = readPlan(input(device));
    expect(plan.complete).toBe(2);
    expect(stepsDone(device, progressNote(device, plan.toolDone))).toEqual({ done: 2, total: 7 });
  });

  it('follows new ticks without the plan page', () => {
    const note = progressNote(device, readPlan(input(device)).toolDone);
    const more = {
      ...device,
      ticks: saved('ticks', {
        steps: {
          ...(JSON.parse(device.ticks) as { state: Ticks }).state.steps,
          communication: [...actionKeys.communication],
        },
      }),
    };
    expect(stepsDone(more, note)).toEqual({ done: 3, total: 7 });
    expect(readPlan(input(more)).complete).toBe(3);
  });

  it('gives no count once a tool’s work changed after the plan page read it, or without a note', () => {
    const note = progressNote(device, readPlan(input(device)).toolDone);
    const edited = {
      ...device,
      'smart-goal': JSON.stringify(
        envelope(specs['smart-goal'], smartExamples.vague, new Date('2027-01-11T08:00:00Z')),
      ),
    };
    expect(stepsDone(edited, note)).toBeNull();
    expect(stepsDone(device, null)).toBeNull();
    expect(stepsDone(device, '{"stamps":')).toBeNull();
  });

  it('counts ticks alone when no tool has work, and gives no count for ticks it cannot read', () => {
    const ticks = saved('ticks', allTicked);
    expect(stepsDone({ ...nothing, ticks }, null)).toEqual({ done: 7, total: 7 });
    expect(stepsDone(nothing, null)).toEqual({ done: 0, total: 7 });
    expect(stepsDone({ ...nothing, ticks: '{"tool":"ticks","v":1,"state":{"steps":{"goals":[0]}}}' }, null)).toBeNull();
    expect(stepsDone({ ...nothing, ticks: 'not json' }, null)).toBeNull();
    expect(
      stepsDone(
        { ...nothing, ticks: JSON.stringify({ tool: 'ticks', v: 2, state: { steps: { nope: ['x'] } } }) },
        null,
      ),
    ).toBeNull();
  });
});

/** One part's saved text: absent, present (a valid state) or damaged (any other text). */
const partArb = (source: PlanSource, valid: readonly unknown[]) =>
  fc.oneof(
    fc.constant({ kind: 'absent' as const, raw: null }),
    fc.constantFrom(...valid).map((state) => ({ kind: 'present' as const, raw: saved(source, state) })),
    fc
      .oneof(
        fc.string(),
        fc.constant('{}'),
        fc.constant('null'),
        fc.jsonValue().map((v) => JSON.stringify({ tool: source, v: 1, state: v })),
        fc.constantFrom(...valid).map((state) => JSON.stringify({ tool: source, v: 99, state })),
      )
      .filter((raw) => openPart(raw, specs[keys[source]] as never).status === 'damaged')
      .map((raw) => ({ kind: 'damaged' as const, raw })),
  );

/** Any ticks: keys of the step's actions, of other steps' actions and keys no page has (any more). */
const ticksArb = fc
  .dictionary(
    fc.constantFrom(...stepKeys),
    fc.uniqueArray(
      fc.oneof(fc.constantFrom(...Object.values(actionKeys).flat()), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)),
      {
        maxLength: 20,
      },
    ),
  )
  .map((s): Ticks => ({ steps: s }));

describe('properties over any mix of present, absent and damaged parts', () => {
  const deviceArb = fc.record({
    ticks: partArb('ticks', [tickExamples.some, allTicked, { steps: {} }]),
    'partner-fit': partArb('partner-fit', Object.values(fitExamples)),
    'smart-goal': partArb('smart-goal', Object.values(smartExamples)),
    'mou-checklist': partArb('mou-checklist', Object.values(mouExamples)),
  });

  it('never throws, and each part shows exactly as it was saved (damaged is never empty)', () => {
    fc.assert(
      fc.property(deviceArb, fc.constantFrom('2026-01-01', '2027-01-10', '2030-01-01'), (device, today) => {
        const plan = readPlan(input(Object.fromEntries(planSources.map((s) => [s, device[s].raw])), today));
        expect(plan.ticks).toBe(device.ticks.kind);
        expect(plan.partner.status).toBe(device['partner-fit'].kind);
        expect(plan.goals.status).toBe(device['smart-goal'].kind);
        expect(plan.mou.status).toBe(device['mou-checklist'].kind);
        expect(plan.empty).toBe(planSources.every((s) => device[s].kind === 'absent'));
        if (device.ticks.kind === 'damaged') expect(plan.steps.every((s) => s.ticked === null)).toBe(true);
        const damaged = planSources.filter((s) => device[s].kind === 'damaged');
        if (damaged.length > 0) expect(plan.next.kind).toBe('repair');
        else expect(plan.next.kind).not.toBe('repair');
      }),
    );
  });

  it('counts ticks within each step’s actions, whatever was saved', () => {
    fc.assert(
      fc.property(ticksArb, (ticks) => {
        const plan = readPlan(input({ ticks: saved('ticks', ticks) }));
        for (const s of plan.steps) {
          expect(s.ticked).not.toBeNull();
          expect(s.ticked).toBeGreaterThanOrEqual(0);
          expect(s.ticked).toBeLessThanOrEqual(s.total);
        }
      }),
    );
  });

  it('never suggests an action already done by ticks or by the tools’ work', () => {
    fc.assert(
      fc.property(deviceArb, ticksArb, (device, ticks) => {
        const raw = Object.fromEntries(planSources.map((s) => [s, device[s].raw])) as PlanInput['saved'];
        const plan = readPlan(
          input({ ...raw, ticks: device.ticks.kind === 'damaged' ? device.ticks.raw : saved('ticks', ticks) }),
        );
        for (const s of plan.steps) {
          // Tool work only adds: whatever is ticked stays done.
          expect(s.done.length).toBeGreaterThanOrEqual(s.ticked ?? 0);
        }
        expect(plan.complete).toBe(plan.steps.filter((s) => s.done.length === s.total).length);
        if (plan.next.kind !== 'action') return;
        const { step, index } = plan.next;
        const key = steps.find((s) => s.key === step)!.actions[index]!;
        expect(plan.toolDone[step] ?? []).not.toContain(key);
        if (plan.ticks === 'present') expect(ticks.steps[step] ?? []).not.toContain(key);
      }),
    );
  });

  it('suggests an action not done that exists, in the first step with one, once the tools are done', () => {
    const toolsDone = {
      'partner-fit': saved('partner-fit', fitExamples.chosen),
      'smart-goal': saved('smart-goal', smartExamples.batik),
      'mou-checklist': saved('mou-checklist', {
        ...mouExamples.candleAndIllustrator,
        clauses: clauses.map((c) => ({ id: c.id, settled: true, note: '' })),
      }),
    };
    fc.assert(
      fc.property(ticksArb, (ticks) => {
        const plan = readPlan(input({ ...toolsDone, ticks: saved('ticks', ticks) }));
        const open = plan.steps.find((s) => s.done.length < s.total);
        if (!open) expect(plan.next.kind).toBe('review');
        else
          expect(plan.next).toEqual({
            kind: 'action',
            step: open.key,
            index: [...Array(open.total).keys()].find((i) => !open.done.includes(i)),
          });
      }),
    );
  });
});
