/**
 * The plan's progress in the site's header ("My plan 3/7": steps with every action done), on
 * pages that do not load the plan model. Pure: the caller hands in the saved text.
 *
 * A step's actions are done by ticks (live in `mitra:ticks`) or by the tools' work, which only
 * the plan model can read (it checks a SMART goal letter by letter, the MoU's clauses against
 * the library). So the plan page leaves a note of what the tools' work did (`toolDone`) with a
 * stamp of each tool's saved work (note.ts, under `mitra:progress`), and the header
 * counts from the ticks and that note (`stepsDone`) as long as no tool's work has changed since;
 * otherwise it shows no count, never a wrong one. The note is derived, not the reader's work:
 * it is rewritten whenever the plan is read, and a note that cannot be read is ignored.
 */
import { actionKeys } from './action-keys';
import { ACTION_KEY_PATTERN, MAX_ACTIONS, type PlanSource, stepKeys, type StepKey } from './limits';
import { noteTools, stamp } from './note';

/** Action keys done by the tools' work, by step (the plan model's `ToolDone`). */
type Done = Partial<Record<StepKey, readonly string[]>>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const keyPattern = new RegExp(ACTION_KEY_PATTERN);
/** A list of action keys as the ticks' schema allows it (schema.ts). */
const isKeys = (x: unknown): x is string[] =>
  Array.isArray(x) && x.length <= MAX_ACTIONS && x.every((k) => typeof k === 'string' && keyPattern.test(k));

/** The tools' part of the note, if it still describes the saved work; `{}` when there is none. */
function toolsDone(saved: Readonly<Record<PlanSource, string | null>>, noteText: string | null): Done | undefined {
  if (noteTools.every((tool) => saved[tool] === null)) return {};
  let note: unknown;
  try {
    note = JSON.parse(noteText ?? '');
  } catch {
    return undefined;
  }
  if (!isRecord(note) || !isRecord(note.stamps) || !isRecord(note.done)) return undefined;
  const stamps = note.stamps;
  if (noteTools.some((tool) => stamps[tool] !== stamp(saved[tool]))) return undefined;
  const done: Done = {};
  for (const step of stepKeys) {
    const keys = note.done[step];
    if (keys !== undefined && !isKeys(keys)) return undefined;
    if (keys) done[step] = keys;
  }
  return done;
}

/**
 * How many steps have every action done (ticked, or done by the tools' work), and of how many;
 * null when that cannot be told without the plan model: ticks that are not version 2 or cannot be
 * read, or tools' work the plan page has not read since it was saved.
 * @example stepsDone({ ticks: null, 'partner-fit': null, 'smart-goal': null, 'mou-checklist': null }, null) // => { done: 0, total: 7 }
 */
export function stepsDone(
  saved: Readonly<Record<PlanSource, string | null>>,
  note: string | null,
  keys: Readonly<Record<StepKey, readonly string[]>> = actionKeys,
): { done: number; total: number } | null {
  const byTools = toolsDone(saved, note);
  if (!byTools) return null;
  let ticks: Record<string, unknown> = {};
  if (saved.ticks !== null) {
    try {
      const envelope: unknown = JSON.parse(saved.ticks);
      if (!isRecord(envelope) || envelope.tool !== 'ticks' || envelope.v !== 2) return null;
      const state = envelope.state;
      if (!isRecord(state) || !isRecord(state.steps)) return null;
      ticks = state.steps;
      // A step the schema does not know makes the ticks damaged for the plan: no count.
      if (Object.keys(ticks).some((k) => !(stepKeys as readonly string[]).includes(k))) return null;
    } catch {
      return null;
    }
  }
  let done = 0;
  for (const step of stepKeys) {
    const ticked = ticks[step] ?? [];
    if (!isKeys(ticked)) return null;
    if (keys[step].every((k) => ticked.includes(k) || byTools[step]?.includes(k))) done += 1;
  }
  return { done, total: stepKeys.length };
}
