import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answeredProfile,
  goalTerms,
  type HandoffSource,
  type HandoffSpecs,
  namesIn,
  offerFor,
  offerKey,
  readHandoff,
  withMouNames,
  withSmartNames,
} from '../../src/plan/handoff';
import { openPart } from '../../src/plan/model';
import { profileJsonSchema, profileSpec } from '../../src/plan/profile';
import { profileExamples, profileSchema } from '../../src/plan/schema';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { envelope, withJsonSchema } from '../../src/tools/kit/spec';
import { examples as mouExamples, type MouState, stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { initialState as mouInitial, mouChecklist } from '../../src/tools/mou-checklist/tool';
import { examples as fitExamples, stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import { partnerFit } from '../../src/tools/partner-fit/tool';
import {
  examples as smartExamples,
  type SmartState,
  stateSchema as smartSchema,
} from '../../src/tools/smart-goal/schema';
import { initialState as smartInitial, smartGoal } from '../../src/tools/smart-goal/tool';
import { version1 as mouVersion1 } from '../fixtures/mou';
import { runs } from '../helpers/fast-check';

/** The specs as the browser builds them: JSON Schema compiled from each zod schema. */
const specs: HandoffSpecs = {
  profile: withJsonSchema(profileSpec, profileJsonSchema),
  'partner-fit': withJsonSchema(partnerFit, jsonSchemaOf(fitSchema)),
  'smart-goal': withJsonSchema(smartGoal, jsonSchemaOf(smartSchema)),
  'mou-checklist': withJsonSchema(mouChecklist, jsonSchemaOf(mouSchema)),
};
const saved = (source: HandoffSource, state: unknown) =>
  JSON.stringify(envelope(specs[source] as never, state as never, new Date('2027-01-10T08:00:00Z')));
const nothing: Record<HandoffSource, string | null> = {
  profile: null,
  'partner-fit': null,
  'smart-goal': null,
  'mou-checklist': null,
};

describe('the profile schema', () => {
  it('is written out for the browser exactly as zod says it', () => {
    expect(profileJsonSchema).toEqual(jsonSchemaOf(profileSchema));
  });

  it('opens a saved profile and refuses a damaged one', () => {
    expect(openPart(saved('profile', profileExamples.putri), specs.profile)).toEqual({
      status: 'present',
      value: profileExamples.putri,
    });
    expect(openPart(saved('profile', { business: 5, answered: {} }), specs.profile).status).toBe('damaged');
  });
});

describe('reading the plan for the hand-off', () => {
  it('takes the chosen partner from the scorer, and nothing while none is chosen', () => {
    expect(readHandoff({ ...nothing, 'partner-fit': saved('partner-fit', fitExamples.chosen) }, specs).partner).toBe(
      'Dapur Kopi Nusantara',
    );
    expect(readHandoff({ ...nothing, 'partner-fit': saved('partner-fit', fitExamples.filled) }, specs).partner).toBe(
      '',
    );
  });

  it('takes the own name from the profile first, then the MoU first party, then the SMART first partner', () => {
    const smart = saved('smart-goal', smartExamples.batik);
    const mou = saved('mou-checklist', mouExamples.candleAndIllustrator);
    const profile = saved('profile', { business: '  Toko   Lilin  ', answered: {} });
    expect(readHandoff({ ...nothing, 'smart-goal': smart }, specs).own).toBe('Rina');
    expect(readHandoff({ ...nothing, 'smart-goal': smart, 'mou-checklist': mou }, specs).own).toBe('Toko Lilin Putri');
    expect(readHandoff({ profile, 'partner-fit': null, 'smart-goal': smart, 'mou-checklist': mou }, specs).own).toBe(
      'Toko Lilin',
    );
  });

  it('reads a MoU saved by version 1 through its migration', () => {
    expect(readHandoff({ ...nothing, 'mou-checklist': mouVersion1.stored }, specs).own).toBe('Toko Lilin Putri');
  });

  it('turns the SMART goals into KPIs with the most frequent review cadence', () => {
    expect(goalTerms(smartExamples.batik)).toEqual({
      kpis: [{ metric: 'Penjualan melalui kode promo', target: '150 lembar' }],
      cadence: 'biweekly',
    });
    // The unit is in the target already ("Rp 4.500.000" with unit "Rp").
    expect(goalTerms(smartExamples.sambal)?.kpis).toEqual([{ metric: 'Omzet per bulan', target: 'Rp 4.500.000' }]);
    const two: SmartState = {
      ...smartExamples.sambal,
      goals: [...smartExamples.sambal.goals, { ...smartExamples.batik.goals[0]!, id: 'g2' }],
    };
    expect(goalTerms(two)?.cadence).toBe('biweekly');
    // A goal with no metric and no target gives nothing to fill; an empty metric stays unknown.
    expect(goalTerms(smartInitial())).toBeNull();
    expect(goalTerms(smartExamples.vague)?.kpis).toEqual([{ metric: '', target: 'banyak' }]);
  });
});

describe('the offer', () => {
  const facts = { own: 'Toko Lilin Putri', partner: 'Bima Ilustrasi' };

  it('names only the empty fields, and asks the own name when nobody knows it (SMART only)', () => {
    expect(offerFor('mou-checklist', { own: '', partner: '' }, facts)).toEqual({ ...facts, askOwn: false });
    expect(offerFor('mou-checklist', { own: 'Putri', partner: ' ' }, facts)).toEqual({
      own: '',
      partner: 'Bima Ilustrasi',
      askOwn: false,
    });
    expect(offerFor('smart-goal', { own: '', partner: '' }, { own: '', partner: 'Bima Ilustrasi' })).toEqual({
      own: '',
      partner: 'Bima Ilustrasi',
      askOwn: true,
    });
    // The MoU's first party, right below its notice, is where the reader types their business.
    expect(offerFor('mou-checklist', { own: '', partner: '' }, { own: '', partner: 'Bima Ilustrasi' })?.askOwn).toBe(
      false,
    );
    expect(offerFor('mou-checklist', { own: 'Putri', partner: 'Bima' }, facts)).toBeNull();
    expect(offerFor('mou-checklist', { own: '', partner: '' }, { own: '', partner: '' })).toBeNull();
  });

  it('does not come back once answered, unless the plan offers other names', () => {
    const offer = offerFor('mou-checklist', { own: 'Putri', partner: '' }, facts)!;
    expect(offerFor('mou-checklist', { own: 'Putri', partner: '' }, facts, offerKey(offer))).toBeNull();
    expect(
      offerFor('mou-checklist', { own: 'Putri', partner: '' }, { ...facts, partner: 'Sari' }, offerKey(offer)),
    ).not.toBeNull();
  });

  it('keeps the own name once known and never replaces a kept one', () => {
    const offer = { own: '', partner: 'Bima Ilustrasi' };
    expect(answeredProfile(undefined, 'mou-checklist', offer, '  Toko  Lilin ')).toEqual({
      business: 'Toko Lilin',
      answered: { 'mou-checklist': '\nBima Ilustrasi' },
    });
    expect(answeredProfile(profileExamples.putri, 'mou-checklist', offer, 'Other')).toEqual({
      business: 'Toko Lilin Putri',
      answered: { ...profileExamples.putri.answered, 'mou-checklist': '\nBima Ilustrasi' },
    });
    // What it saves, the schema accepts.
    expect(profileSchema.safeParse(answeredProfile(undefined, 'smart-goal', offer, 'x'.repeat(500))).success).toBe(
      true,
    );
  });
});

/** One saved part: absent, present (a valid state) or damaged (any other text). */
const partArb = (source: HandoffSource, valid: readonly unknown[]) =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(...valid).map((state) => saved(source, state)),
    fc
      .oneof(
        fc.string(),
        fc.constant('{}'),
        fc.jsonValue().map((v) => JSON.stringify({ tool: source, v: 1, state: v })),
      )
      .filter((raw) => openPart(raw, specs[source] as never).status === 'damaged'),
  );

const withText = (name: string) =>
  fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 30 }), fc.constant(name));

/** SMART and MoU states whose name fields are empty, blank or typed. */
const smartArb = fc
  .record({
    state: fc.constantFrom(...Object.values(smartExamples), smartInitial()),
    a: withText('Rina'),
    b: withText('Dimas'),
  })
  .map(({ state, a, b }): SmartState => ({ ...state, partners: { a, b } }));
const mouArb = fc
  .record({
    state: fc.constantFrom(...Object.values(mouExamples), mouInitial()),
    first: withText('Putri'),
    second: withText('Bima'),
  })
  .map(({ state, first, second }): MouState => ({
    ...state,
    parties: { first: { ...state.parties.first, name: first }, second: { ...state.parties.second, name: second } },
  }));

const deviceArb = fc.record({
  profile: partArb('profile', [profileExamples.putri, { business: '', answered: {} }]),
  'partner-fit': partArb('partner-fit', Object.values(fitExamples)),
  'smart-goal': partArb('smart-goal', Object.values(smartExamples)),
  'mou-checklist': partArb('mou-checklist', Object.values(mouExamples)),
});

const blank = (text: string) => text.trim() === '';

describe('properties over any mix of present, absent and damaged saved work', () => {
  it('never throws, and offers only names for empty fields', () => {
    fc.assert(
      fc.property(deviceArb, smartArb, mouArb, (device, smart, mou) => {
        const facts = readHandoff(device, specs);
        for (const [tool, current] of [
          ['smart-goal', namesIn('smart-goal', smart)],
          ['mou-checklist', namesIn('mou-checklist', mou)],
        ] as const) {
          const offer = offerFor(tool, current, facts);
          if (!offer) continue;
          if (offer.own) expect(blank(current.own)).toBe(true);
          if (offer.partner) expect(blank(current.partner)).toBe(true);
          expect(offer.own || offer.partner).not.toBe('');
        }
      }),
      { numRuns: runs(3) },
    );
  });

  it('filling never overwrites typed text, fills only empty fields and touches nothing else', () => {
    fc.assert(
      fc.property(
        deviceArb,
        smartArb,
        mouArb,
        fc.string(),
        fc.string(),
        (device, smart, mou, typedOwn, typedPartner) => {
          const facts = readHandoff(device, specs);
          // With what the plan knows, and with anything at all as names.
          for (const names of [facts, { own: typedOwn, partner: typedPartner }]) {
            const s = withSmartNames(smart, names);
            expect({ ...s, partners: smart.partners }).toEqual(smart);
            for (const [field, key] of [
              ['a', 'own'],
              ['b', 'partner'],
            ] as const) {
              if (!blank(smart.partners[field])) expect(s.partners[field]).toBe(smart.partners[field]);
              else if (!blank(names[key]))
                expect(s.partners[field]).toBe(names[key].replace(/\s+/g, ' ').trim().slice(0, 80).trim());
              else expect(s.partners[field]).toBe(smart.partners[field]);
            }
            expect(smartSchema.safeParse(s).success).toBe(true);

            const m = withMouNames(mou, names);
            for (const [party, key] of [
              ['first', 'own'],
              ['second', 'partner'],
            ] as const) {
              const before = mou.parties[party];
              expect({ ...m.parties[party], name: before.name }).toEqual(before);
              if (!blank(before.name)) expect(m.parties[party].name).toBe(before.name);
              else if (blank(names[key])) expect(m.parties[party].name).toBe(before.name);
              else expect(m.parties[party].name).not.toBe('');
            }
            expect({ ...m, parties: mou.parties }).toEqual(mou);
            expect(mouSchema.safeParse(m).success).toBe(true);
          }
        },
      ),
      { numRuns: runs(3) },
    );
  });
});
