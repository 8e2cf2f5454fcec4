import { format } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';
import { checkGoal, milestones, type StatementWords, statementText, valueText } from './model';
import { composeStatement } from './sentences';
import type { SmartState } from './schema';

/**
 * The `.ics` calendar file: one all-day event per review meeting and one for the deadline of
 * every goal with usable dates. RFC 5545: CRLF line ends, lines folded at 75 octets, a UID and
 * a DTSTAMP in every event, TEXT values escaped. Pure: the time stamp comes in as `now`.
 */

export interface CalendarEvent {
  /** Globally unique and stable: exporting again updates the same events instead of doubling them. */
  uid: string;
  /** `YYYY-MM-DD`; all-day. */
  date: string;
  summary: string;
  description: string;
}

/** Words of the calendar events, from the island's dictionary. */
export interface CalendarWords extends StatementWords {
  /** e.g. "Tinjauan tujuan: {goal}". */
  'ics.review': string;
  /** e.g. "Tenggat tujuan: {goal}". */
  'ics.deadline': string;
  /** e.g. "Target pada tanggal ini: {value}". */
  'ics.milestone': string;
  /** e.g. "Tujuan {n}" when the goal has no "what" yet. */
  'ics.goalFallback': string;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable token, not a secret. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A goal's short name for an event title: its "what", cut at 80 characters. */
function goalName(what: string, n: number, w: CalendarWords): string {
  const text = statementText(what);
  if (text === '') return format(w['ics.goalFallback'], { n });
  return text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
}

/**
 * The events of a partnership: for each dated goal, its reviews and its deadline; with `only`,
 * those of the goal at that position (the button under its milestones).
 */
export function calendarEvents(state: SmartState, lang: Locale, w: CalendarWords, only?: number): CalendarEvent[] {
  const partnership = fnv1a(`${state.partners.a}\u0000${state.partners.b}`);
  // Ids are unique in the tool's own work; outside data may repeat one, and UIDs must not.
  const seen = new Map<string, number>();
  return state.goals.flatMap((goal, index) => {
    const count = (seen.get(goal.id) ?? 0) + 1;
    seen.set(goal.id, count);
    const key = count === 1 ? goal.id : `${goal.id}-${count}`;
    if (only !== undefined && index !== only) return [];
    const check = checkGoal(state.partners, goal, '1900-01-01');
    const rows = milestones(goal, check);
    if (rows.length === 0) return [];
    const name = goalName(goal.specific.what, index + 1, w);
    const statement = composeStatement(state.partners, goal, lang, w).join('\n');
    const { kind } = check.numbers;
    return rows.map((row) => {
      const value = valueText({ ok: true, value: row.value }, '', kind, goal.measurable.unit, lang);
      return {
        uid: `${partnership}-${key}-${row.final ? 'deadline' : 'review'}-${row.date}@mitra`,
        date: row.date,
        summary: format(w[row.final ? 'ics.deadline' : 'ics.review'], { goal: name }),
        description: `${format(w['ics.milestone'], { value })}\n\n${statement}`,
      };
    });
  });
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, line break.
 * @example escapeText('Rp1.500.000, naik; lalu\nlagi') // => 'Rp1.500.000\\, naik\\; lalu\\nlagi'
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // RFC 5545 text may not hold control characters; they become spaces.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space.
 * Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
/** `20261128T093000Z` */
const stamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/**
 * The calendar file's text, or null when there is no event (a calendar must hold at least one).
 * @example toIcs([{ uid: 'x@mitra', date: '2027-03-31', summary: 'Tenggat', description: '' }], 'id', new Date())
 */
export function toIcs(events: readonly CalendarEvent[], lang: Locale, now: Date): string | null {
  if (events.length === 0) return null;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Mitra//SMART goal builder//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      `SUMMARY;LANGUAGE=${lang}:${escapeText(e.summary)}`,
      `DESCRIPTION;LANGUAGE=${lang}:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
