import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { addMonths, daysBetween, isoDay, parseIsoDate, reviewDates } from './dates';
import { type Cadence, type LetterKey, letterKeys } from './letters';
import { formatNumber, type NumberError, type NumberKind, parseNumber } from './numbers';
import type { Goal, NumberText, SmartState } from './schema';

/**
 * The SMART checks, the goal statement, the milestones. Pure: codes out, no words of its own
 * (the statement's words come in as a parameter), no DOM, no Preact.
 */

// ---------------------------------------------------------------------------------------------
// Fields and issues

/** Form fields a check can point at; `fieldId` turns one into the id of its input. */
export type Field =
  | 'partnerA'
  | 'partnerB'
  | 'what'
  | 'scope'
  | 'metric'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'source'
  | 'contributionA'
  | 'contributionB'
  | 'evidence'
  | 'benefitA'
  | 'benefitB'
  | 'start'
  | 'deadline'
  | 'cadence';

/** Every reason a letter can need work, letter by letter. */
export const issueCodes = [
  // S
  'partner-missing',
  'what-missing',
  'what-too-short',
  'what-vague',
  'scope-missing',
  // M
  'metric-missing',
  'unit-missing',
  'number-missing',
  'number-unreadable',
  'target-equals-baseline',
  'kinds-differ',
  'source-missing',
  // A
  'contribution-missing',
  'steep-needs-evidence',
  // R
  'benefit-missing',
  // T
  'date-missing',
  'date-invalid',
  'deadline-before-start',
  'deadline-in-past',
  'period-too-short',
  'period-too-long',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/**
 * One reason a letter needs work, on one field. Codes whose words differ by field or reason
 * say exactly which fields (and reasons) they come with, so each has its own dictionary key.
 */
export type Issue =
  | { code: 'partner-missing'; field: 'partnerA' | 'partnerB' }
  | { code: 'number-missing'; field: 'baseline' | 'target' }
  /** `reason`: why the number could not be read. */
  | { code: 'number-unreadable'; field: 'baseline' | 'target'; reason: Exclude<NumberError, 'empty'> }
  | { code: 'date-missing'; field: 'start' | 'deadline' }
  | {
      code: Exclude<IssueCode, 'partner-missing' | 'number-missing' | 'number-unreadable' | 'date-missing'>;
      field: Field;
    };

/** Things worth saying that do not stop a letter from being met. */
export const noteCodes = ['ambitious', 'from-zero', 'no-review-before-deadline'] as const;
export type NoteCode = (typeof noteCodes)[number];

export type LetterStatus = 'met' | 'needs-work';

export interface LetterCheck {
  letter: LetterKey;
  status: LetterStatus;
  issues: Issue[];
  notes: NoteCode[];
}

// ---------------------------------------------------------------------------------------------
// S: specific

/** Fewer words or characters than this is too short to say what will be achieved. */
export const MIN_WHAT_WORDS = 3;
export const MIN_WHAT_CHARS = 12;

/**
 * Words that sound like a goal but say nothing checkable on their own ("lebih baik",
 * "maksimal", "better", "more"), and small function words; the two languages' lists say the
 * same things ("toko" and "shop", "terkenal" and "famous"). A "what" needs at least two words
 * outside this list (a product, a channel, a number, an action such as "menjual").
 */
const vagueWords = new Set(
  // Indonesian
  (
    'lebih baik bagus maksimal optimal meningkat meningkatkan naik tambah menambah banyak laris laku ' +
    'sukses berhasil besar maju berkembang dikenal terkenal populer ingin mau supaya agar bisa jadi makin ' +
    'semakin sangat kita kami saya toko usaha bisnis yang dan di ke untuk dengan ' +
    // English
    'better good more most increase grow growth boost improve maximise maximize max optimise optimize ' +
    'success big bigger lot lots many much higher known famous popular want to be get make our my we ' +
    'shop store business the a an and of in for'
  ).split(' '),
);

/**
 * Words of a text: letters and digits, lower case.
 * @example words('Jual 150 lembar batik!') // => ['jual', '150', 'lembar', 'batik']
 */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The issue with a "what", if any: missing, too short, or only vague words. */
export function whatIssue(what: string): 'what-missing' | 'what-too-short' | 'what-vague' | null {
  const trimmed = clean(what);
  if (trimmed === '') return 'what-missing';
  const all = words(trimmed);
  if (all.length < MIN_WHAT_WORDS || trimmed.length < MIN_WHAT_CHARS) return 'what-too-short';
  const concrete = all.filter((w) => !vagueWords.has(w));
  return concrete.length < 2 ? 'what-vague' : null;
}

// ---------------------------------------------------------------------------------------------
// M: measurable

export interface ReadNumbers {
  baseline: { ok: true; value: number } | { ok: false; error: NumberError };
  target: { ok: true; value: number } | { ok: false; error: NumberError };
  /** Rupiah or percent when the numbers or the unit say so, else plain. */
  kind: NumberKind;
  /** True when one number is Rupiah and the other percent. */
  kindsDiffer: boolean;
}

/** Units that mean "Rupiah" or "percent", so the numbers need no sign of their own. */
const rupiahUnit = /^(rp\.?|idr|rupiah)$/i;
const percentUnit = /^(%|persen|percent|per cent)$/i;

/** Reads a goal's baseline and target, each in the language it was typed in. */
export function readNumbers(goal: Goal): ReadNumbers {
  const read = (n: NumberText) => parseNumber(n.text, n.lang);
  const b = read(goal.measurable.baseline);
  const t = read(goal.measurable.target);
  const unit = clean(goal.measurable.unit);
  const kinds = new Set<NumberKind>();
  if (b.ok) kinds.add(b.value.kind);
  if (t.ok) kinds.add(t.value.kind);
  if (rupiahUnit.test(unit)) kinds.add('currency');
  if (percentUnit.test(unit)) kinds.add('percent');
  const kindsDiffer = kinds.has('currency') && kinds.has('percent');
  const kind: NumberKind = kinds.has('currency') ? 'currency' : kinds.has('percent') ? 'percent' : 'plain';
  return {
    baseline: b.ok ? { ok: true, value: b.value.value } : b,
    target: t.ok ? { ok: true, value: t.value.value } : t,
    kind,
    kindsDiffer,
  };
}

/** Whether the reader named a unit, in the unit field or as Rp/% in the numbers. */
function hasUnit(goal: Goal, numbers: ReadNumbers): boolean {
  return clean(goal.measurable.unit) !== '' || numbers.kind !== 'plain';
}

// ---------------------------------------------------------------------------------------------
// A: achievable — how steep is the change?

/**
 * A change is "steep" (ambitious: the tool asks for evidence) when the target is more than
 * three times the baseline overall (for a decrease: the baseline more than three times the
 * target), or when it grows by more than 100 % per month-equivalent. The month-equivalent
 * compounds for periods of a month or longer (x4 in two months is x2 a month) and scales
 * linearly below a month, so a one-off bump in a short campaign is not extrapolated as if it
 * compounded every week (+20 % in one week is +87 % a month, not +121 %).
 */
export const STEEP_OVERALL = 3;
export const STEEP_MONTHLY = 2;
const DAYS_PER_MONTH = 365.25 / 12;

export interface Growth {
  direction: 'up' | 'down' | 'flat';
  /** How many times bigger the better value is than the worse one; null when not comparable. */
  ratio: number | null;
  /** The ratio per month-equivalent; null without a ratio or a period. */
  monthly: number | null;
  steep: boolean;
}

/**
 * @example growth(100, 150, 56).steep // => false (x1.5 in eight weeks)
 * @example growth(100, 1000, 90).steep // => true (x10 in three months)
 * @example growth(0, 150, 56).ratio // => null (from zero there is nothing to compare)
 */
export function growth(baseline: number, target: number, days: number | null): Growth {
  const direction = target > baseline ? 'up' : target < baseline ? 'down' : 'flat';
  let ratio: number | null = null;
  if (direction === 'up' && baseline > 0) ratio = target / baseline;
  if (direction === 'down' && baseline > 0 && target >= 0) ratio = target === 0 ? Infinity : baseline / target;
  let monthly: number | null = null;
  if (ratio !== null && days !== null && days > 0) {
    const months = days / DAYS_PER_MONTH;
    monthly = months >= 1 ? ratio ** (1 / months) : 1 + (ratio - 1) / months;
  }
  const steep = ratio !== null && (ratio > STEEP_OVERALL || (monthly !== null && monthly > STEEP_MONTHLY));
  return { direction, ratio, monthly, steep };
}

// ---------------------------------------------------------------------------------------------
// T: time-bound

export const MIN_PERIOD_DAYS = 7;
export const MAX_PERIOD_YEARS = 3;

export interface Period {
  start: Date;
  deadline: Date;
  days: number;
}

/** Start and deadline when both are real dates with the deadline after the start. */
export function period(goal: Goal): Period | null {
  const start = parseIsoDate(goal.timeBound.start);
  const deadline = parseIsoDate(goal.timeBound.deadline);
  if (!start || !deadline || deadline.getTime() <= start.getTime()) return null;
  return { start, deadline, days: daysBetween(start, deadline) };
}

// ---------------------------------------------------------------------------------------------
// All five letters

export interface GoalCheck {
  letters: Record<LetterKey, LetterCheck>;
  /** Every issue of the five letters, in form order (for the error summary). */
  issues: Issue[];
  allMet: boolean;
  numbers: ReadNumbers;
  growth: Growth | null;
  period: Period | null;
}

/** Whitespace folded, ends trimmed. */
function clean(text: string): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/** Adds `issue` when the reader left `text` empty (or only spaces). */
function need(issues: Issue[], text: string, issue: Issue): void {
  if (clean(text) === '') issues.push(issue);
}

function letter(key: LetterKey, issues: Issue[], notes: NoteCode[] = []): LetterCheck {
  return { letter: key, status: issues.length === 0 ? 'met' : 'needs-work', issues, notes };
}

/**
 * Checks one goal of a partnership letter by letter. `today` is `YYYY-MM-DD` (a parameter so
 * the result does not depend on the clock). Never throws.
 * @example checkGoal(partners, goal, '2026-12-01').letters.measurable.status // => 'met'
 */
export function checkGoal(partners: SmartState['partners'], goal: Goal, today: string): GoalCheck {
  // S
  const s: Issue[] = [];
  need(s, partners.a, { code: 'partner-missing', field: 'partnerA' });
  need(s, partners.b, { code: 'partner-missing', field: 'partnerB' });
  const what = whatIssue(goal.specific.what);
  if (what) s.push({ code: what, field: 'what' });
  need(s, goal.specific.scope, { code: 'scope-missing', field: 'scope' });

  // M
  const m: Issue[] = [];
  const numbers = readNumbers(goal);
  need(m, goal.measurable.metric, { code: 'metric-missing', field: 'metric' });
  if (!hasUnit(goal, numbers)) m.push({ code: 'unit-missing', field: 'unit' });
  for (const field of ['baseline', 'target'] as const) {
    const n = numbers[field];
    if (!n.ok)
      m.push(
        n.error === 'empty' ? { code: 'number-missing', field } : { code: 'number-unreadable', field, reason: n.error },
      );
  }
  if (numbers.kindsDiffer) m.push({ code: 'kinds-differ', field: 'target' });
  if (numbers.baseline.ok && numbers.target.ok && numbers.baseline.value === numbers.target.value) {
    m.push({ code: 'target-equals-baseline', field: 'target' });
  }
  need(m, goal.measurable.source, { code: 'source-missing', field: 'source' });

  // T (before A: A needs the period)
  const t: Issue[] = [];
  const tNotes: NoteCode[] = [];
  const start = parseIsoDate(goal.timeBound.start);
  const deadline = parseIsoDate(goal.timeBound.deadline);
  for (const [field, raw, date] of [
    ['start', goal.timeBound.start, start],
    ['deadline', goal.timeBound.deadline, deadline],
  ] as const) {
    if (raw === '') t.push({ code: 'date-missing', field });
    else if (!date) t.push({ code: 'date-invalid', field });
  }
  const p = period(goal);
  if (start && deadline) {
    const todayDate = parseIsoDate(today);
    if (!p) t.push({ code: 'deadline-before-start', field: 'deadline' });
    else if (p.days < MIN_PERIOD_DAYS) t.push({ code: 'period-too-short', field: 'deadline' });
    else if (deadline.getTime() > addMonths(start, 12 * MAX_PERIOD_YEARS).getTime())
      t.push({ code: 'period-too-long', field: 'deadline' });
    if (todayDate && deadline.getTime() < todayDate.getTime()) t.push({ code: 'deadline-in-past', field: 'deadline' });
    if (p && reviewDates(p.start, p.deadline, goal.timeBound.cadence).length === 0)
      tNotes.push('no-review-before-deadline');
  }

  // A
  const a: Issue[] = [];
  const aNotes: NoteCode[] = [];
  need(a, goal.achievable.contributionA, { code: 'contribution-missing', field: 'contributionA' });
  need(a, goal.achievable.contributionB, { code: 'contribution-missing', field: 'contributionB' });
  let g: Growth | null = null;
  if (numbers.baseline.ok && numbers.target.ok) {
    g = growth(numbers.baseline.value, numbers.target.value, p ? p.days : null);
    if (g.steep) {
      if (clean(goal.achievable.evidence) === '') a.push({ code: 'steep-needs-evidence', field: 'evidence' });
      else aNotes.push('ambitious');
    }
    if (g.direction === 'up' && numbers.baseline.value === 0) aNotes.push('from-zero');
  }

  // R
  const r: Issue[] = [];
  need(r, goal.relevant.benefitA, { code: 'benefit-missing', field: 'benefitA' });
  need(r, goal.relevant.benefitB, { code: 'benefit-missing', field: 'benefitB' });

  const letters: Record<LetterKey, LetterCheck> = {
    specific: letter('specific', s),
    measurable: letter('measurable', m),
    achievable: letter('achievable', a, aNotes),
    relevant: letter('relevant', r),
    timeBound: letter('timeBound', t, tNotes),
  };
  const issues = letterKeys.flatMap((k) => letters[k].issues);
  return { letters, issues, allMet: issues.length === 0, numbers, growth: g, period: p };
}

// ---------------------------------------------------------------------------------------------
// Milestones

export interface Milestone {
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
  /** True for the deadline, whose value is exactly the target. */
  final: boolean;
}

/** Decimal places of a number as written (1.25 → 2). */
function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 0;
  return s.split('.')[1]?.length ?? 0;
}

/**
 * The rounding step of intermediate targets: three significant digits of the change (orders
 * 100 → 150 step 1; Rp10 juta → Rp25 juta step Rp100.000), never finer than the numbers the
 * reader wrote (counts stay whole), percentages to at least a tenth.
 * @example milestoneStep(100, 150, 'plain') // => 1
 * @example milestoneStep(10_000_000, 25_000_000, 'currency') // => 100000
 */
export function milestoneStep(baseline: number, target: number, kind: NumberKind): number {
  const change = Math.abs(target - baseline);
  const significant = change > 0 ? 10 ** (Math.floor(Math.log10(change)) - 2) : 1;
  let places = Math.max(decimals(baseline), decimals(target));
  if (kind === 'percent') places = Math.max(places, 1);
  if (kind === 'currency') places = Math.min(places, 2);
  return Math.max(significant, 10 ** -places);
}

function roundTo(value: number, step: number): number {
  const places = step >= 1 ? 0 : Math.round(-Math.log10(step));
  return Number((Math.round(value / step) * step).toFixed(places));
}

/**
 * An intermediate target at each review date, on the straight line from baseline (at the
 * start) to target (at the deadline), rounded with `milestoneStep` and kept between the two;
 * the last row is the deadline with exactly the target. Empty when the numbers or the dates are
 * not usable yet.
 */
export function milestones(
  goal: Goal,
  check: GoalCheck = checkGoal({ a: '', b: '' }, goal, '1900-01-01'),
): Milestone[] {
  const { baseline, target, kind } = check.numbers;
  const p = check.period;
  if (!baseline.ok || !target.ok || !p) return [];
  const [b, t] = [baseline.value, target.value];
  const step = milestoneStep(b, t, kind);
  const [lo, hi] = [Math.min(b, t), Math.max(b, t)];
  const rows: Milestone[] = reviewDates(p.start, p.deadline, goal.timeBound.cadence).map((date) => {
    const share = daysBetween(p.start, date) / p.days;
    const value = Math.min(hi, Math.max(lo, roundTo(b + (t - b) * share, step)));
    return { date: isoDay(date), value, final: false };
  });
  rows.push({ date: isoDay(p.deadline), value: t, final: true });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The goal statement

/**
 * The words a statement is made of, in one language, with `{placeholders}` for the reader's
 * values. The island passes `statement.*` and `cadence.*` strings from its dictionary.
 */
export interface StatementWords {
  'statement.partnerA': string;
  'statement.partnerB': string;
  'statement.goal': string;
  'statement.scope': string;
  'statement.measureUp': string;
  'statement.measureDown': string;
  /** The same with a plural subject ("Orders … rise"); Indonesian verbs do not change. */
  'statement.measureUpMany': string;
  'statement.measureDownMany': string;
  'statement.measureFlat': string;
  'statement.byDeadline': string;
  'statement.source': string;
  'statement.contribution': string;
  'statement.evidence': string;
  'statement.benefit': string;
  'statement.review': string;
  'statement.reviewFrom': string;
  /** The one-sentence goal: its deadline, the measure as the partners' target, or their aim. */
  'statement.oneBy': string;
  'statement.oneTarget': string;
  'statement.oneGoal': string;
  'statement.oneReview': string;
  'cadence.weekly': string;
  'cadence.biweekly': string;
  'cadence.monthly': string;
  'cadence.quarterly': string;
}

/**
 * Reader text as it goes into a sentence: whitespace folded, no punctuation at its end (the
 * sentence goes on after it, or adds its own full stop).
 * @example statementText('  menjual 150 lembar\nbatik. ') // => 'menjual 150 lembar batik'
 */
export function statementText(text: string): string {
  return clean(text).replace(/[\s.,;:!?…]+$/, '');
}

/**
 * A partner's name as it goes into a sentence: whitespace folded, its full stop kept. No template
 * ends a sentence with a name, and "Pte. Ltd." or "Tbk." without its stop is not the name.
 * @example nameText(' Dimas Creative Studio  Pte. Ltd. ') // => 'Dimas Creative Studio Pte. Ltd.'
 */
export function nameText(text: string): string {
  return clean(text);
}

/**
 * A number as it goes into a statement: formatted in the statement's language, with the unit
 * the reader named (Rp and % are in the number already). A number that cannot be read goes in
 * as typed: it is still something the reader gave.
 * @example valueText({ ok: true, value: 150 }, '150', 'plain', 'pesanan', 'id') // => '150 pesanan'
 */
export function valueText(
  read: { ok: true; value: number } | { ok: false },
  raw: string,
  kind: NumberKind,
  unit: string,
  lang: Locale,
): string {
  const u = statementText(unit);
  const number = read.ok ? formatNumber(read.value, kind, lang) : statementText(raw);
  const unitIsInNumber = (kind === 'currency' && rupiahUnit.test(u)) || (kind === 'percent' && percentUnit.test(u));
  return u === '' || unitIsInNumber ? number : `${number} ${u}`;
}

/** Little words after which a measure's head noun has ended ("orders with the promo code"). */
const afterHead = new Set(['with', 'from', 'through', 'via', 'of', 'on', 'in', 'at', 'by', 'for', 'per', 'to']);

/**
 * Whether a measure, as an English subject, is plural: its head noun (the last word before the
 * first preposition) ends in a plural "s". So the verb agrees: "Orders … rise", "Revenue rises".
 * @example pluralMeasure('Orders with the promo code') // => true
 * @example pluralMeasure('Number of orders') // => false
 */
export function pluralMeasure(metric: string): boolean {
  const all = words(metric);
  const end = all.findIndex((w, i) => i > 0 && afterHead.has(w));
  const head = (end < 0 ? all.at(-1) : all[end - 1]) ?? '';
  return /[^su]s$/.test(head);
}

/** The template of a measure's change, with the verb agreeing with the measure. */
function measureTemplate(direction: Growth['direction'], metric: string, w: StatementWords): string {
  if (direction === 'flat') return w['statement.measureFlat'];
  const many = pluralMeasure(metric);
  if (direction === 'up') return w[many ? 'statement.measureUpMany' : 'statement.measureUp'];
  return w[many ? 'statement.measureDownMany' : 'statement.measureDown'];
}

/**
 * The measure's change as a clause, without a full stop: "Orders with the promo code rise from
 * 0 to 150 orders". A part the reader has not given shows as "…"; empty when the reader gave no
 * metric, baseline or target. Both the one-sentence goal and the several sentences start here.
 */
export function measureClause(goal: Goal, lang: Locale, w: StatementWords): string {
  const m = goal.measurable;
  const metric = statementText(m.metric);
  const baselineRaw = statementText(m.baseline.text);
  const targetRaw = statementText(m.target.text);
  if (!metric && !baselineRaw && !targetRaw) return '';
  const numbers = readNumbers(goal);
  const direction =
    numbers.baseline.ok && numbers.target.ok
      ? growth(numbers.baseline.value, numbers.target.value, null).direction
      : 'flat';
  return format(measureTemplate(direction, metric, w), {
    metric: metric || '…',
    // "from 0 to 150 pieces": the unit once, after the target, as people say it.
    baseline: baselineRaw
      ? valueText(numbers.baseline, m.baseline.text, numbers.kind, targetRaw ? '' : m.unit, lang)
      : '…',
    target: targetRaw ? valueText(numbers.target, m.target.text, numbers.kind, m.unit, lang) : '…',
  });
}

/**
 * The goal in one sentence, as a person would say it: what number goes from what to what, by
 * when, and who reviews it how often. Until the measure has a name, the partners' aim ("what")
 * in its place. Everything else (scope, source, contributions, evidence, benefits) is in the full
 * statement (sentences.ts). Empty until there is a measure or a "what". User text is inserted
 * once and never re-read as a template.
 * @example goalSentence(partners, batik, 'en', words) // => 'Penjualan melalui kode promo rises from 0 to 150 lembar by 1 March 2027, a target Rina and Dimas review every two weeks.'
 */
export function goalSentence(partners: SmartState['partners'], goal: Goal, lang: Locale, w: StatementWords): string {
  const a = nameText(partners.a) || w['statement.partnerA'];
  const b = nameText(partners.b) || w['statement.partnerB'];
  const what = statementText(goal.specific.what);
  // A measure without its name ("… from … to 150") says less than the reader's aim.
  const measure = statementText(goal.measurable.metric) || !what ? measureClause(goal, lang, w) : '';
  if (!measure && !what) return '';
  const deadline = parseIsoDate(goal.timeBound.deadline);
  const by = (text: string) =>
    deadline ? format(w['statement.oneBy'], { measure: text, deadline: formatDate(deadline, lang) }) : text;
  const cadence = w[`cadence.${goal.timeBound.cadence}` satisfies `cadence.${Cadence}`];
  const sentence = measure
    ? format(w['statement.oneTarget'], { measure: by(measure), a, b, cadence })
    : format(w['statement.oneReview'], { measure: by(format(w['statement.oneGoal'], { a, b, what })), cadence });
  return `${capitalise(sentence)}.`;
}

/**
 * A sentence starts with a capital letter even when it starts with the reader's own words.
 * @example capitalise('omzet naik') // => 'Omzet naik'
 */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
