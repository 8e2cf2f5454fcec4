/**
 * The whole plan in one file or one share link, and opening either on another device. Pure: the island hands
 * in the saved text of each part (`localStorage['mitra:<source>']`) and the specs to open them
 * with; the results are codes, the reader's data and the storage writes to make, never words.
 *
 * The file is an envelope of its own (`{ tool: 'plan', v: 1, at, state: { parts } }`) whose parts
 * are each tool's envelope exactly as that tool saves it (tool key, version, state), so a part
 * saved by an older version of a tool opens through that tool's migration, and a part that cannot
 * be read is named and skipped without spoiling the others.
 *
 * A share link (`planShareState`, `planShareSpec`) carries the same parts in the URL fragment
 * through the kit's share links, never sent to a server, and opens through the same offer.
 *
 * Opening never replaces silently: `readPlanFile` says, per part, what the file holds and whether
 * the device already has work there; the reader chooses per part (`defaultChoices`: keep the
 * device's where both have work, take the file's where the device has nothing); `applyChoices`
 * turns the choices into writes. A part the reader keeps is never written.
 */
import { envelope, openEnvelope, type ToolSpec } from '../tools/kit/spec';
import { fail, ok, type Result } from '../tools/kit/result';
import { type PlanSource, type PlanSpecs, planSources } from './model';

/** The plan file's own key and version in its envelope. */
export const PLAN_FILE_TOOL = 'plan';
export const PLAN_FILE_VERSION = 1;

/** Why a whole file could not be opened (a part that cannot be read is not one of these). */
export type PlanFileError = 'plan-file-not-json' | 'plan-file-not-plan' | 'plan-file-unsupported-version';

/** What one part looks like, in the file or on the device. */
export type PartStatus = 'present' | 'absent' | 'damaged';

/** One part of an opened file next to the same part on this device. */
export interface PartOffer {
  source: PlanSource;
  file: PartStatus;
  device: PartStatus;
  /** The file's part as its tool saves it today (migrated to the tool's current version). */
  text?: string;
}

/** The reader's choice for one part: keep what the device has, or replace it with the file's. */
export type Choice = 'keep' | 'replace';
export type Choices = Record<PlanSource, Choice>;

/** A storage write: parts are only ever set (or copied aside), never removed. */
export interface Write {
  key: string;
  value: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const specOf = (specs: PlanSpecs, source: PlanSource) => specs[source] as ToolSpec<unknown>;

/** Opens a part's envelope (parsed JSON) with its spec; `absent` when there is none. */
function openPart(data: unknown, spec: ToolSpec<unknown>): { status: PartStatus; state?: unknown } {
  if (data === undefined || data === null) return { status: 'absent' };
  const opened = openEnvelope(data, spec);
  return opened.ok ? { status: 'present', state: opened.value } : { status: 'damaged' };
}

/** Opens a part's saved text (`null`: nothing saved). */
function openSaved(raw: string | null, spec: ToolSpec<unknown>): { status: PartStatus; state?: unknown } {
  if (raw === null) return { status: 'absent' };
  try {
    return openPart(JSON.parse(raw) as unknown, spec);
  } catch {
    return { status: 'damaged' };
  }
}

/**
 * The text of the plan file: every part this device has that can be read, each in its tool's
 * envelope. A part that cannot be read is left out (its tool keeps it aside on this device).
 * @example planFileText({ ticks: null, 'partner-fit': saved, 'smart-goal': null, 'mou-checklist': null }, specs, now)
 */
export function planFileText(
  saved: Readonly<Record<PlanSource, string | null>>,
  specs: PlanSpecs,
  now: Date = new Date(),
): string {
  const parts: Record<string, unknown> = {};
  for (const source of planSources) {
    const spec = specOf(specs, source);
    const part = openSaved(saved[source], spec);
    if (part.status === 'present') parts[source] = envelope(spec, part.state, now);
  }
  return `${JSON.stringify({ tool: PLAN_FILE_TOOL, v: PLAN_FILE_VERSION, at: now.toISOString(), state: { parts } }, null, 2)}\n`;
}

/**
 * Reads a plan file next to what this device has. Never throws. A file that is not a plan file
 * is an error; a part of it that cannot be read is `damaged` in the offer (and skipped).
 */
export function readPlanFile(
  text: string,
  saved: Readonly<Record<PlanSource, string | null>>,
  specs: PlanSpecs,
  now: Date = new Date(),
): Result<PartOffer[], PlanFileError> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('plan-file-not-json');
  }
  if (!isRecord(data) || data.tool !== PLAN_FILE_TOOL || typeof data.v !== 'number') return fail('plan-file-not-plan');
  if (data.v !== PLAN_FILE_VERSION) return fail('plan-file-unsupported-version');
  const parts = isRecord(data.state) && isRecord(data.state.parts) ? data.state.parts : undefined;
  if (!parts) return fail('plan-file-not-plan');
  return ok(offerParts(parts, saved, specs, now));
}

/**
 * The parts of a plan (from a file or a share link), each next to the same part on this device.
 * A part that cannot be read is `damaged` in the offer (and skipped).
 */
export function offerParts(
  parts: Readonly<Record<string, unknown>>,
  saved: Readonly<Record<PlanSource, string | null>>,
  specs: PlanSpecs,
  now: Date = new Date(),
): PartOffer[] {
  return planSources.map((source): PartOffer => {
    const spec = specOf(specs, source);
    const device = openSaved(saved[source], spec).status;
    const file = openPart(Object.hasOwn(parts, source) ? parts[source] : undefined, spec);
    return file.status === 'present'
      ? { source, file: 'present', device, text: JSON.stringify(envelope(spec, file.state, now)) }
      : { source, file: file.status, device };
  });
}

/** A plan as a share link carries it: each part in its tool's envelope, without a save time. */
export interface SharedPlan {
  parts: Record<string, unknown>;
}

/**
 * The plan in a share link: every part this device has that can be read, each in its tool's
 * envelope (a part saved by an older tool version opens through its migration, as in a file);
 * null when there is nothing to share.
 */
export function planShareState(
  saved: Readonly<Record<PlanSource, string | null>>,
  specs: PlanSpecs,
): SharedPlan | null {
  const parts: Record<string, unknown> = {};
  for (const source of planSources) {
    const spec = specOf(specs, source);
    const part = openSaved(saved[source], spec);
    if (part.status === 'present') parts[source] = envelope(spec, part.state);
  }
  return Object.keys(parts).length > 0 ? { parts } : null;
}

/**
 * The kit's spec of a plan share link (`#share=…`, src/tools/kit/share.ts): key `plan`, the plan
 * file's version. Its check only asks for the parts; each part is checked by its own tool's spec
 * when it is offered (`offerParts`).
 */
export const planShareSpec: ToolSpec<SharedPlan> = {
  key: PLAN_FILE_TOOL,
  version: PLAN_FILE_VERSION,
  initial: () => ({ parts: {} }),
  schema: {
    safeParse: (data: unknown) =>
      isRecord(data) && isRecord(data.parts)
        ? { success: true as const, data: { parts: data.parts } }
        : { success: false as const },
  },
};

/**
 * What to do by default: keep what the device has where both have something (damaged work on the
 * device counts: its tool keeps it aside), take the file's where the device has nothing.
 * @example defaultChoice({ source: 'ticks', file: 'present', device: 'absent' }) // => 'replace'
 */
export function defaultChoice(part: PartOffer): Choice {
  return part.file === 'present' && part.device === 'absent' ? 'replace' : 'keep';
}

/** `defaultChoice` of every part. */
export function defaultChoices(offer: readonly PartOffer[]): Choices {
  const choices = Object.fromEntries(planSources.map((s) => [s, 'keep'])) as Choices;
  for (const part of offer) choices[part.source] = defaultChoice(part);
  return choices;
}

/** Whether the reader has a choice for this part (the file holds something readable). */
export const choosable = (part: PartOffer): boolean => part.file === 'present';

/**
 * The storage writes the reader's choices call for: the file's part for each part chosen to be
 * replaced (and readable in the file). Damaged work on the device is first copied aside (the
 * kit's `mitra:<key>:damaged:<time>` rule), so nothing on the device is lost.
 * @example applyChoices(offer, { ...choices, ticks: 'keep' }).some((w) => w.key === 'mitra:ticks') // => false
 */
export function applyChoices(
  offer: readonly PartOffer[],
  choices: Readonly<Choices>,
  saved: Readonly<Record<PlanSource, string | null>>,
  now: Date = new Date(),
): Write[] {
  const writes: Write[] = [];
  for (const part of offer) {
    if (choices[part.source] !== 'replace' || part.text === undefined) continue;
    const key = `mitra:${part.source}`;
    const before = saved[part.source];
    if (part.device === 'damaged' && before !== null)
      writes.push({ key: `${key}:damaged:${now.toISOString()}`, value: before });
    writes.push({ key, value: part.text });
  }
  return writes;
}
