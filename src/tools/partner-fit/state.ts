/**
 * What the partner-fit island needs about its state, without zod: the limits, a fresh state,
 * the validator the kit runs on anything from outside (saved work, share links, JSON files) and
 * the kit's `ToolSpec`. The contract itself is the zod schema in `schema.ts`.
 */
import type { StateSchema, ToolSpec } from '../kit/spec';
import { criterionFacts, criterionIds, type CriterionId, type Weight } from './criteria';
import type { Candidate, PartnerFitState } from './schema';

/** At most this many candidates side by side (five is the promise; eight leaves room). */
export const MAX_CANDIDATES = 8;
/** A candidate's name: a shop or person, not an essay. */
export const NAME_MAX = 60;
/** A note per criterion and candidate: room for what you found out, bounded for share links. */
export const NOTE_MAX = 500;

/** The weights a new worksheet starts with (see `criterionFacts`). */
export function defaultWeights(): Record<CriterionId, Weight> {
  const out = {} as Record<CriterionId, Weight>;
  for (const id of criterionIds) out[id] = criterionFacts[id].defaultWeight;
  return out;
}

/**
 * A fresh worksheet: two unnamed candidates, nothing rated, the default weights.
 * @example initialState().candidates.map((c) => c.id) // => ['c1', 'c2']
 */
export function initialState(): PartnerFitState {
  return {
    candidates: [
      { id: 'c1', name: '', ratings: {}, notes: {} },
      { id: 'c2', name: '', ratings: {}, notes: {} },
    ],
    weights: defaultWeights(),
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCriterion = (key: string): key is CriterionId => (criterionIds as readonly string[]).includes(key);

/** A record keyed by criterion ids whose values all pass `ok`; `all` demands every id. */
function criterionRecord<V>(data: unknown, ok: (v: unknown) => v is V, all: boolean): Partial<Record<CriterionId, V>> | undefined {
  if (!isObject(data)) return undefined;
  const out: Partial<Record<CriterionId, V>> = {};
  for (const key of Object.keys(data)) {
    // As zod does: a partial record ignores an own `__proto__` key (JSON.parse can make one),
    // a complete one refuses it as unknown. The copy never assigns it, so no prototype changes.
    if (key === '__proto__' && !all) continue;
    const value = data[key];
    if (!isCriterion(key) || !ok(value)) return undefined;
    out[key] = value;
  }
  if (all && criterionIds.some((id) => !(id in out))) return undefined;
  return out;
}

const isRating = (v: unknown): v is 1 | 2 | 3 | 4 | 5 => v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
const isWeight = (v: unknown): v is Weight => v === 0 || v === 1 || v === 2 || v === 3;
const isNote = (v: unknown): v is string => typeof v === 'string' && v.length <= NOTE_MAX;

function parseCandidate(data: unknown): Candidate | undefined {
  if (!isObject(data)) return undefined;
  const { id, name } = data;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,8}$/.test(id)) return undefined;
  if (typeof name !== 'string' || name.length > NAME_MAX) return undefined;
  const ratings = criterionRecord(data.ratings, isRating, false);
  const notes = criterionRecord(data.notes, isNote, false);
  return ratings && notes ? { id, name, ratings, notes } : undefined;
}

/**
 * Checks anything from outside the page against the rules of `stateSchema` and returns a clean
 * copy (unknown keys dropped), or `undefined`. Never throws.
 * @example parseState(JSON.parse(saved)) // => the state, or undefined
 */
export function parseState(data: unknown): PartnerFitState | undefined {
  if (!isObject(data) || !Array.isArray(data.candidates) || data.candidates.length > MAX_CANDIDATES) return undefined;
  const candidates: Candidate[] = [];
  for (const item of data.candidates) {
    const candidate = parseCandidate(item);
    if (!candidate) return undefined;
    candidates.push(candidate);
  }
  const weights = criterionRecord(data.weights, isWeight, true) as PartnerFitState['weights'] | undefined;
  if (!weights || new Set(candidates.map((c) => c.id)).size !== candidates.length) return undefined;
  return { candidates, weights };
}

/** `parseState` in the shape the kit expects of a schema. */
export const stateValidator: StateSchema<PartnerFitState> = {
  safeParse(data) {
    const state = parseState(data);
    return state ? { success: true, data: state } : { success: false };
  },
};

/** What the shared tool kit needs: the storage key, the state version and the validator. */
export const partnerFitSpec: ToolSpec<PartnerFitState> = {
  key: 'partner-fit',
  version: 1,
  schema: stateValidator,
  initial: initialState,
};
