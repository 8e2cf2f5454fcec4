/**
 * The note left on the plan page for the site's header (see progress.ts): what the tools' work
 * did of the steps' actions (the plan model's `toolDone`), and a stamp of each tool's saved work
 * it was read from. Written by src/plan/header.ts from what the plan island shows, so the plan
 * page's first load carries none of this.
 */
import type { PlanSource } from './limits';

/** Where the plan page leaves its note on this device. Derived, never the reader's work. */
export const PROGRESS_KEY = 'mitra:progress';

/** The sources whose work the plan model reads for the note: the three tools. */
export const noteTools = ['partner-fit', 'smart-goal', 'mou-checklist'] as const satisfies readonly PlanSource[];

/**
 * What identifies one saved version of a part: its save time (every save writes `at`) and its
 * length; '' when nothing is saved.
 * @example stamp('{"tool":"smart-goal","v":1,"at":"2027-01-10T08:00:00.000Z","state":{}}') // => '2027-01-10T08:00:00.000Z/73'
 */
export function stamp(raw: string | null): string {
  return raw === null ? '' : `${/"at":"([^"]*)"/.exec(raw)?.[1] ?? ''}/${raw.length}`;
}

/**
 * The note's text: `done` (action keys done by the tools' work, by step: the plan model's
 * `toolDone`) and the stamps of the tools' saved work it was read from.
 */
export function progressNote(saved: Readonly<Record<PlanSource, string | null>>, done: object): string {
  return JSON.stringify({ stamps: Object.fromEntries(noteTools.map((tool) => [tool, stamp(saved[tool])])), done });
}
