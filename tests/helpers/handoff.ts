import type { Locale } from '../../src/i18n/locales';
import handoffDictionaries from '../../src/plan/handoff-i18n';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import { stateSchema as smartSchema } from '../../src/tools/smart-goal/schema';

/** The hand-off props a tool page gives the SMART builder's and the MoU checklist's islands. */
export function handoffProps(lang: Locale) {
  return {
    t: handoffDictionaries[lang],
    schemas: {
      'partner-fit': jsonSchemaOf(fitSchema),
      'smart-goal': jsonSchemaOf(smartSchema),
      'mou-checklist': jsonSchemaOf(mouSchema),
    },
  };
}

/** Saves a state on this device the way a tool's store does (an envelope with its version). */
export function saveTool(key: string, v: number, state: unknown): void {
  localStorage.setItem(`mitra:${key}`, JSON.stringify({ tool: key, v, at: '2026-11-28T08:00:00.000Z', state }));
}
