/**
 * How the page asks the lazily loaded search module (search.ts) to open the window: an event
 * on `document`, so the module needs no exports (it is built like a worker, see site.ts).
 */
export const OPEN_SEARCH = 'mitra:open-search';

export interface OpenSearchRequest {
  /** The header's search button; its `data-*` attributes carry strings in the page language. */
  button: HTMLButtonElement;
  /** The element that had focus; it gets focus back when the window closes. */
  from: HTMLElement;
  /**
   * Returns the letters typed since the request, for the search box, and stops collecting them
   * (from then on the box itself receives what the reader types).
   */
  takeTyped: () => string;
}

/**
 * Shows (or, with `false`, clears) the header's "search could not be loaded" message. It is an
 * alert created on failure only, so pages carry no empty live region the rest of the time.
 */
export function searchUnavailable(show: boolean): void {
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!status) return;
  status.hidden = !show;
  if (show) status.setAttribute('role', 'alert');
  else status.removeAttribute('role');
  status.textContent = show ? (status.dataset.unavailable ?? '') : '';
}
