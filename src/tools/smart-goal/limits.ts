/**
 * Length limits of the tool's state (a separate module so the island can read them without
 * importing the zod schema). Names and short answers, units, sentences, goals per partnership.
 */
export const LIMITS = { name: 80, short: 160, unit: 40, long: 600, goals: 8 } as const;
