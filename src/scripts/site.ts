/**
 * The only script on reading pages, and kept tiny: guide pages load nothing else until the
 * reader asks for more.
 * - It remembers the language a reader picks, so `/` can send them straight to it next time.
 * - It opens the search window (button, `/`, Ctrl+K or ⌘K). The window itself (Pagefind's
 *   Component UI, its styles and the index) loads only then: see ./search.ts.
 */
import { rememberLanguage } from './language';
import { OPEN_SEARCH, type OpenSearchRequest, searchUnavailable } from './search-request';
// `?worker&url` makes Vite build search.ts as a separate, self-contained module and hand us its
// address, without the ~1 KB "preload helper" that a plain `import('./search')` adds to every
// page. The module runs on the page (not in a worker: `worker.format` is 'es' in the config);
// such a build keeps no exports, so the module listens for an OPEN_SEARCH event instead.
import searchModule from './search?worker&url';
import offlineModule from '../offline/offline.idle?worker&url';

// Offline reading (src/offline/): after load, when the browser is idle, register the service worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  addEventListener('load', () =>
    (window.requestIdleCallback ?? setTimeout)(() => void import(/* @vite-ignore */ offlineModule)),
  );

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-choice]');
  if (link) rememberLanguage(link.getAttribute('data-lang-choice'));
});

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (button) {
  // CSS shows the button when scripting is on (`@media (scripting: enabled)`); this covers
  // browsers that do not know that media feature.
  button.classList.add('is-ready');
  /** What the reader types while the search window loads; undefined when nothing is loading. */
  let typedAhead: string | undefined;
  const takeTyped = () => {
    const text = typedAhead ?? '';
    typedAhead = undefined;
    return text;
  };
  const open = () => {
    if (typedAhead !== undefined) return;
    typedAhead = '';
    const focused = document.activeElement;
    const detail: OpenSearchRequest = { button, from: focused instanceof HTMLElement ? focused : button, takeTyped };
    import(/* @vite-ignore */ searchModule).then(
      () => document.dispatchEvent(new CustomEvent(OPEN_SEARCH, { detail })),
      () => {
        takeTyped();
        searchUnavailable(true);
      },
    );
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.isComposing) return;
    // Keep the letters a quick reader types after `/` until the search box is there.
    if (typedAhead !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      typedAhead += event.key;
      event.preventDefault();
      return;
    }
    const target = event.target as HTMLElement | null;
    const typing = !!target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
    const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing;
    if (commandK || slash) {
      event.preventDefault();
      open();
    }
  });
}
