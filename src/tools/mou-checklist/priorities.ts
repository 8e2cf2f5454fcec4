/**
 * How much a clause matters, and the checklist's group order. Kept apart from the clause schema
 * (which uses zod) so the island can import it without bundling zod.
 */
export const priorities = ['essential', 'recommended', 'conditional'] as const;
export type Priority = (typeof priorities)[number];
