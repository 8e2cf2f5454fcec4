/**
 * Hand-offs between the tools, from the plan on this device: the SMART builder and the MoU
 * checklist offer to fill in the chosen partner's name (the scorer's `chosen` candidate) and the
 * reader's own business name, and the MoU's KPI and review clauses take the SMART goals' metrics,
 * targets and review cadence. Pure: the island hands in the saved text of each part and the
 * specs to open it with (as for the plan, model.ts); the result is codes and the reader's data.
 *
 * The promise the tests hold it to: an offer names only fields that are empty, and filling
 * changes only fields that are still empty, whatever was saved (present, absent or damaged).
 * The reader's own name goes in the first place (the SMART builder's first partner, the MoU's
 * first party), the chosen partner in the second.
 */
import { openEnvelope, type ToolSpec } from '../tools/kit/spec';
import { limits as mouLimits } from '../tools/mou-checklist/limits';
import type { MouState } from '../tools/mou-checklist/schema';
import type { GoalTerms } from '../tools/mou-checklist/wording';
import type { PartnerFitState } from '../tools/partner-fit/schema';
import { cadences } from '../tools/smart-goal/letters';
import { LIMITS as smartLimits } from '../tools/smart-goal/limits';
import type { SmartState } from '../tools/smart-goal/schema';
import { ANSWERED_MAX, BUSINESS_MAX, type HandoffSource, type HandoffTool } from './handoff-limits';
import type { Part } from './model';
import type { Profile } from './schema';

export { handoffSources, type HandoffSource } from './handoff-limits';

export interface HandoffSpecs {
  profile: ToolSpec<Profile>;
  'partner-fit': ToolSpec<PartnerFitState>;
  'smart-goal': ToolSpec<SmartState>;
  'mou-checklist': ToolSpec<MouState>;
}

/** What the plan on this device knows for the hand-off. Empty strings are unknown. */
export interface HandoffFacts {
  /** The scorer's chosen candidate's name. */
  partner: string;
  /** The reader's own business: the profile's, else the MoU's first party, else SMART's first partner. */
  own: string;
  /** The profile as saved (the island keeps a damaged one aside before it writes). */
  profile: Part<Profile>;
  /** The SMART goals' KPIs and cadence, null without a goal that names a metric or target. */
  goals: GoalTerms | null;
}

/**
 * Opens one saved part through its spec, like `openPart` in model.ts (written out here so the
 * code a tool page loads for the hand-off does not share a chunk with the plan page's model).
 * Never throws.
 * @example openSaved(null, spec) // => { status: 'absent' }
 */
export function openSaved<S>(raw: string | null, spec: ToolSpec<S>): Part<S> {
  if (raw === null) return { status: 'absent' };
  try {
    const opened = openEnvelope(JSON.parse(raw), spec);
    return opened.ok ? { status: 'present', value: opened.value } : { status: 'damaged' };
  } catch {
    return { status: 'damaged' };
  }
}

/** Two names: the reader's own business and the partner's. */
export interface Names {
  own: string;
  partner: string;
}

/**
 * What a tool is offered: the names it may fill (empty where nothing is offered for that field),
 * and whether to ask the reader's own name (their field is empty and the plan does not know it).
 */
export interface Offer extends Names {
  askOwn: boolean;
}

/**
 * Text as a name: spaces collapsed, ends trimmed.
 * @example cleanName('  Toko   Lilin ') // => 'Toko Lilin'
 */
export const cleanName = (text: string): string => text.replace(/\s+/g, ' ').trim();

const isEmpty = (text: string) => cleanName(text) === '';

/**
 * The chosen candidate's name, or '' when no candidate is chosen (or it has no name yet).
 * @example chosenName({ ...state, chosen: 'c1' }) // => 'Dapur Kopi Nusantara'
 */
export function chosenName(state: PartnerFitState): string {
  if (state.chosen === undefined) return '';
  return cleanName(state.candidates.find((c) => c.id === state.chosen)?.name ?? '');
}

/**
 * The SMART goals as the MoU's KPI clause needs them: each goal that names a metric or a target
 * (the target with its unit, unless the target already holds it), and the most frequent review
 * cadence among them. Null when no goal names either.
 * @example goalTerms(examples.batik) // => { kpis: [{ metric: 'Penjualan melalui kode promo', target: '150 lembar' }], cadence: 'biweekly' }
 */
export function goalTerms(state: SmartState): GoalTerms | null {
  const goals = state.goals.filter((g) => !isEmpty(g.measurable.metric) || !isEmpty(g.measurable.target.text));
  const first = goals[0];
  if (!first) return null;
  const kpis = goals.map((g) => {
    const target = cleanName(g.measurable.target.text);
    const unit = cleanName(g.measurable.unit);
    const withUnit =
      target && unit && !target.toLowerCase().includes(unit.toLowerCase()) ? `${target} ${unit}` : target;
    return { metric: cleanName(g.measurable.metric), target: withUnit };
  });
  const cadence = goals.reduce(
    (most, g) => (cadences.indexOf(g.timeBound.cadence) < cadences.indexOf(most) ? g.timeBound.cadence : most),
    first.timeBound.cadence,
  );
  return { kpis, cadence };
}

/**
 * Reads what the hand-off needs from the saved parts. Never throws: an absent or damaged part
 * gives nothing (a damaged profile is reported, so the island keeps it aside before writing).
 * @example readHandoff({ profile: null, 'partner-fit': saved, 'smart-goal': null, 'mou-checklist': null }, specs).partner // => 'Dapur Kopi Nusantara'
 */
export function readHandoff(saved: Readonly<Record<HandoffSource, string | null>>, specs: HandoffSpecs): HandoffFacts {
  const profile = openSaved(saved.profile, specs.profile);
  const fit = openSaved(saved['partner-fit'], specs['partner-fit']);
  const smart = openSaved(saved['smart-goal'], specs['smart-goal']);
  const mou = openSaved(saved['mou-checklist'], specs['mou-checklist']);
  const own = [
    profile.status === 'present' ? profile.value.business : '',
    mou.status === 'present' ? mou.value.parties.first.name : '',
    smart.status === 'present' ? smart.value.partners.a : '',
  ]
    .map(cleanName)
    .find(Boolean);
  return {
    partner: fit.status === 'present' ? chosenName(fit.value) : '',
    own: own ?? '',
    profile,
    goals: smart.status === 'present' ? goalTerms(smart.value) : null,
  };
}

/** The names in a tool's state, at the places the hand-off fills. */
export function namesIn(tool: 'smart-goal', state: SmartState): Names;
export function namesIn(tool: 'mou-checklist', state: MouState): Names;
export function namesIn(tool: HandoffTool, state: SmartState | MouState): Names {
  if (tool === 'smart-goal') {
    const s = state as SmartState;
    return { own: s.partners.a, partner: s.partners.b };
  }
  const m = state as MouState;
  return { own: m.parties.first.name, partner: m.parties.second.name };
}

/**
 * The key that remembers an offer was answered: the names it offered.
 * @example offerKey({ own: '', partner: 'Bima Ilustrasi' }) // => '\nBima Ilustrasi'
 */
export const offerKey = (offer: Names): string => `${offer.own}\n${offer.partner}`.slice(0, ANSWERED_MAX);

/**
 * Whether a tool's notice asks the reader's own business name when the plan does not know it:
 * the SMART builder does (its first partner is not marked as the reader); the MoU checklist does
 * not, because its first party, right below the notice, is the reader's business by definition
 * and the hand-off takes the name from there.
 */
export const asksOwnName: Readonly<Record<HandoffTool, boolean>> = { 'smart-goal': true, 'mou-checklist': false };

/**
 * What to offer `tool`, whose names are `current`: the known names of the fields still empty.
 * Null when there is nothing to offer, or when the reader already answered this same offer
 * (`answered`, the profile's key for this tool).
 * @example offerFor('mou-checklist', { own: 'Toko Lilin Putri', partner: '' }, facts) // => { own: '', partner: 'Bima Ilustrasi', askOwn: false }
 */
export function offerFor(
  tool: HandoffTool,
  current: Names,
  facts: Pick<HandoffFacts, 'own' | 'partner'>,
  answered?: string,
): Offer | null {
  const own = isEmpty(current.own) ? facts.own : '';
  const partner = isEmpty(current.partner) ? facts.partner : '';
  if (!own && !partner) return null;
  if (answered !== undefined && answered === offerKey({ own, partner })) return null;
  return { own, partner, askOwn: asksOwnName[tool] && isEmpty(current.own) && !facts.own };
}

/** `name` in a field that is still empty (bounded to the field's length); else the field as is. */
const fill = (field: string, name: string, max: number): string =>
  isEmpty(field) && !isEmpty(name) ? cleanName(name).slice(0, max).trim() : field;

/**
 * The SMART state with the names put into its partners' fields that are still empty.
 * @example withSmartNames(initialState(), { own: 'Rina', partner: 'Dimas' }).partners // => { a: 'Rina', b: 'Dimas' }
 */
export function withSmartNames(state: SmartState, names: Names): SmartState {
  const a = fill(state.partners.a, names.own, smartLimits.name);
  const b = fill(state.partners.b, names.partner, smartLimits.name);
  return a === state.partners.a && b === state.partners.b ? state : { ...state, partners: { a, b } };
}

/**
 * The MoU state with the names put into the parties' name fields that are still empty.
 * @example withMouNames(initialState(), { own: 'Toko Lilin Putri', partner: '' }).parties.first.name // => 'Toko Lilin Putri'
 */
export function withMouNames(state: MouState, names: Names): MouState {
  const first = fill(state.parties.first.name, names.own, mouLimits.party);
  const second = fill(state.parties.second.name, names.partner, mouLimits.party);
  if (first === state.parties.first.name && second === state.parties.second.name) return state;
  return {
    ...state,
    parties: { first: { ...state.parties.first, name: first }, second: { ...state.parties.second, name: second } },
  };
}

/**
 * The profile after the reader answered a tool's offer: the offer is remembered for that tool,
 * and the reader's own name is kept once known (a name already kept is never replaced).
 * @example answeredProfile(undefined, 'mou-checklist', offer, 'Toko Lilin Putri').business // => 'Toko Lilin Putri'
 */
export function answeredProfile(profile: Profile | undefined, tool: HandoffTool, offer: Names, own: string): Profile {
  const kept = profile?.business ?? '';
  return {
    business: isEmpty(kept) ? cleanName(own).slice(0, BUSINESS_MAX).trim() : kept,
    answered: { ...profile?.answered, [tool]: offerKey(offer) },
  };
}
