/**
 * A stable key for each action at the end of a step page, in the page's order (the same in both
 * languages). Ticks are saved by these keys, not by position, so an edit of the guide that adds,
 * removes or reorders actions leaves every other tick on its action.
 *
 * Editing a step page's `actions`: add, remove or move the matching key here too (a new action
 * gets a new key; a key is never reused for another action). tests/unit/plan.model.test.ts fails
 * while a step page's list and its keys differ in length.
 *
 * No dependencies, so the step pages' ticking code and the plan can import it for a few bytes.
 */
import type { StepKey } from './limits';

export { ACTION_KEY_PATTERN } from './limits';

/** The actions' keys of each step page, in the page's order. */
export const actionKeys = {
  goals: ['one-sentence', 'smart-test', 'goal-type', 'partner-strengths', 'partner-gains', 'agree-in-writing'],
  partner: ['principles', 'complement', 'reviews', 'references', 'capacity', 'questions-answered'],
  communication: ['channels', 'meeting-schedule', 'reply-time', 'meeting-summary', 'raise-problems', 'ask-concerns'],
  roles: ['roles-document', 'kpis', 'contributions', 'profit-sharing', 'costs-and-risks', 'approve-roles'],
  agreement: ['one-document', 'scope-and-term', 'profits-and-ip', 'disputes-and-exit', 'legal-review', 'signed-copy'],
  technology: ['needs', 'partner-tools', 'project-tool', 'chat-and-video', 'shared-folder', 'trial'],
  evaluation: ['review-meetings', 'compare-kpis', 'challenges', 'market-changes', 'improvements', 'carry-on-or-adjust'],
} as const satisfies Record<StepKey, readonly string[]>;

/**
 * The order of each step's actions when ticks were saved by position (`mitra:ticks` version 1):
 * frozen, so a version-1 save opened after any later guide edit still finds its actions. Never
 * edit this table.
 */
export const actionOrderV1: Readonly<Record<StepKey, readonly string[]>> = {
  goals: ['one-sentence', 'smart-test', 'goal-type', 'partner-strengths', 'partner-gains', 'agree-in-writing'],
  partner: ['principles', 'complement', 'reviews', 'references', 'capacity', 'questions-answered'],
  communication: ['channels', 'meeting-schedule', 'reply-time', 'meeting-summary', 'raise-problems', 'ask-concerns'],
  roles: ['roles-document', 'kpis', 'contributions', 'profit-sharing', 'costs-and-risks', 'approve-roles'],
  agreement: ['one-document', 'scope-and-term', 'profits-and-ip', 'disputes-and-exit', 'legal-review', 'signed-copy'],
  technology: ['needs', 'partner-tools', 'project-tool', 'chat-and-video', 'shared-folder', 'trial'],
  evaluation: ['review-meetings', 'compare-kpis', 'challenges', 'market-changes', 'improvements', 'carry-on-or-adjust'],
};

/**
 * Step 5's actions that the MoU clause checklist does once these clauses are settled: the
 * agreement then holds what the action asks for (the plan model's `toolDone`). Each clause is one
 * every MoU calls for (essential, with no condition: tests/unit/plan.model.test.ts checks them
 * against the clause library), so "not open" means settled. The plan page hands this table to
 * its island as props (HTML), like the version-1 order above.
 */
export const clausesOfAction = {
  'scope-and-term': ['scope-goals', 'roles', 'duration'],
  'profits-and-ip': ['profit-loss', 'ip'],
  'disputes-and-exit': ['disputes', 'termination', 'confidentiality'],
} as const satisfies Partial<Record<(typeof actionKeys)['agreement'][number], readonly string[]>>;
