/** The plan island's props as the plan page gives them (src/pages/[lang]/[plan].astro), for island tests. */
import { actionKeys, actionOrderV1, clausesOfAction } from '../../src/plan/action-keys';
import dictionaries from '../../src/plan/i18n';
import type { StepKey } from '../../src/plan/limits';
import type { PlanProps } from '../../src/plan/Plan';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { stateSchema as mouSchema } from '../../src/tools/mou-checklist/schema';
import { criterionIds, criterionTexts } from '../../src/tools/partner-fit/criteria';
import fitDictionaries from '../../src/tools/partner-fit/i18n';
import { stateSchema as fitSchema } from '../../src/tools/partner-fit/schema';
import type { StatementWords } from '../../src/tools/smart-goal/model';
import smartDictionaries from '../../src/tools/smart-goal/i18n';
import { stateSchema as smartSchema } from '../../src/tools/smart-goal/schema';
import { loadGuide, loadLibrary } from '../fixtures/content';

export function planProps(lang: 'id' | 'en' = 'en'): PlanProps {
  const fit = fitDictionaries[lang];
  const texts = criterionTexts(lang);
  return {
    lang,
    t: dictionaries[lang],
    schemas: {
      'partner-fit': jsonSchemaOf(fitSchema),
      'smart-goal': jsonSchemaOf(smartSchema),
      'mou-checklist': jsonSchemaOf(mouSchema),
    },
    steps: loadGuide()
      .filter((e) => e.id.startsWith(`${lang}/`) && e.data.kind === 'step')
      .sort((a, b) => a.data.step! - b.data.step!)
      .map((e) => ({
        key: e.data.key as StepKey,
        step: e.data.step!,
        title: e.data.navTitle,
        href: `/${lang}/${lang === 'id' ? 'panduan' : 'guide'}/${e.id.slice(3)}/`,
        actions: e.data.actions,
        keys: actionKeys[e.data.key as StepKey],
      })),
    tools: {
      'partner-fit': { name: 'Partner fit scorer', href: `/${lang}/tools/partner-fit/` },
      'smart-goal': { name: 'SMART goal builder', href: `/${lang}/tools/smart-goals/` },
      'mou-checklist': { name: 'MoU clause checklist', href: `/${lang}/tools/mou-checklist/` },
    },
    clauses: loadLibrary().map((c) => ({ ...c, title: c.text[lang].title })),
    criteria: Object.fromEntries(criterionIds.map((id) => [id, texts[id].name])) as PlanProps['criteria'],
    categories: {
      strong: fit['band.strong'],
      promising: fit['band.promising'],
      risky: fit['band.risky'],
      poor: fit['band.poor'],
      out: fit['band.out'],
    },
    statement: Object.fromEntries(
      Object.entries(smartDictionaries[lang]).filter(([k]) => k.startsWith('statement.') || k.startsWith('cadence.')),
    ) as unknown as StatementWords,
    ticksV1: actionOrderV1,
    covers: clausesOfAction,
  };
}
