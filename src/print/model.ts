import type { Locale } from '../i18n/locales';
import { findByKey, guideHref, stepsOf, type GuideEntry } from '../lib/guide';

/** One step of the seven-step checklist: its number, name, page and actions. */
export interface ChecklistStep {
  step: number;
  title: string;
  href: string;
  actions: readonly string[];
}

/**
 * The seven-step checklist in one language, read from the step pages' `actions`: editing a
 * step's actions changes its page and the printed sheet alike.
 */
export function sevenStepChecklist(entries: readonly GuideEntry[], lang: Locale): ChecklistStep[] {
  return stepsOf(entries, lang).map((e) => ({
    step: e.data.step!,
    title: e.data.navTitle,
    href: guideHref(e),
    actions: e.data.actions,
  }));
}

/** What a review meeting goes through: the actions of step 7 ("review regularly"). */
export function reviewPoints(entries: readonly GuideEntry[], lang: Locale): ChecklistStep {
  const entry = findByKey(entries, 'evaluation', lang);
  if (!entry?.data.step) throw new Error(`The guide has no "evaluation" step in ${lang}.`);
  return { step: entry.data.step, title: entry.data.navTitle, href: guideHref(entry), actions: entry.data.actions };
}
