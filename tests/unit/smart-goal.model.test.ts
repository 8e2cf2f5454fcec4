import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locales';
import { addMonths, isoDay, parseIsoDate, reviewDates } from '../../src/tools/smart-goal/dates';
import dict from '../../src/tools/smart-goal/i18n';
import { cadences, goalTypes } from '../../src/tools/smart-goal/letters';
import {
  fieldId,
  goalKey,
  type TextAnswer,
  textAnswer,
  withCadence,
  withDate,
  withGoal as withGoalAt,
  withMetric,
  withNumberText,
  withoutGoal,
  withPartner,
  withTextAnswer,
  withType,
} from '../../src/tools/smart-goal/edit';
import {
  checkGoal,
  goalSentence,
  growth,
  pluralMeasure,
  type IssueCode,
  milestones,
  milestoneStep,
  statementText,
  whatIssue,
} from '../../src/tools/smart-goal/model';
import { formatNumber } from '../../src/tools/smart-goal/numbers';
import { composeStatement } from '../../src/tools/smart-goal/sentences';
import { type Goal, goalSchema, type SmartState, stateSchema } from '../../src/tools/smart-goal/schema';
import { emptyGoal, nextGoalId, withGoalAdded } from '../../src/tools/smart-goal/tool';
import { LIMITS } from '../../src/tools/smart-goal/limits';
import { batikGoal, batikState, sambalGoal, today, vagueState } from '../fixtures/smart-goal';

const partners = batikState.partners;
const codes = (goal: Goal, p = partners, day = today) => checkGoal(p, goal, day).issues.map((i) => i.code);
const withGoal = (patch: (g: Goal) => void): Goal => {
  const g = structuredClone(batikGoal);
  patch(g);
  return g;
};

describe('the fixtures', () => {
  it('are valid states', () => {
    expect(stateSchema.safeParse(batikState).success).toBe(true);
    expect(stateSchema.safeParse(vagueState).success).toBe(true);
    expect(goalSchema.safeParse(sambalGoal).success).toBe(true);
  });
});

describe('checkGoal: a complete goal', () => {
  it('meets all five letters (Rina and Dimas from step 1)', () => {
    const check = checkGoal(partners, batikGoal, today);
    expect(check.issues).toEqual([]);
    expect(check.allMet).toBe(true);
    expect(Object.values(check.letters).map((l) => l.status)).toEqual(['met', 'met', 'met', 'met', 'met']);
  });

  it('notes a start from zero without failing A', () => {
    expect(checkGoal(partners, batikGoal, today).letters.achievable.notes).toContain('from-zero');
  });

  it('reads Rupiah written the Indonesian way (sambal: Rp1,5 juta → Rp 4.500.000)', () => {
    const check = checkGoal(partners, sambalGoal, today);
    expect(check.numbers.baseline).toEqual({ ok: true, value: 1_500_000 });
    expect(check.numbers.target).toEqual({ ok: true, value: 4_500_000 });
    expect(check.numbers.kind).toBe('currency');
    expect(check.allMet).toBe(true);
  });
});

describe('checkGoal: the vague start', () => {
  const check = checkGoal(vagueState.partners, vagueState.goals[0]!, today);

  it('fails every letter', () => {
    expect(Object.values(check.letters).map((l) => l.status)).toEqual(Array(5).fill('needs-work'));
  });

  it('says why, with codes and fields', () => {
    expect(check.letters.specific.issues).toEqual([
      { code: 'partner-missing', field: 'partnerB' },
      { code: 'what-vague', field: 'what' },
      { code: 'scope-missing', field: 'scope' },
    ]);
    expect(check.letters.measurable.issues).toEqual([
      { code: 'metric-missing', field: 'metric' },
      { code: 'unit-missing', field: 'unit' },
      { code: 'number-missing', field: 'baseline' },
      { code: 'number-unreadable', field: 'target', reason: 'unreadable' },
      { code: 'source-missing', field: 'source' },
    ]);
    expect(check.letters.relevant.issues.map((i) => i.field)).toEqual(['benefitA', 'benefitB']);
    expect(check.letters.timeBound.issues.map((i) => i.code)).toEqual(['date-missing', 'date-missing']);
  });
});

describe('S: specific', () => {
  it.each<[string, IssueCode | null]>([
    ['', 'what-missing'],
    ['   ', 'what-missing'],
    ['laris', 'what-too-short'],
    ['jual batik', 'what-too-short'],
    ['meningkatkan penjualan toko', 'what-vague'],
    ['supaya toko lebih dikenal', 'what-vague'],
    ['penjualan lebih baik dan maksimal', 'what-vague'],
    ['get more followers', 'what-vague'],
    ['make our shop better known', 'what-vague'],
    ['increase sales a lot more', 'what-vague'],
    ['menjual 150 lembar batik melalui kode promo', null],
    ['sell 150 pieces of batik through a promo code', null],
    ['gain 2,000 new Instagram followers', null],
  ])('%j → %s', (what, expected) => {
    expect(whatIssue(what)).toBe(expected);
  });

  it('needs the scope and both partner names', () => {
    expect(
      codes(
        withGoal((g) => {
          g.specific.scope = ' ';
        }),
      ),
    ).toEqual(['scope-missing']);
    expect(checkGoal({ a: '', b: 'Dimas' }, batikGoal, today).issues).toEqual([
      { code: 'partner-missing', field: 'partnerA' },
    ]);
  });
});

describe('M: measurable', () => {
  it('flags an unreadable number with the reason, never a silent zero', () => {
    const goal = withGoal((g) => {
      g.measurable.target = { text: '150 lembar', lang: 'id' };
    });
    expect(checkGoal(partners, goal, today).issues).toEqual([
      { code: 'number-unreadable', field: 'target', reason: 'has-words' },
    ]);
  });

  it('flags a target equal to the baseline, even written differently', () => {
    const goal = withGoal((g) => {
      g.measurable.baseline = { text: 'Rp1,5 juta', lang: 'id' };
      g.measurable.target = { text: 'IDR 1,500,000', lang: 'en' };
    });
    expect(codes(goal)).toEqual(['target-equals-baseline']);
  });

  it('needs a unit, unless the numbers carry one (Rp, %)', () => {
    const noUnit = withGoal((g) => {
      g.measurable.unit = '';
    });
    expect(codes(noUnit)).toEqual(['unit-missing']);
    const rupiah = withGoal((g) => {
      g.measurable.unit = '';
      g.measurable.baseline = { text: 'Rp 0', lang: 'id' };
    });
    expect(codes(rupiah)).toEqual([]);
  });

  it('refuses Rupiah against percent', () => {
    const goal = withGoal((g) => {
      g.measurable.baseline = { text: 'Rp 100', lang: 'id' };
      g.measurable.target = { text: '5%', lang: 'id' };
    });
    expect(codes(goal)).toContain('kinds-differ');
  });

  it('reads each number in the language it was typed in', () => {
    const goal = withGoal((g) => {
      g.measurable.baseline = { text: '1.500', lang: 'id' };
      g.measurable.target = { text: '1.500', lang: 'en' };
    });
    const check = checkGoal(partners, goal, today);
    expect(check.numbers.baseline).toEqual({ ok: true, value: 1500 });
    expect(check.numbers.target).toEqual({ ok: true, value: 1.5 });
  });
});

describe('A: achievable', () => {
  it.each<[number, number, number, boolean]>([
    [100, 150, 56, false], // x1.5 in eight weeks
    [100, 300, 180, false], // x3 in six months: exactly the limit
    [100, 301, 365, true], // more than x3 overall
    [100, 250, 14, true], // x2.5 in two weeks
    [100, 120, 7, false], // +20 % in a week: +87 % a month, linear below a month
    [100, 210, 30, true], // more than double in a month
    [100, 400, 61, true], // x4 in two months
    [1000, 500, 90, false], // halve the cost in three months
    [1000, 200, 90, true], // a fifth of the cost
    [5, 0, 90, true], // down to zero
    [0, 150, 56, false], // from zero: nothing to compare
  ])('%d → %d in %d days: steep %s', (baseline, target, days, steep) => {
    expect(growth(baseline, target, days).steep).toBe(steep);
  });

  it('asks for evidence when the target is steep, and accepts it with a note', () => {
    const steep = withGoal((g) => {
      g.measurable.baseline = { text: '20', lang: 'id' };
      g.measurable.target = { text: '150', lang: 'id' };
      g.achievable.evidence = '';
    });
    expect(checkGoal(partners, steep, today).issues).toEqual([{ code: 'steep-needs-evidence', field: 'evidence' }]);
    const withEvidence = withGoal((g) => {
      g.measurable.baseline = { text: '20', lang: 'id' };
      g.measurable.target = { text: '150', lang: 'id' };
    });
    const check = checkGoal(partners, withEvidence, today);
    expect(check.letters.achievable.status).toBe('met');
    expect(check.letters.achievable.notes).toContain('ambitious');
  });

  it("needs each partner's contribution", () => {
    expect(
      checkGoal(
        partners,
        withGoal((g) => {
          g.achievable.contributionB = '';
        }),
        today,
      ).issues,
    ).toEqual([{ code: 'contribution-missing', field: 'contributionB' }]);
  });
});

describe('R: relevant', () => {
  it("needs both partners' benefits (win-win)", () => {
    expect(
      checkGoal(
        partners,
        withGoal((g) => {
          g.relevant.benefitA = '\n';
        }),
        today,
      ).issues,
    ).toEqual([{ code: 'benefit-missing', field: 'benefitA' }]);
  });
});

describe('T: time-bound', () => {
  const dated = (start: string, deadline: string) =>
    withGoal((g) => {
      g.timeBound.start = start;
      g.timeBound.deadline = deadline;
    });
  it.each<[string, string, IssueCode[]]>([
    ['2027-01-04', '2027-03-01', []],
    ['2027-01-04', '2027-01-11', []], // exactly one week
    ['2027-01-04', '2027-01-10', ['period-too-short']],
    ['2027-03-01', '2027-01-04', ['deadline-before-start']],
    ['2027-01-04', '2027-01-04', ['deadline-before-start']],
    ['2026-01-01', '2026-11-30', ['deadline-in-past']],
    ['2026-11-01', '2026-12-01', []], // the deadline is today
    ['2027-01-01', '2030-01-01', []], // exactly three years
    ['2027-01-01', '2030-01-02', ['period-too-long']],
    ['2027-02-30', '2027-03-01', ['date-invalid']],
    ['', '2027-03-01', ['date-missing']],
  ])('%s → %s: %j', (start, deadline, expected) => {
    expect(codes(dated(start, deadline)).filter((c) => c !== 'steep-needs-evidence')).toEqual(expected);
  });

  it('uses the date it is given as today', () => {
    expect(codes(batikGoal, partners, '2027-03-02')).toEqual(['deadline-in-past']);
    expect(codes(batikGoal, partners, '2027-03-01')).toEqual([]);
  });

  it('notes a review rhythm slower than the goal', () => {
    const goal = withGoal((g) => {
      g.timeBound.cadence = 'quarterly';
    });
    expect(checkGoal(partners, goal, today).letters.timeBound.notes).toEqual(['no-review-before-deadline']);
  });
});

describe('review dates', () => {
  it('count from the start without drifting (monthly from 31 January)', () => {
    const dates = reviewDates(new Date('2027-01-31'), new Date('2027-06-30'), 'monthly').map((d) =>
      d.toISOString().slice(0, 10),
    );
    expect(dates).toEqual(['2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
  });

  it('leave out the deadline itself', () => {
    expect(
      reviewDates(new Date('2027-01-01'), new Date('2027-01-15'), 'weekly').map((d) => d.toISOString().slice(0, 10)),
    ).toEqual(['2027-01-08']);
  });

  it('handle a leap day', () => {
    expect(addMonths(new Date('2028-02-29'), 12).toISOString().slice(0, 10)).toBe('2029-02-28');
  });
});

describe('milestones', () => {
  it('put a target at every review and end exactly at the target (batik, every two weeks)', () => {
    expect(milestones(batikGoal)).toEqual([
      { date: '2027-01-18', value: 38, final: false },
      { date: '2027-02-01', value: 75, final: false },
      { date: '2027-02-15', value: 113, final: false },
      { date: '2027-03-01', value: 150, final: true },
    ]);
  });

  it('round Rupiah to a readable step', () => {
    const rows = milestones(sambalGoal);
    expect(rows.map((r) => r.value)).toEqual([2_010_000, 2_480_000, 2_990_000, 3_490_000, 4_000_000, 4_500_000]);
  });

  it.each<[number, number, 'plain' | 'currency' | 'percent', number]>([
    [100, 150, 'plain', 1],
    [10_000_000, 25_000_000, 'currency', 100_000],
    [2, 3, 'percent', 0.1],
    [4.2, 4.8, 'plain', 0.1],
    [1.25, 1.5, 'percent', 0.01],
  ])('step from %d to %d (%s) is %d', (b, t, kind, step) => {
    expect(milestoneStep(b, t, kind)).toBe(step);
  });

  it('are monotonic and end exactly at the target (property)', () => {
    const numberArb = fc.oneof(
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    );
    const dateArb = fc
      .date({ min: new Date('2026-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        numberArb,
        numberArb,
        dateArb,
        fc.integer({ min: 7, max: 1100 }),
        fc.constantFrom(...cadences),
        fc.constantFrom('', '%', 'Rp'),
        (b, t, start, days, cadence, unit) => {
          const deadline = new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
          const goal = withGoal((g) => {
            g.measurable.baseline = { text: formatNumber(b, 'plain', 'en'), lang: 'en' };
            g.measurable.target = { text: formatNumber(t, 'plain', 'en'), lang: 'en' };
            g.measurable.unit = unit;
            g.timeBound = { start, deadline, cadence };
          });
          const rows = milestones(goal);
          expect(rows.length).toBeGreaterThan(0);
          const last = rows[rows.length - 1];
          expect(last).toEqual({ date: deadline, value: t, final: true });
          const values = [b, ...rows.map((r) => r.value)];
          for (let i = 1; i < values.length; i += 1) {
            if (t >= b) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]!);
            else expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
          }
          const dates = rows.map((r) => r.date);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
        },
      ),
    );
  });

  it('are empty until the numbers and dates can be used', () => {
    expect(milestones(vagueState.goals[0]!)).toEqual([]);
  });
});

describe('composeStatement', () => {
  const words = (lang: Locale) => dict[lang];

  it('writes the batik goal in Indonesian', () => {
    expect(composeStatement(partners, batikGoal, 'id', words('id'))).toEqual([
      'Tujuan bersama Rina dan Dimas: menjual 150 lembar batik tulis melalui kode promo khusus Dimas.',
      'Sasaran: batik tulis motif parang, pengikut TikTok Dimas.',
      'Penjualan melalui kode promo naik dari 0 menjadi 150 lembar paling lambat 1 Maret 2027.',
      'Sumber data: laporan kode promo di Shopee Seller Centre.',
      'Kontribusi Rina: stok 200 lembar dan diskon 10% untuk kode promo.',
      'Kontribusi Dimas: tiga video TikTok per minggu.',
      'Bukti bahwa target ini realistis: kampanye serupa bulan lalu menjual 40 lembar dalam dua minggu.',
      'Manfaat bagi Rina: penjualan naik dan toko makin dikenal.',
      'Manfaat bagi Dimas: komisi 10% dari setiap penjualan.',
      'Kemajuan ditinjau setiap dua minggu, mulai 4 Januari 2027.',
    ]);
  });

  it('writes the sambal goal in English, numbers in English formats', () => {
    const text = composeStatement({ a: 'Ayu', b: 'Fajar' }, sambalGoal, 'en', words('en')).join(' ');
    expect(text).toContain('Omzet per bulan rises from Rp1,500,000 to Rp4,500,000 by 1 July 2027.');
    expect(text).toContain('Progress is reviewed every month, starting on 1 January 2027.');
  });

  it('falls back to "Mitra A" when a partner has no name yet, and leaves out what is empty', () => {
    const goal = structuredClone(vagueState.goals[0]!);
    expect(composeStatement({ a: '', b: '' }, goal, 'id', words('id'))).toEqual([
      'Tujuan bersama Mitra A dan Mitra B: supaya toko lebih dikenal.',
      '… dari … menjadi banyak.',
      'Kemajuan ditinjau setiap bulan.',
    ]);
  });

  it('never reads reader text as a template', () => {
    const goal = withGoal((g) => {
      g.specific.what = 'jual {a} dan {b} lembar';
    });
    expect(composeStatement(partners, goal, 'id', words('id'))[0]).toBe(
      'Tujuan bersama Rina dan Dimas: jual {a} dan {b} lembar.',
    );
  });

  it('contains every value the reader gave, in both languages (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => statementText(s) !== '');
    const numberArb = fc.integer({ min: 0, max: 1e9 });
    const dateArb = fc
      .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.record({
          a: text,
          b: text,
          what: text,
          scope: text,
          metric: text,
          source: text,
          // Rp and % as units go into the number itself ("Rp1.500"): covered by the examples.
          unit: text.filter((u) => !/^(rp\.?|idr|rupiah|%|persen|percent|per cent)$/i.test(statementText(u))),
          contributionA: text,
          contributionB: text,
          evidence: text,
          benefitA: text,
          benefitB: text,
        }),
        numberArb,
        numberArb,
        dateArb,
        dateArb,
        fc.constantFrom(...cadences),
        fc.constantFrom(...goalTypes),
        fc.constantFrom<Locale>('id', 'en'),
        fc.constantFrom<Locale>('id', 'en'),
        (v, b, t, start, deadline, cadence, type, typedIn, lang) => {
          const goal: Goal = {
            id: 'g1',
            type,
            specific: { what: v.what, scope: v.scope },
            measurable: {
              metric: v.metric,
              unit: v.unit,
              source: v.source,
              baseline: { text: formatNumber(b, 'plain', typedIn), lang: typedIn },
              target: { text: formatNumber(t, 'plain', typedIn), lang: typedIn },
            },
            achievable: { contributionA: v.contributionA, contributionB: v.contributionB, evidence: v.evidence },
            relevant: { benefitA: v.benefitA, benefitB: v.benefitB },
            timeBound: { start, deadline, cadence },
          };
          const statement = composeStatement({ a: v.a, b: v.b }, goal, lang, words(lang)).join('\n');
          const contains = (value: string) => {
            const expected = statementText(value);
            const capital = expected.charAt(0).toLocaleUpperCase() + expected.slice(1);
            return statement.includes(expected) || statement.includes(capital);
          };
          for (const [key, value] of Object.entries(v)) expect(contains(value), key).toBe(true);
          expect(statement).toContain(formatNumber(b, 'plain', lang));
          expect(statement).toContain(formatNumber(t, 'plain', lang));
          expect(statement).toContain(formatDate(parseIsoDate(start)!, lang));
          expect(statement).toContain(formatDate(parseIsoDate(deadline)!, lang));
          expect(statement).toContain(words(lang)[`cadence.${cadence}`]);
        },
      ),
    );
  });
});

describe('checks on anything a reader can type', () => {
  const words = (lang: Locale) => dict[lang];
  const anyText = fc.string({ maxLength: 100 });
  const goalArb = fc.record({
    id: fc.constant('g1'),
    type: fc.option(fc.constantFrom(...goalTypes), { nil: undefined }),
    specific: fc.record({ what: anyText, scope: anyText }),
    measurable: fc.record({
      metric: anyText,
      unit: anyText,
      source: anyText,
      baseline: fc.record({ text: fc.string({ maxLength: 60 }), lang: fc.constantFrom<Locale>('id', 'en') }),
      target: fc.record({ text: fc.string({ maxLength: 60 }), lang: fc.constantFrom<Locale>('id', 'en') }),
    }),
    achievable: fc.record({ contributionA: anyText, contributionB: anyText, evidence: anyText }),
    relevant: fc.record({ benefitA: anyText, benefitB: anyText }),
    timeBound: fc.record({
      start: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
      deadline: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
      cadence: fc.constantFrom(...cadences),
    }),
  }) as fc.Arbitrary<Goal>;

  it('never throw, and every issue points at a field of the form', () => {
    fc.assert(
      fc.property(anyText, anyText, goalArb, fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), (a, b, goal, day) => {
        const check = checkGoal({ a, b }, goal, day);
        expect(check.allMet).toBe(check.issues.length === 0);
        for (const letter of Object.values(check.letters)) {
          expect(letter.status === 'met').toBe(letter.issues.length === 0);
        }
        for (const issue of check.issues) expect(fieldId(goal.id, issue.field)).toMatch(/^smart-[\w-]+$/);
        expect(() => milestones(goal, check)).not.toThrow();
        expect(() => composeStatement({ a, b }, goal, 'id', words('id'))).not.toThrow();
      }),
    );
  });
});

describe('schema', () => {
  it('bounds strings and the number of goals', () => {
    const long = structuredClone<SmartState>(batikState);
    long.goals[0]!.specific.what = 'x'.repeat(601);
    expect(stateSchema.safeParse(long).success).toBe(false);
    const many = { ...batikState, goals: Array.from({ length: 9 }, (_, i) => ({ ...batikGoal, id: `g${i + 1}` })) };
    expect(stateSchema.safeParse(many).success).toBe(false);
  });

  it('refuses dates that are not YYYY-MM-DD', () => {
    const odd = withGoal((g) => {
      g.timeBound.start = '1 Jan 2027';
    });
    expect(goalSchema.safeParse(odd).success).toBe(false);
  });

  it('gives new goals the smallest free id', () => {
    expect(nextGoalId([{ id: 'g1' }, { id: 'g3' }])).toBe('g2');
    expect(nextGoalId([{ id: 'g1' }])).toBe('g2');
  });
});

describe('editing a goal (what the island calls on each change)', () => {
  const answers: readonly TextAnswer[] = [
    'what',
    'scope',
    'metric',
    'unit',
    'source',
    'contributionA',
    'contributionB',
    'evidence',
    'benefitA',
    'benefitB',
  ];

  it('reads and writes each text answer exactly as typed, touching nothing else', () => {
    expect(textAnswer(batikGoal, 'contributionB')).toBe(batikGoal.achievable.contributionB);
    fc.assert(
      fc.property(fc.constantFrom(...answers), fc.string({ maxLength: 80 }), (field, text) => {
        const next = withTextAnswer(batikGoal, field, text);
        expect(textAnswer(next, field)).toBe(text);
        for (const other of answers)
          if (other !== field) expect(textAnswer(next, other)).toBe(textAnswer(batikGoal, other));
        expect(next.measurable.baseline).toBe(batikGoal.measurable.baseline);
        expect(goalSchema.safeParse(next).success).toBe(true);
      }),
    );
  });

  it('keeps a number as typed with the language it was typed in', () => {
    const next = withNumberText(batikGoal, 'target', '1,5 juta', 'en');
    expect(next.measurable.target).toEqual({ text: '1,5 juta', lang: 'en' });
    expect(next.measurable.baseline).toEqual(batikGoal.measurable.baseline);
  });

  it('sets the type, a suggested measure with its unit, dates and the review rhythm', () => {
    const goal = withCadence(
      withDate(withMetric(withType(emptyGoal('g1'), 'sales'), 'Orders', 'orders'), 'deadline', '2027-06-30'),
      'weekly',
    );
    expect(goal.type).toBe('sales');
    expect(goal.measurable).toMatchObject({ metric: 'Orders', unit: 'orders' });
    expect(goal.timeBound).toEqual({ start: '', deadline: '2027-06-30', cadence: 'weekly' });
    expect(goalSchema.safeParse(goal).success).toBe(true);
  });

  it('changes one goal of the partnership, names partners, adds and removes goals within bounds', () => {
    const two = withGoalAdded(batikState, 'id');
    expect(two.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    const changed = withGoalAt(two, 1, (g) => withTextAnswer(g, 'what', 'menjual 50 botol'));
    expect(changed.goals[0]).toBe(two.goals[0]);
    expect(changed.goals[1]?.specific.what).toBe('menjual 50 botol');
    expect(withoutGoal(changed, 0).goals.map((g) => g.id)).toEqual(['g2']);
    // A partnership keeps at least one goal, and holds at most LIMITS.goals.
    expect(withoutGoal(batikState, 0)).toBe(batikState);
    let full: SmartState = batikState;
    for (let i = 0; i < LIMITS.goals + 2; i++) full = withGoalAdded(full, 'en');
    expect(full.goals).toHaveLength(LIMITS.goals);
    expect(stateSchema.safeParse(full).success).toBe(true);
    expect(withPartner(batikState, 'b', ' Dimas ').partners).toEqual({ a: 'Rina', b: ' Dimas ' });
  });

  it('gives each goal’s fields ids from its position', () => {
    expect(goalKey(0)).toBe('g1');
    expect(fieldId(goalKey(2), 'target')).toBe('smart-g3-target');
  });
});

describe('the goal in one sentence', () => {
  const englishGoal = (lang: Locale, metric: string, unit: string): Goal => ({
    ...batikGoal,
    measurable: {
      ...batikGoal.measurable,
      metric,
      unit,
      baseline: { text: '40', lang },
      target: { text: '150', lang },
      source: 'Shopee Seller Centre',
    },
    specific: { what: lang === 'id' ? 'menjual batik tulis' : 'sell hand-drawn batik', scope: 'TikTok' },
    achievable: { contributionA: 'stok', contributionB: 'video', evidence: '' },
    relevant: { benefitA: 'omzet', benefitB: 'komisi' },
  });
  /** Words as a reader counts them: anything with a letter or a digit between spaces. */
  const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  it('says who, which number from what to what, by when and how often it is reviewed (batik)', () => {
    const id = goalSentence(partners, batikGoal, 'id', dict.id);
    const en = goalSentence(partners, batikGoal, 'en', dict.en);
    expect(id).toBe(
      'Penjualan melalui kode promo naik dari 0 menjadi 150 lembar paling lambat 1 Maret 2027, ' +
        'target yang ditinjau Rina dan Dimas setiap dua minggu.',
    );
    // The reader typed the measure in Indonesian; the tool's own words are English.
    expect(en).toBe(
      'Penjualan melalui kode promo rises from 0 to 150 lembar by 1 March 2027, ' +
        'a target Rina and Dimas review every two weeks.',
    );
    expect(wordCount(id)).toBe(24);
    expect(wordCount(en)).toBe(23);
  });

  it('reads naturally in English with English answers, the verb agreeing with the measure', () => {
    expect(goalSentence(partners, englishGoal('en', 'orders with the promo code', 'orders'), 'en', dict.en)).toBe(
      'Orders with the promo code rise from 40 to 150 orders by 1 March 2027, ' +
        'a target Rina and Dimas review every two weeks.',
    );
    expect(goalSentence({ a: 'Ayu', b: 'Fajar' }, sambalGoal, 'en', dict.en)).toBe(
      'Omzet per bulan rises from Rp1,500,000 to Rp4,500,000 by 1 July 2027, a target Ayu and Fajar review every month.',
    );
  });

  it('leaves contributions, benefits, evidence, scope and source to the full statement', () => {
    for (const lang of ['id', 'en'] as const) {
      const sentence = goalSentence(partners, batikGoal, lang, dict[lang]);
      const statement = composeStatement(partners, batikGoal, lang, dict[lang]).join(' ');
      const { achievable, relevant, specific, measurable } = batikGoal;
      for (const value of [
        achievable.contributionA,
        achievable.contributionB,
        achievable.evidence,
        relevant.benefitA,
        relevant.benefitB,
        specific.scope,
        measurable.source,
      ]) {
        expect(sentence).not.toContain(value);
        expect(statement).toContain(value);
      }
    }
  });

  it('says "turun … menjadi" / "falls … to" for a decrease, and leaves out a deadline not given', () => {
    const fewer = (lang: Locale, deadline: string): Goal => ({
      ...emptyGoal('g1', lang),
      measurable: {
        ...emptyGoal('g1', lang).measurable,
        metric: 'retur',
        unit: '%',
        baseline: { text: '8%', lang },
        target: { text: '3%', lang },
      },
      timeBound: { start: '', deadline, cadence: 'monthly' },
    });
    expect(goalSentence({ a: '', b: '' }, fewer('id', '2027-06-30'), 'id', dict.id)).toBe(
      'Retur turun dari 8% menjadi 3% paling lambat 30 Juni 2027, target yang ditinjau Mitra A dan Mitra B setiap bulan.',
    );
    expect(goalSentence({ a: '', b: '' }, fewer('en', ''), 'en', dict.en)).toBe(
      'Retur falls from 8% to 3%, a target Partner A and Partner B review every month.',
    );
  });

  it('keeps the full stop of a company name ("Pte. Ltd.", "Tbk.") in both languages', () => {
    const names = { a: 'PT Batik Rina Tbk.', b: 'Dimas Creative Studio Pte. Ltd.' };
    const goal = englishGoal('id', 'pesanan dengan kode promo', 'pesanan');
    expect(goalSentence(names, goal, 'id', dict.id)).toContain(
      'target yang ditinjau PT Batik Rina Tbk. dan Dimas Creative Studio Pte. Ltd. setiap dua minggu.',
    );
    expect(goalSentence(names, englishGoal('en', 'orders', 'orders'), 'en', dict.en)).toContain(
      'a target PT Batik Rina Tbk. and Dimas Creative Studio Pte. Ltd. review every two weeks.',
    );
    expect(composeStatement(names, goal, 'en', dict.en)[0]).toBe(
      'Shared goal of PT Batik Rina Tbk. and Dimas Creative Studio Pte. Ltd.: menjual batik tulis.',
    );
  });

  it('makes the English verb agree with the measure', () => {
    expect(pluralMeasure('Orders with the promo code')).toBe(true);
    expect(pluralMeasure('Sales through Dimas')).toBe(true);
    expect(pluralMeasure('Revenue from resellers')).toBe(false);
    expect(pluralMeasure('Number of orders')).toBe(false);
    expect(pluralMeasure('Repeat business')).toBe(false);
  });

  it('is empty until there is a measure or an aim; says the aim until the measure has a name', () => {
    expect(goalSentence(partners, emptyGoal('g1'), 'id', dict.id)).toBe('');
    expect(
      goalSentence(
        { a: '', b: '' },
        { ...emptyGoal('g1'), specific: { what: 'buka toko?', scope: '' } },
        'en',
        dict.en,
      ),
    ).toBe('Shared goal of Partner A and Partner B: buka toko, reviewed every month.');
    const vague = vagueState.goals[0]!;
    expect(goalSentence(vagueState.partners, vague, 'id', dict.id)).toBe(
      'Tujuan bersama Rina dan Mitra B: supaya toko lebih dikenal, ditinjau setiap bulan.',
    );
    const withDeadline = { ...vague, timeBound: { ...vague.timeBound, deadline: '2027-03-01' } };
    expect(goalSentence(vagueState.partners, withDeadline, 'en', dict.en)).toBe(
      'Shared goal of Rina and Partner B: supaya toko lebih dikenal by 1 March 2027, reviewed every month.',
    );
  });

  it('never reads reader text as a template', () => {
    const goal = withGoal((g) => {
      g.measurable.metric = 'pesanan {a} dan {cadence}';
    });
    expect(goalSentence(partners, goal, 'id', dict.id)).toMatch(/^Pesanan \{a\} dan \{cadence\} naik dari 0/);
  });

  /*
   * Any goal a reader can write, as one sentence. Reader text is wrapped in «…» here, so the test
   * can tell it from the tool's words; inside the marks anything goes (capitals, full stops,
   * semicolons, braces), up to the field's limit. How reader text counts: each piece of it (a
   * name, the measure, the unit, the aim, a number the tool cannot read) is the reader's own and
   * counts as ONE word, however long; numbers and dates the tool writes count word by word. Fields
   * the sentence leaves to the full statement are wrapped in ⟨…⟩ and must not appear.
   */
  describe('for any goal, in both languages (property)', () => {
    const mark = (open: string, close: string, max: number) =>
      fc.oneof(
        fc.constant(''),
        fc
          .string({ maxLength: max - 2 })
          .filter((s) => !s.includes(close))
          .map((s) => `${open}${s}${close}`),
      );
    const reader = (max: number) => mark('«', '»', max);
    const hidden = (max: number) => mark('⟨', '⟩', max);
    const numberText = fc.oneof(
      fc.constantFrom('', '0', '40', '150', '1.500', '1,5', 'Rp1,5 juta', 'Rp 4.500.000', '10 rb', '2,5%', '8%'),
      fc.constantFrom('1,500,000', 'Rp1.5 million', '2.5%', '1e15', '999999999999999'),
      reader(60),
    );
    const dateText = fc.oneof(
      fc.constant(''),
      fc.constant('2027-02-30'),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => isoDay(d)),
    );
    const goalArb = fc.record({
      id: fc.constant('g1'),
      type: fc.option(fc.constantFrom(...goalTypes), { nil: undefined }),
      specific: fc.record({ what: reader(LIMITS.long), scope: hidden(LIMITS.short) }),
      measurable: fc.record({
        metric: reader(LIMITS.short),
        unit: fc.oneof(fc.constantFrom('', 'Rp', '%', 'persen', 'rupiah'), reader(LIMITS.unit)),
        baseline: fc.record({ text: numberText, lang: fc.constantFrom<Locale>('id', 'en') }),
        target: fc.record({ text: numberText, lang: fc.constantFrom<Locale>('id', 'en') }),
        source: hidden(LIMITS.short),
      }),
      achievable: fc.record({
        contributionA: hidden(LIMITS.long),
        contributionB: hidden(LIMITS.long),
        evidence: hidden(LIMITS.long),
      }),
      relevant: fc.record({ benefitA: hidden(LIMITS.long), benefitB: hidden(LIMITS.long) }),
      timeBound: fc.record({ start: dateText, deadline: dateText, cadence: fc.constantFrom(...cadences) }),
    }) as fc.Arbitrary<Goal>;
    const months = (lang: Locale) =>
      Array.from({ length: 12 }, (_, m) => formatDate(new Date(2027, m, 1), lang).split(' ')[1]!);
    /** Two partners, a goal, a language, and the sentence the builder makes of them. */
    const cases = fc
      .tuple(reader(LIMITS.name), reader(LIMITS.name), goalArb, fc.constantFrom<Locale>('id', 'en'))
      .map(([a, b, goal, lang]) => ({ a, b, goal, lang, sentence: goalSentence({ a, b }, goal, lang, dict[lang]) }));
    /** Capitalised words the tool itself may write inside the sentence. */
    const proper = (lang: Locale) => new Set([...months(lang), 'Mitra', 'Partner', 'A', 'B']);

    it('is one sentence: one full stop at the end, no semicolon, no capital mid-sentence', () => {
      fc.assert(
        fc.property(cases, ({ goal, lang, sentence }) => {
          const blank = (text: string) => statementText(text) === '';
          const m = goal.measurable;
          expect(sentence === '').toBe(
            blank(goal.specific.what) && [m.metric, m.baseline.text, m.target.text].every(blank),
          );
          if (sentence === '') return;
          expect(sentence).not.toContain('⟨');
          const skeleton = sentence.replace(/«[^»]*»/g, 'X');
          expect(skeleton).not.toMatch(/[;!?]/);
          // Thousands and decimal marks inside numbers are not full stops.
          const stops = skeleton.replace(/(\d)[.,](?=\d)/g, '$1');
          expect(stops.indexOf('.'), skeleton).toBe(stops.length - 1);
          const allowed = proper(lang);
          for (const word of skeleton.split(/\s+/).slice(1)) {
            const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
            if (/^\p{Lu}/u.test(bare) && bare !== 'X' && !/^Rp\d/.test(bare)) expect(allowed, skeleton).toContain(bare);
          }
          expect(wordCount(skeleton), skeleton).toBeLessThanOrEqual(35);
        }),
      );
    });

    it('names both partners, the review rhythm, and the deadline when there is one', () => {
      fc.assert(
        fc.property(cases, ({ a, b, goal, lang, sentence }) => {
          if (sentence === '') return;
          const w = dict[lang];
          expect(sentence).toContain(statementText(a) || w['statement.partnerA']);
          expect(sentence).toContain(statementText(b) || w['statement.partnerB']);
          expect(sentence).toContain(w[`cadence.${goal.timeBound.cadence}`]);
          const deadline = parseIsoDate(goal.timeBound.deadline);
          if (deadline) expect(sentence).toContain(formatDate(deadline, lang));
          const metric = statementText(goal.measurable.metric);
          if (metric) expect(sentence.toLowerCase()).toContain(metric.toLowerCase());
          else if (statementText(goal.specific.what)) expect(sentence).toContain(statementText(goal.specific.what));
        }),
      );
    });
  });
});
