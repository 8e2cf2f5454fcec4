/**
 * The home page's "Continue where you stopped" without JavaScript of its own: the page head's
 * script marks `<html data-last="<key>">` (the last guide page or tool read) and `<html data-plan>`
 * (the device holds plan work) before the first paint; these rules show the matching links of
 * src/components/ContinueReading.astro, and the box only when one of them shows.
 */

/** One page the reader can continue at. */
export interface ContinueItem {
  /** Base.astro's `resume` key: a guide page's key or a tool's key. */
  key: string;
  /** Site-absolute path, without base. */
  href: string;
  label: string;
}

/**
 * The stylesheet for `keys` (lower-case words and hyphens only: they are written into selectors).
 * @example continueCss(['goals']) // => '[data-continue],[data-continue] li{display:none}html[data-plan] [data-continue],html[data-last="goals"] [data-continue]{display:block}html[data-plan] [data-to="plan"],html[data-last="goals"] [data-to="goals"]{display:block}'
 */
export function continueCss(keys: readonly string[]): string {
  for (const key of keys) if (!/^[a-z][a-z0-9-]*$/.test(key)) throw new Error(`Not a page key: ${key}`);
  const box = keys.map((k) => `html[data-last="${k}"] [data-continue]`);
  const links = keys.map((k) => `html[data-last="${k}"] [data-to="${k}"]`);
  return (
    '[data-continue],[data-continue] li{display:none}' +
    `${['html[data-plan] [data-continue]', ...box].join(',')}{display:block}` +
    `${['html[data-plan] [data-to="plan"]', ...links].join(',')}{display:block}`
  );
}
