/**
 * What the clause library (`clauses-schema.ts`) and the MoU checklist share, without zod, so the
 * island can import it: the priorities (also the checklist's group order) and the id pattern.
 */
export const priorities = ['essential', 'recommended', 'conditional'] as const;
export type Priority = (typeof priorities)[number];

/** A clause id: lower-case words joined by `-`; ticks and notes are stored under it. */
export const clauseIdPattern = /^[a-z][a-z0-9-]{1,39}$/;
