/** Where the site keeps a reader's choices on their device (localStorage); nothing else is kept. */

/** The colour theme the reader chose in the footer: `light` or `dark` (none: the system's). */
export const THEME_KEY = 'mitra:theme';

/** The language the reader picked last (`id` or `en`), so `/` can send them straight to it. */
export const LANGUAGE_KEY = 'mitra:lang';

/**
 * The step pages' ticked actions (the kit's `storageKey('ticks')`, src/plan/ticks.ts;
 * a unit test keeps the two equal).
 */
export const TICKS_KEY = 'mitra:ticks';

/**
 * The last guide page or tool the reader was on (its key: `goals`, `smart-goal`, …), so the home
 * page can offer to continue there. Written by the page head's script (inline.ts).
 */
export const LAST_KEY = 'mitra:last';
