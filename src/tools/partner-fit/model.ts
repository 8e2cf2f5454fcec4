/**
 * The partner-fit scorer's logic: pure functions, no DOM, no Preact, no words. Results are codes
 * (`band: 'strong'`, criterion ids); the island picks the words.
 *
 * How a candidate's score is made
 * -------------------------------
 * Each rating 1–5 becomes a share of the maximum: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100.
 * The score is the weighted average of those shares over the criteria that are rated and have
 * a weight above 0, rounded to a whole number (halves round up):
 *
 *     score = round( 100 × Σ wᵢ·(rᵢ − 1) / (4 × Σ wᵢ) )
 *
 * An unrated criterion is left out rather than counted as 0: a half-filled worksheet shows the
 * average of what the reader knows so far. That provisional score can go down when another
 * criterion is rated, which is why there is no band (and no place in the ranking) until all
 * seven criteria are rated. A criterion with weight 0 still needs a rating to complete the
 * worksheet (the guide asks all seven questions) but does not move the score.
 *
 * Bands follow the average rating: strong from 75 (an average of "4" or better), promising from
 * 50 (average "3"), risky from 25 (average "2"), poor below 25.
 *
 * Dealbreakers: a critical criterion (see `criterionFacts`) rated 1 or 2, whatever the score
 * and whatever its weight: a high score elsewhere does not make up for it.
 */
import { criterionFacts, criterionIds, type CriterionId, type Rating } from './criteria';
import type { GuideKey } from '../../content/schema';
import type { Candidate, PartnerFitState, Weights } from './schema';

export type Band = 'strong' | 'promising' | 'risky' | 'poor';

/**
 * What the tool calls a candidate: its band, or `out` ("Gugur / Not recommended") as soon as it
 * has a dealbreaker, whatever its score and even before every criterion is rated. A candidate
 * with a dealbreaker never carries a positive category.
 */
export type Category = Band | 'out';

/** How many strengths a result shows (the best ones; `CandidateResult.strengths` has them all). */
export const TOP_STRENGTHS = 3;

/** Lowest score of each band, best first; anything below the last is `poor`. */
export const bandThresholds = [
  ['strong', 75],
  ['promising', 50],
  ['risky', 25],
] as const satisfies readonly (readonly [Band, number])[];

/** A rating at or above this is a strength. */
export const STRENGTH_FROM = 4;
/** A rating at or below this is a weak spot (and, on a critical criterion, a dealbreaker). */
export const WEAK_UP_TO = 2;

/** How many criteria a complete worksheet rates. */
export const CRITERIA_COUNT = criterionIds.length;

/** A weak spot: the criterion (also the key of its advice), its rating and the guide page to read. */
export interface WeakSpot {
  criterion: CriterionId;
  rating: Rating;
  /** A critical criterion: this weak spot is a dealbreaker. */
  dealbreaker: boolean;
  /** The guide page with the advice on what to check next. */
  guide: GuideKey;
}

/** Everything the tool shows about one candidate. */
export interface CandidateResult {
  id: string;
  /** How many of the seven criteria have a rating ("n of 7 rated"). */
  rated: number;
  /** All seven criteria are rated. */
  complete: boolean;
  /** 0–100, or null when no rated criterion counts (nothing rated, or every weight is 0). */
  score: number | null;
  /** Only when complete and scored. */
  band: Band | null;
  /** `out` whenever there is a dealbreaker; otherwise the band (null until there is one). */
  category: Category | null;
  /** Critical criteria rated 1 or 2, in the guide's order. */
  dealbreakers: CriterionId[];
  /** Criteria rated 4 or 5 that count (weight above 0): best rating first, then higher weight. */
  strengths: CriterionId[];
  /**
   * Criteria rated 1 or 2 that count, plus every dealbreaker: dealbreakers first, then lowest
   * rating, then higher weight.
   */
  weakSpots: WeakSpot[];
}

/** Ratings of one candidate: only rated criteria have a key. */
export type Ratings = Candidate['ratings'];

/** The rated criteria with their ratings, in the guide's order (whatever the object's key order). */
function ratedEntries(ratings: Ratings): [CriterionId, Rating][] {
  const out: [CriterionId, Rating][] = [];
  for (const id of criterionIds) {
    const r = ratings[id];
    if (r !== undefined) out.push([id, r]);
  }
  return out;
}

/**
 * The 0–100 score of a set of ratings under the given weights (see the formula at the top).
 * Integer arithmetic, so the result does not depend on the order of the criteria.
 * @example score({ values: 5, audience: 1 }, { ...weights, values: 3, audience: 1 }) // => 75
 * @example score({}, weights) // => null
 */
export function score(ratings: Ratings, weights: Weights): number | null {
  let num = 0;
  let den = 0;
  for (const [id, r] of ratedEntries(ratings)) {
    const w = weights[id];
    if (!(w > 0)) continue;
    num += w * (r - 1);
    den += w * 4;
  }
  if (den === 0) return null;
  // round(100·num/den) with halves up, exactly: floor((200·num + den) / (2·den)).
  return Math.floor((200 * num + den) / (2 * den));
}

/**
 * The band of a score.
 * @example bandOf(75) // => 'strong'
 * @example bandOf(74) // => 'promising'
 * @example bandOf(24) // => 'poor'
 */
export function bandOf(value: number): Band {
  for (const [band, min] of bandThresholds) if (value >= min) return band;
  return 'poor';
}

/** How a rating shows in the ratings grid: a shape and a colour, never the colour alone. */
export type Mark = 'strong' | 'middle' | 'weak' | 'dealbreaker';

/**
 * The grid's mark of one rating: a strength (4-5), middling (3), a weak spot (1-2), or a
 * dealbreaker (1-2 on a critical criterion).
 * @example ratingMark('audience', 2) // => 'dealbreaker'
 * @example ratingMark('capacity', 2) // => 'weak'
 */
export function ratingMark(criterion: CriterionId, rating: Rating): Mark {
  if (rating >= STRENGTH_FROM) return 'strong';
  if (rating > WEAK_UP_TO) return 'middle';
  return criterionFacts[criterion].critical ? 'dealbreaker' : 'weak';
}

/**
 * The category a result carries: `out` with any dealbreaker, whatever the score; else its band.
 * @example categoryOf({ band: 'strong', dealbreakers: ['audience'] }) // => 'out'
 * @example categoryOf({ band: 'promising', dealbreakers: [] }) // => 'promising'
 */
export function categoryOf(result: Pick<CandidateResult, 'band' | 'dealbreakers'>): Category | null {
  return result.dealbreakers.length > 0 ? 'out' : result.band;
}

/**
 * The strengths a result shows: at most `TOP_STRENGTHS`, best rating first, then higher weight.
 * @example topStrengths({ strengths: ['goals', 'values', 'audience', 'capacity'] }) // => ['goals', 'values', 'audience']
 */
export function topStrengths(result: Pick<CandidateResult, 'strengths'>): CriterionId[] {
  return result.strengths.slice(0, TOP_STRENGTHS);
}

/**
 * Everything the tool shows about one candidate.
 * @example evaluate({ id: 'c1', name: 'Kopi Bayu', ratings: { values: 2 }, notes: {} }, weights)
 * // => { id: 'c1', rated: 1, complete: false, score: 25, band: null, dealbreakers: ['values'], … }
 */
export function evaluate(candidate: Candidate, weights: Weights): CandidateResult {
  const entries = ratedEntries(candidate.ratings);
  const value = score(candidate.ratings, weights);
  const complete = entries.length === CRITERIA_COUNT;
  const counts = (id: CriterionId) => weights[id] > 0;
  const order = (id: CriterionId) => criterionIds.indexOf(id);

  const dealbreakers = entries.filter(([id, r]) => criterionFacts[id].critical && r <= WEAK_UP_TO).map(([id]) => id);

  const strengths = entries
    .filter(([id, r]) => r >= STRENGTH_FROM && counts(id))
    .sort(([a, ra], [b, rb]) => rb - ra || weights[b] - weights[a] || order(a) - order(b))
    .map(([id]) => id);

  const weakSpots = entries
    .filter(([id, r]) => r <= WEAK_UP_TO && (counts(id) || dealbreakers.includes(id)))
    .map(([id, r]): WeakSpot => ({
      criterion: id,
      rating: r,
      dealbreaker: dealbreakers.includes(id),
      guide: criterionFacts[id].guide,
    }))
    .sort(
      (a, b) =>
        Number(b.dealbreaker) - Number(a.dealbreaker) ||
        a.rating - b.rating ||
        weights[b.criterion] - weights[a.criterion] ||
        order(a.criterion) - order(b.criterion),
    );

  const band = complete && value !== null ? bandOf(value) : null;
  return {
    id: candidate.id,
    rated: entries.length,
    complete,
    score: value,
    band,
    category: categoryOf({ band, dealbreakers }),
    dealbreakers,
    strengths,
    weakSpots,
  };
}

/** The results of every candidate, in the worksheet's order. */
export function evaluateAll(state: PartnerFitState): CandidateResult[] {
  return state.candidates.map((c) => evaluate(c, state.weights));
}

/** One line of the ranking. */
export interface RankRow {
  id: string;
  /** 1 for the best; equal results share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
  score: number;
  band: Band;
  /** `out` with a dealbreaker, else the band. */
  category: Category;
  /** Another candidate has the same rank. */
  tied: boolean;
  /** Has at least one dealbreaker: ranked after every candidate without one. */
  dealbreaker: boolean;
}

export interface Ranking {
  rows: RankRow[];
  /** Groups of two or more candidate ids that share a rank, best group first. */
  ties: string[][];
  /**
   * The candidates in first place without a dealbreaker (two or more when tied); empty when
   * nobody is ranked or every ranked candidate has a dealbreaker.
   */
  leaders: string[];
  /** Candidates not ranked yet: not every criterion rated, or no weight above 0. */
  unranked: string[];
}

/**
 * Ranks the complete candidates: those without a dealbreaker first, then by score (highest
 * first). Candidates with the same score and the same dealbreaker status share a rank
 * (standard competition ranking: 1, 2, 2, 4); within a tie they keep the worksheet's order.
 * Scores are compared as shown (whole numbers), so two candidates that both show 80 are tied.
 * @example rank([{ id: 'a', score: 80, … }, { id: 'b', score: 80, … }, { id: 'c', score: 60, … }])
 * // => rows a: 1 (tied), b: 1 (tied), c: 3
 */
export function rank(results: readonly CandidateResult[]): Ranking {
  const ranked: { r: CandidateResult; score: number; band: Band; db: boolean; at: number }[] = [];
  const unranked: string[] = [];
  results.forEach((r, at) => {
    if (r.band !== null && r.score !== null) {
      ranked.push({ r, score: r.score, band: r.band, db: r.dealbreakers.length > 0, at });
    } else unranked.push(r.id);
  });
  ranked.sort((a, b) => Number(a.db) - Number(b.db) || b.score - a.score || a.at - b.at);

  const rows: RankRow[] = [];
  const ties: string[][] = [];
  let i = 0;
  while (i < ranked.length) {
    let j = i;
    while (j + 1 < ranked.length && ranked[j + 1]!.score === ranked[i]!.score && ranked[j + 1]!.db === ranked[i]!.db)
      j++;
    const group = ranked.slice(i, j + 1);
    for (const g of group) {
      rows.push({
        id: g.r.id,
        rank: i + 1,
        score: g.score,
        band: g.band,
        category: g.db ? 'out' : g.band,
        tied: group.length > 1,
        dealbreaker: g.db,
      });
    }
    if (group.length > 1) ties.push(group.map((g) => g.r.id));
    i = j + 1;
  }
  const leaders = rows.filter((row) => row.rank === 1 && !row.dealbreaker).map((row) => row.id);
  return { rows, ties, leaders, unranked };
}

// ---------------------------------------------------------------------------------------------
// Candidate ids (the edits are in edit.ts)

/**
 * The id a new candidate gets: the lowest free `c1`, `c2`, …
 * @example nextCandidateId({ candidates: [{ id: 'c1' }, { id: 'c3' }] }) // => 'c2'
 */
export function nextCandidateId(state: Pick<PartnerFitState, 'candidates'>): string {
  const taken = new Set(state.candidates.map((c) => c.id));
  let n = 1;
  while (taken.has(`c${n}`)) n++;
  return `c${n}`;
}

/**
 * Gives every candidate after the first with an already used id a fresh one (`nextCandidateId`),
 * so fields, keys and updates stay apart. Returns the same state when ids are already unique.
 * @example withUniqueIds({ …, candidates: [{ id: 'c1', … }, { id: 'c1', … }] }).candidates.map((c) => c.id)
 * // => ['c1', 'c2']
 */
export function withUniqueIds(state: PartnerFitState): PartnerFitState {
  const ids = state.candidates.map((c) => c.id);
  if (new Set(ids).size === ids.length) return state;
  const candidates: Candidate[] = [];
  for (const c of state.candidates) {
    const taken = candidates.some((d) => d.id === c.id);
    candidates.push(taken ? { ...c, id: nextCandidateId({ candidates: [...state.candidates, ...candidates] }) } : c);
  }
  return { ...state, candidates };
}
