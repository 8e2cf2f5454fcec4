/**
 * The hand-off's bounds and vocabulary, without zod: schema.ts builds the profile's schema from
 * them, the hand-off's code (loaded on demand by tool pages) uses them. Apart from limits.ts, so
 * the plan page and the hand-off share no chunk for them.
 */

/** The reader's own business name, kept for the tools' hand-off (the MoU's party name bound). */
export const BUSINESS_MAX = 120;
/** What the hand-off remembers a tool was offered (two names and a separator). */
export const ANSWERED_MAX = 2 * BUSINESS_MAX + 1;
/** The tools that take names from the plan. */
export const handoffTools = ['smart-goal', 'mou-checklist'] as const;
export type HandoffTool = (typeof handoffTools)[number];
/** What the hand-off reads from the device: the profile and the three tools' saved work. */
export const handoffSources = ['profile', 'partner-fit', 'smart-goal', 'mou-checklist'] as const;
export type HandoffSource = (typeof handoffSources)[number];
