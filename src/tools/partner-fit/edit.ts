/**
 * The partner-fit scorer's edits: each takes the state and returns a new one. A module apart
 * from model.ts (the scoring), so that the partnership plan, which only reads a saved worksheet,
 * does not download them.
 */
import { criterionIds, type CriterionId, type Rating, type Weight, weightLevels } from './criteria';
import { MAX_CANDIDATES, NAME_MAX, NOTE_MAX } from './limits';
import { evaluate, nextCandidateId } from './model';
import type { Candidate, PartnerFitState } from './schema';

// Each takes the state and returns a new one (never mutating it); an update that makes
// no sense (unknown id, full list, out-of-range value) returns the same state object, so the
// island can compare by identity. None of them throws.

function withCandidate(state: PartnerFitState, id: string, change: (c: Candidate) => Candidate): PartnerFitState {
  const index = state.candidates.findIndex((c) => c.id === id);
  if (index < 0) return state;
  const candidates = state.candidates.slice();
  candidates[index] = change(state.candidates[index]!);
  return { ...state, candidates };
}

function isCriterion(value: unknown): value is CriterionId {
  return typeof value === 'string' && (criterionIds as readonly string[]).includes(value);
}

/**
 * Renames a candidate; the name is cut to `NAME_MAX` characters (kept as typed otherwise).
 * @example renameCandidate(state, 'c1', 'Dapur Kopi').candidates[0].name // => 'Dapur Kopi'
 */
export function renameCandidate(state: PartnerFitState, id: string, name: string): PartnerFitState {
  return withCandidate(state, id, (c) => ({ ...c, name: String(name).slice(0, NAME_MAX) }));
}

/**
 * Rates one criterion of one candidate; `null` clears the rating (unrated).
 * @example rate(state, 'c1', 'values', 4).candidates[0].ratings.values // => 4
 */
export function rate(
  state: PartnerFitState,
  id: string,
  criterion: CriterionId,
  rating: Rating | null,
): PartnerFitState {
  if (!isCriterion(criterion)) return state;
  if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) return state;
  return withCandidate(state, id, (c) => {
    const ratings = { ...c.ratings };
    if (rating === null) delete ratings[criterion];
    else ratings[criterion] = rating;
    return { ...c, ratings };
  });
}

/**
 * Sets the importance of a criterion (0–3), for every candidate.
 * @example setWeight(state, 'capacity', 0).weights.capacity // => 0
 */
export function setWeight(state: PartnerFitState, criterion: CriterionId, weight: Weight): PartnerFitState {
  if (!isCriterion(criterion) || !(weightLevels as readonly number[]).includes(weight)) return state;
  return { ...state, weights: { ...state.weights, [criterion]: weight } };
}

/**
 * Sets a candidate's note on a criterion, cut to `NOTE_MAX` characters; an empty note is removed.
 * @example setNote(state, 'c1', 'reputation', 'Rating 4.9 di lokapasar').candidates[0].notes.reputation
 * // => 'Rating 4.9 di lokapasar'
 */
export function setNote(state: PartnerFitState, id: string, criterion: CriterionId, note: string): PartnerFitState {
  if (!isCriterion(criterion)) return state;
  return withCandidate(state, id, (c) => {
    const notes = { ...c.notes };
    const text = String(note).slice(0, NOTE_MAX);
    if (text.trim() === '') delete notes[criterion];
    else notes[criterion] = text;
    return { ...c, notes };
  });
}

/** There is room for another candidate. */
export function canAdd(state: PartnerFitState): boolean {
  return state.candidates.length < MAX_CANDIDATES;
}

/**
 * Adds an unrated candidate at the end (unchanged state when `MAX_CANDIDATES` are there).
 * @example addCandidate(initialState(), 'Toko Batik').candidates[2] // => { id: 'c3', name: 'Toko Batik', … }
 */
export function addCandidate(state: PartnerFitState, name = ''): PartnerFitState {
  if (!canAdd(state)) return state;
  const candidate: Candidate = {
    id: nextCandidateId(state),
    name: String(name).slice(0, NAME_MAX),
    ratings: {},
    notes: {},
  };
  return { ...state, candidates: [...state.candidates, candidate] };
}

/** What `removeCandidate` took away, so `restoreCandidate` can put it back. */
export interface Removed {
  candidate: Candidate;
  index: number;
  /** Whether it was the reader's chosen partner ("Choose this partner"): undo chooses it again. */
  chosen: boolean;
}

/**
 * The candidate with `id` and its place, before removing it (for undo).
 * @example removedEntry(state, 'c2') // => { candidate: { id: 'c2', … }, index: 1, chosen: false }
 */
export function removedEntry(state: PartnerFitState, id: string): Removed | null {
  const index = state.candidates.findIndex((c) => c.id === id);
  return index < 0 ? null : { candidate: state.candidates[index]!, index, chosen: state.chosen === id };
}

/**
 * Removes a candidate. Keep `removedEntry(state, id)` first to offer undo.
 * @example removeCandidate(initialState(), 'c1').candidates.map((c) => c.id) // => ['c2']
 */
export function removeCandidate(state: PartnerFitState, id: string): PartnerFitState {
  if (!state.candidates.some((c) => c.id === id)) return state;
  const { chosen, ...rest } = state;
  const candidates = state.candidates.filter((c) => c.id !== id);
  // Removing the chosen candidate clears the choice.
  return chosen === undefined || chosen === id ? { ...rest, candidates } : { ...rest, chosen, candidates };
}

/**
 * "Choose this partner": marks one candidate as the reader's choice (the partnership plan shows
 * it); choosing the chosen one again clears the choice. An unknown id returns the same state.
 * @example choosePartner(examples.filled, 'c1').chosen // => 'c1'
 * @example choosePartner(choosePartner(examples.filled, 'c1'), 'c1').chosen // => undefined
 */
export function choosePartner(state: PartnerFitState, id: string): PartnerFitState {
  if (!state.candidates.some((c) => c.id === id)) return state;
  const { chosen, ...rest } = state;
  return chosen === id ? rest : { ...rest, chosen: id };
}

/**
 * What the reader must confirm before "Choose this partner" chooses `id`: the candidate's
 * deal-breakers (critical criteria rated 1 or 2), in the guide's order. Empty when choosing
 * needs no confirmation: no deal-breaker, the candidate is already chosen (the button then
 * clears the choice), or there is no such candidate.
 * @example confirmBeforeChoosing(examples.filled, 'c2') // => ['audience']
 * @example confirmBeforeChoosing(examples.filled, 'c1') // => []
 */
export function confirmBeforeChoosing(state: PartnerFitState, id: string): CriterionId[] {
  const candidate = state.candidates.find((c) => c.id === id);
  return candidate && state.chosen !== id ? evaluate(candidate, state.weights).dealbreakers : [];
}

/**
 * Puts a removed candidate back at its old place (or the end, if the list got shorter). If its
 * id was reused meanwhile it gets a new one; if the list is full the state is unchanged. A
 * candidate that was the chosen partner is chosen again (whatever was chosen since gives way).
 * @example restoreCandidate(removeCandidate(s, 'c1'), removedEntry(s, 'c1')!) // => s, as it was
 */
export function restoreCandidate(state: PartnerFitState, removed: Removed): PartnerFitState {
  if (!canAdd(state)) return state;
  const taken = state.candidates.some((c) => c.id === removed.candidate.id);
  const candidate = taken ? { ...removed.candidate, id: nextCandidateId(state) } : removed.candidate;
  const candidates = state.candidates.slice();
  candidates.splice(Math.max(0, Math.min(removed.index, candidates.length)), 0, candidate);
  return removed.chosen ? { ...state, candidates, chosen: candidate.id } : { ...state, candidates };
}
