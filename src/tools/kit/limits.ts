/**
 * Limits and names the kit's first-load code shares with the code it loads on demand, kept in a
 * module without dependencies so importing them costs nothing.
 */

/** A JSON export is small; anything bigger than this is not one of ours. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** A shared state larger than this is refused before any work is done. */
export const MAX_SHARE_CHARS = 60_000;

/**
 * Longer share links than this may be cut by some chat apps and older browsers; the action area
 * then says so and offers the save file instead. Typical work stays well below it.
 */
export const SHARE_LINK_SAFE_CHARS = 2000;

/** Share links look like `#share=…`. */
export const SHARE_PARAM = 'share';

/** The share payload inside a URL fragment, or `undefined` when the fragment is not a share link. */
export function sharePayload(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
}
