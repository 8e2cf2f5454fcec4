/**
 * The search window. This module, Pagefind's Component UI (script and styles) and, on the first
 * query, the index of the page's language load only when a reader opens search (see site.ts).
 *
 * Pagefind picks the index and its own interface words from `<html lang>`: a reader on an
 * Indonesian page searches Indonesian pages, in Indonesian. Whatever had focus before the window
 * opened gets it back when it closes (Escape, the close button, the backdrop, a result).
 */
import themeUrl from '../styles/search.css?url';
import { OPEN_SEARCH, type OpenSearchRequest, searchUnavailable } from './search-request';

/** The parts of `<pagefind-modal>` we use (pagefind 1.6 Component UI). */
interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

interface PagefindInstance {
  setLanguage(lang: string): void;
  translate(key: string): string;
  setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: { bundlePath?: string; baseUrl?: string }): PagefindInstance;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const bundlePath = `${base}pagefind/`;

let modal: Promise<PagefindModal> | undefined;
let returnFocusTo: HTMLElement | undefined;

function stylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

/**
 * Adds the window to the page: Pagefind's standard layout (search box, summary, results,
 * keyboard hints) plus a page-type filter above the results. The parts are added after the
 * window is on the page: `<pagefind-modal>` moves any children it finds into its dialog while
 * connecting, and parts that were already connected would then set themselves up twice.
 */
function addWindow(filterLabel: string): PagefindModal {
  const modal = document.createElement('pagefind-modal') as PagefindModal;
  modal.className = 'site-search';
  document.body.append(modal);
  const filter = document.createElement('pagefind-filter-dropdown');
  filter.setAttribute('filter', 'type');
  filter.setAttribute('label', filterLabel);
  modal.querySelector('pagefind-modal-body')?.prepend(filter);
  // The dropdown's trigger is a combobox: it takes its name from a label, not from its text, and
  // Pagefind names it only once something is selected (in English). Point it at its own visible
  // label; aria-labelledby also wins over that English aria-label.
  const trigger = filter.querySelector('.pf-dropdown-trigger');
  const label = filter.querySelector('.pf-dropdown-trigger-label');
  if (trigger && label) {
    label.id = `${trigger.id}-label`;
    trigger.setAttribute('aria-labelledby', label.id);
  }
  modal.querySelector('pagefind-results')?.setAttribute('max-sub-results', '2');
  return modal;
}

async function load(button: HTMLButtonElement): Promise<PagefindModal> {
  await Promise.all([
    stylesheet(`${bundlePath}pagefind-component-ui.css`),
    stylesheet(themeUrl),
    import(/* @vite-ignore */ `${bundlePath}pagefind-component-ui.js`),
  ]);
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI did not start');
  // Loaded as a module, the UI cannot see its own address: tell it where the index lives and
  // which base path result links need.
  const instance = components.configureInstance('default', { bundlePath, baseUrl: base });
  // In the window Escape always closes it (Pagefind's hint says "clear" while there is text).
  instance.setLanguage(document.documentElement.lang);
  instance.setTranslations({ keyboard_clear: instance.translate('keyboard_close') });
  const element = addWindow(button.dataset.kindLabel ?? '');
  // `close` does not bubble; listening in the capture phase catches it from the inner <dialog>.
  element.addEventListener(
    'close',
    () => {
      button.setAttribute('aria-expanded', 'false');
      const target = returnFocusTo?.isConnected ? returnFocusTo : button;
      returnFocusTo = undefined;
      // Without scrolling: a reader who searched from the middle of a page stays there.
      target.focus({ preventScroll: true });
    },
    true,
  );
  return element;
}

/**
 * Opens the search window, loading it first if needed.
 * `button` carries the page-language strings in its `data-*`; `from` gets focus back when the
 * window closes; what the reader typed meanwhile goes into the search box.
 */
async function openSearch({ button, from, takeTyped }: OpenSearchRequest): Promise<void> {
  button.setAttribute('aria-busy', 'true');
  try {
    modal ??= load(button);
    const search = await modal;
    if (search.isOpen) {
      takeTyped();
      return;
    }
    returnFocusTo = from;
    searchUnavailable(false);
    search.open();
    button.setAttribute('aria-expanded', 'true');
    // Pagefind focuses its box in the next animation frame; what was typed goes in after it.
    requestAnimationFrame(() => {
      const typed = takeTyped();
      const field = search.querySelector<HTMLInputElement>('input[type="search"]');
      if (!typed || !field) return;
      field.focus();
      field.value += typed;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  } catch (error) {
    takeTyped();
    modal = undefined; // try again next time: the reader may be back online
    searchUnavailable(true);
    console.warn(error);
  } finally {
    button.removeAttribute('aria-busy');
  }
}

// This module is built without exports (see site.ts); it answers the page's open requests.
document.addEventListener(OPEN_SEARCH, (event) => {
  void openSearch((event as CustomEvent<OpenSearchRequest>).detail);
});
