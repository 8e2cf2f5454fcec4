import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionOrderV1 } from '../../src/plan/action-keys';
import { type PlanSource, type PlanSpecs, planSources } from '../../src/plan/model';
import { examples as tickExamples } from '../../src/plan/schema';
import { stepTicks, ticksJsonSchema } from '../../src/plan/ticks';
import {
  applyChoices,
  type Choices,
  defaultChoice,
  defaultChoices,
  type PartOffer,
  planFileText,
  readPlanFile,
} from '../../src/plan/transfer';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { envelope, openEnvelope, withJsonSchema } from '../../src/tools/kit/spec';
import { examples as mouExamples, stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { mouChecklist } from '../../src/tools/mou-checklist/tool';
import { examples as fitExamples, stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import { partnerFit, partnerFitSpec } from '../../src/tools/partner-fit/tool';
import { examples as smartExamples, stateSchema as smartSchema } from '../../src/tools/smart-goal/schema';
import { smartGoal } from '../../src/tools/smart-goal/tool';
import { version1 as mouVersion1 } from '../fixtures/mou';

/** The specs as the plan page builds them in the browser. */
const specs: PlanSpecs = {
  ticks: withJsonSchema(stepTicks(actionOrderV1), ticksJsonSchema),
  'partner-fit': partnerFitSpec(withJsonSchema(partnerFit, jsonSchemaOf(fitSchema)).schema),
  'smart-goal': withJsonSchema(smartGoal, jsonSchemaOf(smartSchema)),
  'mou-checklist': withJsonSchema(mouChecklist, jsonSchemaOf(mouSchema)),
};
const at = new Date('2027-01-10T08:00:00Z');
type Saved = Record<PlanSource, string | null>;
const stored = (source: PlanSource, state: unknown) =>
  JSON.stringify(envelope(specs[source] as never, state as never, at));
const nothing: Saved = { ticks: null, 'partner-fit': null, 'smart-goal': null, 'mou-checklist': null };
const full: Saved = {
  ticks: stored('ticks', tickExamples.some),
  'partner-fit': stored('partner-fit', fitExamples.chosen),
  'smart-goal': stored('smart-goal', smartExamples.batik),
  'mou-checklist': stored('mou-checklist', mouExamples.candleAndIllustrator),
};
/** Another device's work: different from `full` in every part. */
const other: Saved = {
  ticks: stored('ticks', { steps: { roles: ['kpis'] } }),
  'partner-fit': stored('partner-fit', fitExamples.tied),
  'smart-goal': stored('smart-goal', smartExamples.sambal),
  'mou-checklist': stored('mou-checklist', mouExamples.foreignReseller),
};
const stateOf = (source: PlanSource, text: string | null | undefined) => {
  const opened = openEnvelope(JSON.parse(text!), specs[source] as never);
  return opened.ok ? opened.value : `not opened: ${opened.error}`;
};
/** The device after the writes. */
const afterWrites = (device: Saved, writes: { key: string; value: string }[]) => {
  const map = new Map<string, string | null>(planSources.map((s) => [`mitra:${s}`, device[s]]));
  for (const w of writes) map.set(w.key, w.value);
  return map;
};
const offerOf = (text: string, device: Saved) => {
  const read = readPlanFile(text, device, specs, at);
  if (!read.ok) throw new Error(read.error);
  return read.value;
};

describe('the plan file', () => {
  it('carries every readable part in its tool’s envelope, and leaves out what cannot be read', () => {
    const text = planFileText({ ...full, 'smart-goal': '{broken' }, specs, at);
    const file = JSON.parse(text) as { tool: string; v: number; state: { parts: Record<string, unknown> } };
    expect(file).toMatchObject({ tool: 'plan', v: 1, at: at.toISOString() });
    expect(Object.keys(file.state.parts)).toEqual(['ticks', 'partner-fit', 'mou-checklist']);
    expect(file.state.parts['partner-fit']).toEqual({
      tool: 'partner-fit',
      v: 1,
      at: at.toISOString(),
      state: fitExamples.chosen,
    });
  });

  it('opens on a fresh device with everything taken by default, each part as it was saved', () => {
    const offer = offerOf(planFileText(full, specs, at), nothing);
    expect(offer.map((p) => [p.source, p.file, p.device])).toEqual(planSources.map((s) => [s, 'present', 'absent']));
    const choices = defaultChoices(offer);
    expect(Object.values(choices)).toEqual(['replace', 'replace', 'replace', 'replace']);
    const device = afterWrites(nothing, applyChoices(offer, choices, nothing, at));
    for (const source of planSources)
      expect(stateOf(source, device.get(`mitra:${source}`))).toEqual(stateOf(source, full[source]));
  });

  it('keeps the device’s work by default where both have some, and replaces only what the reader picks', () => {
    const offer = offerOf(planFileText(full, specs, at), other);
    const choices = defaultChoices(offer);
    expect(Object.values(choices)).toEqual(['keep', 'keep', 'keep', 'keep']);
    expect(applyChoices(offer, choices, other, at)).toEqual([]);
    const device = afterWrites(other, applyChoices(offer, { ...choices, 'partner-fit': 'replace' }, other, at));
    expect(stateOf('partner-fit', device.get('mitra:partner-fit'))).toEqual(fitExamples.chosen);
    expect(device.get('mitra:smart-goal')).toBe(other['smart-goal']);
    expect(device.get('mitra:ticks')).toBe(other.ticks);
  });

  it('opens a part saved by an older tool version through the tool’s migration', () => {
    const file = JSON.stringify({
      tool: 'plan',
      v: 1,
      at: at.toISOString(),
      state: {
        parts: {
          'mou-checklist': JSON.parse(mouVersion1.stored) as unknown,
          ticks: { tool: 'ticks', v: 1, at: at.toISOString(), state: { steps: { goals: [0, 2] } } },
        },
      },
    });
    const offer = offerOf(file, nothing);
    const mou = offer.find((p) => p.source === 'mou-checklist')!;
    expect(mou.file).toBe('present');
    expect(JSON.parse(mou.text!)).toMatchObject({ tool: 'mou-checklist', v: mouChecklist.version });
    expect(stateOf('ticks', offer.find((p) => p.source === 'ticks')!.text)).toEqual({
      steps: { goals: ['one-sentence', 'goal-type'] },
    });
    expect(offer.find((p) => p.source === 'smart-goal')!.file).toBe('absent');
  });

  it('names a damaged part and skips it, taking the readable ones', () => {
    const file = JSON.parse(planFileText(full, specs, at)) as { state: { parts: Record<string, unknown> } };
    file.state.parts['smart-goal'] = { tool: 'smart-goal', v: 1, state: { goals: 'nope' } };
    file.state.parts['partner-fit'] = { tool: 'mou-checklist', v: 2, state: mouExamples.empty };
    const offer = offerOf(JSON.stringify(file), nothing);
    expect(offer.map((p) => p.file)).toEqual(['present', 'damaged', 'damaged', 'present']);
    const writes = applyChoices(offer, defaultChoices(offer), nothing, at);
    expect(writes.map((w) => w.key)).toEqual(['mitra:ticks', 'mitra:mou-checklist']);
  });

  it('refuses a file that is not a plan, and never throws on any text', () => {
    expect(readPlanFile('not json', full, specs)).toEqual({ ok: false, error: 'plan-file-not-json' });
    expect(readPlanFile(mouVersion1.file, full, specs)).toEqual({ ok: false, error: 'plan-file-not-plan' });
    expect(readPlanFile('{"tool":"plan","v":1,"state":{}}', full, specs)).toEqual({
      ok: false,
      error: 'plan-file-not-plan',
    });
    expect(readPlanFile('{"tool":"plan","v":2,"state":{"parts":{}}}', full, specs)).toEqual({
      ok: false,
      error: 'plan-file-unsupported-version',
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expect(() => readPlanFile(text, full, specs)).not.toThrow();
        },
      ),
    );
  });
});

/** One part's saved text on a device or in a file: absent, readable or damaged. */
const textArb = (source: PlanSource, valid: readonly unknown[]) =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(...valid).map((state) => stored(source, state)),
    fc.constantFrom('{', '{"tool":"x","v":1,"state":{}}', JSON.stringify({ tool: source, v: 99, state: {} })),
  );
const savedArb: fc.Arbitrary<Saved> = fc.record({
  ticks: textArb('ticks', [tickExamples.some, { steps: {} }]),
  'partner-fit': textArb('partner-fit', Object.values(fitExamples)),
  'smart-goal': textArb('smart-goal', Object.values(smartExamples)),
  'mou-checklist': textArb('mou-checklist', Object.values(mouExamples)),
});
const choicesArb: fc.Arbitrary<Choices> = fc.record({
  ticks: fc.constantFrom('keep', 'replace'),
  'partner-fit': fc.constantFrom('keep', 'replace'),
  'smart-goal': fc.constantFrom('keep', 'replace'),
  'mou-checklist': fc.constantFrom('keep', 'replace'),
});
/** A plan file with any mix of readable, damaged and missing parts. */
const fileArb = savedArb.map((parts) =>
  JSON.stringify({
    tool: 'plan',
    v: 1,
    state: {
      parts: Object.fromEntries(
        planSources.flatMap((s) => {
          const text = parts[s];
          if (text === null) return [];
          try {
            return [[s, JSON.parse(text) as unknown]];
          } catch {
            return [[s, text]];
          }
        }),
      ),
    },
  }),
);

describe('choosing per part (properties)', () => {
  it('never loses device data the reader chose to keep, nor damaged data it replaces', () => {
    fc.assert(
      fc.property(savedArb, fileArb, choicesArb, (device, file, choices) => {
        const offer = offerOf(file, device);
        const writes = applyChoices(offer, choices, device, at);
        const after = afterWrites(device, writes);
        for (const part of offer) {
          const key = `mitra:${part.source}`;
          const before = device[part.source];
          if (choices[part.source] === 'keep' || part.file !== 'present') {
            expect(after.get(key)).toBe(before);
            expect(writes.some((w) => w.key.startsWith(key))).toBe(false);
          } else {
            // Replaced by the reader's choice: the file's part, readable by its tool.
            expect(typeof stateOf(part.source, after.get(key))).toBe('object');
            if (part.device === 'damaged') expect([...after.values()]).toContain(before);
          }
        }
      }),
    );
  });

  it('by default never replaces work the device has, and takes what it lacks', () => {
    fc.assert(
      fc.property(savedArb, fileArb, (device, file) => {
        const offer = offerOf(file, device);
        const writes = applyChoices(offer, defaultChoices(offer), device, at);
        for (const part of offer) {
          const replaced = writes.some((w) => w.key === `mitra:${part.source}`);
          expect(replaced).toBe(part.device === 'absent' && part.file === 'present');
          expect(defaultChoice(part)).toBe(replaced ? 'replace' : 'keep');
        }
      }),
    );
  });

  it('reports each part of the device as it is', () => {
    fc.assert(
      fc.property(savedArb, (device) => {
        const offer: PartOffer[] = offerOf(planFileText(device, specs, at), device);
        for (const part of offer) {
          expect(part.device).toBe(
            device[part.source] === null ? 'absent' : part.file === 'present' ? 'present' : 'damaged',
          );
        }
      }),
    );
  });
});
