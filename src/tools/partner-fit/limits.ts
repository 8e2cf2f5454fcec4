/**
 * Bounds of the scorer's state, shared by the schema, the model and the island: a share link or
 * an imported file may be hostile. The lowest layer of the tool: it imports nothing.
 */

/** At most this many candidates side by side (five is the promise; eight leaves room). */
export const MAX_CANDIDATES = 8;
/** A candidate's name: a shop or person, not an essay. */
export const NAME_MAX = 60;
/** A note per criterion and candidate: room for what you found out, bounded for share links. */
export const NOTE_MAX = 500;
