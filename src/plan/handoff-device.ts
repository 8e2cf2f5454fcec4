/**
 * The hand-off on this device: reads the saved parts for `handoff.ts` and keeps the profile.
 * Tool pages load it (through `handoff-lazy.ts`) when the browser is idle, so the first screen's
 * JavaScript stays within budget. Reading never changes what is saved; writing the profile goes
 * through the kit's store, which first moves a damaged profile aside.
 */
import { createStore } from '../tools/kit/storage';
import { withJsonSchema } from '../tools/kit/spec';
import type { JsonSchema } from '../tools/kit/validate';
import { mouChecklist } from '../tools/mou-checklist/tool';
import { partnerFit } from '../tools/partner-fit/tool';
import { smartGoal } from '../tools/smart-goal/tool';
import { type HandoffFacts, handoffSources, type HandoffSource, readHandoff } from './handoff';
import { profileJsonSchema, profileSpec } from './profile';
import type { Profile } from './schema';

/** The state schemas (JSON Schema) of the other two tools a page reads; its own it has already. */
export type HandoffSchemas = Record<'partner-fit' | 'smart-goal' | 'mou-checklist', JsonSchema>;

const profile = withJsonSchema(profileSpec, profileJsonSchema);

/** What the hand-off knows on this device; null when the browser blocks storage. */
export function readDevice(schemas: HandoffSchemas): HandoffFacts | null {
  const saved = {} as Record<HandoffSource, string | null>;
  try {
    for (const source of handoffSources) saved[source] = window.localStorage.getItem(`mitra:${source}`);
  } catch {
    return null;
  }
  return readHandoff(saved, {
    profile,
    'partner-fit': withJsonSchema(partnerFit, schemas['partner-fit']),
    'smart-goal': withJsonSchema(smartGoal, schemas['smart-goal']),
    'mou-checklist': withJsonSchema(mouChecklist, schemas['mou-checklist']),
  });
}

/**
 * Saves the profile with `change` applied to what is saved now (a damaged profile is moved aside
 * first, never overwritten). False when storage is blocked or full: the page still hides the
 * offer until it is reloaded.
 */
export function keepProfile(change: (saved: Profile | undefined) => Profile): boolean {
  const store = createStore(profile);
  const loaded = store.load();
  return store.save(change(loaded.ok ? loaded.value?.state : undefined)).ok;
}
