import type { Cadence } from './letters';

/**
 * Calendar dates as the tool uses them: `YYYY-MM-DD` strings from `<input type="date">`, read
 * as UTC midnights so that no time zone shifts a day. Pure.
 */

const DAY = 86_400_000;

/**
 * The date of a `YYYY-MM-DD` string, or null when it is not a real calendar date.
 * @example parseIsoDate('2027-03-31') // => Date 2027-03-31T00:00:00Z
 * @example parseIsoDate('2027-02-30') // => null
 */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** `YYYY-MM-DD` of a date (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/**
 * The same day `months` later; a day the shorter month lacks becomes its last day.
 * @example addMonths(new Date('2027-01-31'), 1) // => 2027-02-28
 */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

/** The most review dates a goal gets (three years of weekly reviews is 156). */
export const MAX_REVIEWS = 160;

/**
 * Review meetings strictly between start and deadline, every step of the cadence counted from
 * the start (monthly reviews from 31 January fall on 28 February, 31 March, …, never drifting).
 * The deadline itself is the final review and is not in this list.
 * @example reviewDates(new Date('2027-01-01'), new Date('2027-03-01'), 'monthly') // => [2027-02-01]
 */
export function reviewDates(start: Date, deadline: Date, cadence: Cadence): Date[] {
  const out: Date[] = [];
  for (let k = 1; out.length < MAX_REVIEWS; k += 1) {
    const next =
      cadence === 'weekly'
        ? addDays(start, 7 * k)
        : cadence === 'biweekly'
          ? addDays(start, 14 * k)
          : addMonths(start, cadence === 'monthly' ? k : 3 * k);
    if (next.getTime() >= deadline.getTime()) break;
    out.push(next);
  }
  return out;
}
