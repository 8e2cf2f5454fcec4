import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import dict from '../../src/tools/smart-goal/i18n';
import { type CalendarEvent, calendarEvents, escapeText, foldLine, toIcs } from '../../src/tools/smart-goal/ics';
import { cadences } from '../../src/tools/smart-goal/letters';
import { milestones } from '../../src/tools/smart-goal/model';
import type { Goal, SmartState } from '../../src/tools/smart-goal/schema';
import { batikGoal, batikState, sambalGoal, vagueState } from '../fixtures/smart-goal';
import { runs } from '../helpers/fast-check';

const now = new Date('2026-12-01T09:30:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Parses with ical.js, an independent RFC 5545 parser, and returns the events' fields. */
function parseWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    start: String(vevent.getFirstPropertyValue('dtstart')),
    end: String(vevent.getFirstPropertyValue('dtend')),
    summary: vevent.getFirstPropertyValue('summary'),
    description: vevent.getFirstPropertyValue('description'),
  }));
}

/** Structural rules of RFC 5545 that a lenient parser would not enforce. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const unfolded = text.replace(/\r\n /g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1);
  for (const event of events) {
    expect(event).toMatch(/\r\nUID:[^\r\n]+\r\n/);
    expect(event).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  }
  return events.length;
}

describe('calendar of a partnership', () => {
  const words = (lang: Locale) => dict[lang];

  it('has one event per review plus the deadline, and ical.js reads it back (batik, Indonesian)', () => {
    const events = calendarEvents(batikState, 'id', words('id'));
    const text = toIcs(events, 'id', now)!;
    expect(expectWellFormed(text)).toBe(4);
    const parsed = parseWithIcalJs(text);
    expect(parsed.map((e) => e.start)).toEqual(['2027-01-18', '2027-02-01', '2027-02-15', '2027-03-01']);
    expect(parsed.map((e) => e.end)).toEqual(['2027-01-19', '2027-02-02', '2027-02-16', '2027-03-02']);
    expect(parsed[0]?.summary).toBe('Tinjauan tujuan: menjual 150 lembar batik tulis melalui kode promo khusus Dimas');
    expect(parsed[3]?.summary).toBe('Tenggat tujuan: menjual 150 lembar batik tulis melalui kode promo khusus Dimas');
    expect(parsed[0]?.description).toMatch(
      /^Target antara pada tanggal ini: 38 lembar\n\nTujuan bersama Rina dan Dimas/,
    );
    expect(parsed[3]?.description).toContain('Target antara pada tanggal ini: 150 lembar');
    expect(parsed.every((e) => e.stamp === '2026-12-01T09:30:00Z')).toBe(true);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(4);
  });

  it('covers every dated goal and skips goals without dates', () => {
    const state: SmartState = {
      partners: { a: 'Ayu', b: 'Fajar' },
      goals: [batikGoal, sambalGoal, vagueState.goals[0]!],
    };
    const events = calendarEvents(state, 'en', words('en'));
    expect(events).toHaveLength(milestones(batikGoal).length + milestones(sambalGoal).length);
    const text = toIcs(events, 'en', now)!;
    expect(parseWithIcalJs(text).filter((e) => String(e.summary).startsWith('Goal deadline:'))).toHaveLength(2);
  });

  it('gives one goal’s events for the button under its milestones, with the same UIDs', () => {
    const state: SmartState = { partners: batikState.partners, goals: [batikGoal, batikGoal, sambalGoal] };
    const all = calendarEvents(state, 'en', words('en'));
    const second = calendarEvents(state, 'en', words('en'), 1);
    const third = calendarEvents(state, 'en', words('en'), 2);
    expect(second).toHaveLength(milestones(batikGoal).length);
    expect(third).toHaveLength(milestones(sambalGoal).length);
    // A goal's own download and the whole list name its events the same: no doubles in a calendar.
    expect(second.map((e) => e.uid)).toEqual(all.slice(4, 8).map((e) => e.uid));
    expect(third.map((e) => e.uid)).toEqual(all.slice(8).map((e) => e.uid));
    expect(calendarEvents(state, 'en', words('en'), 3)).toEqual([]);
  });

  it('keeps UIDs stable across exports, so a calendar updates instead of doubling', () => {
    const first = calendarEvents(batikState, 'id', words('id')).map((e) => e.uid);
    const again = calendarEvents(structuredClone(batikState), 'en', words('en')).map((e) => e.uid);
    expect(again).toEqual(first);
  });

  it('keeps UIDs unique even when outside data repeats a goal id', () => {
    const state: SmartState = { partners: batikState.partners, goals: [batikGoal, batikGoal] };
    const uids = calendarEvents(state, 'id', words('id')).map((e) => e.uid);
    expect(uids).toHaveLength(8);
    expect(new Set(uids).size).toBe(8);
  });

  it('is null when there is nothing to put in a calendar', () => {
    expect(toIcs(calendarEvents(vagueState, 'id', words('id')), 'id', now)).toBeNull();
  });
});

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('round-trips any reader text through ical.js (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: 'grapheme' }),
        fc.string({ maxLength: 300, unit: 'grapheme' }),
        fc.constantFrom(...cadences),
        (summary, description, cadence) => {
          // ical.js drops nothing but trailing CRs; control characters become spaces in ours.
          // eslint-disable-next-line no-control-regex -- matching control characters is the point
          const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
          const event: CalendarEvent = { uid: `x-${cadence}@mitra`, date: '2027-03-31', summary, description };
          const text = toIcs([event], 'id', now)!;
          expect(expectWellFormed(text)).toBe(1);
          const [parsed] = parseWithIcalJs(text);
          expect(parsed?.summary).toBe(clean(summary));
          expect(parsed?.description).toBe(clean(description));
        },
      ),
    );
  });

  it('has one event per review plus the deadline for any dated goal (property)', () => {
    const dateArb = fc
      .date({ min: new Date('2026-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 7, max: 1095 }),
        fc.constantFrom(...cadences),
        fc.string({ maxLength: 80 }),
        (start, days, cadence, name) => {
          const deadline = new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
          const goal: Goal = { ...structuredClone(batikGoal), timeBound: { start, deadline, cadence } };
          const state: SmartState = { partners: { a: name, b: 'Dimas' }, goals: [goal] };
          const events = calendarEvents(state, 'id', dict.id);
          const text = toIcs(events, 'id', now)!;
          const parsed = parseWithIcalJs(text);
          const rows = milestones(goal);
          expect(parsed).toHaveLength(rows.length);
          expect(parsed.filter((e) => String(e.summary).startsWith('Tenggat'))).toHaveLength(1);
          expect(parsed.map((e) => e.start)).toEqual(rows.map((r) => r.date));
        },
      ),
      { numRuns: runs(0.6) },
    );
    // Up to 157 events per goal, each read back by ical.js: seconds on a calm machine, more
    // on a busy two-core one; the time limit is sized for the busy one.
  }, 60_000);
});
