/**
 * The offline page's script: keeps the links to pages saved on this device (in a cache of this
 * origin, whatever their revision) and hides the rest. CSS hides a group left empty and shows
 * the "nothing saved yet" line when no link is left.
 */
export async function showSavedLinks(): Promise<void> {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-offline-link]')) {
    link.parentElement!.hidden = !(await window.caches
      ?.match(link.href, { ignoreSearch: true })
      .catch(() => undefined));
  }
}
