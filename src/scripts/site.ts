/**
 * The only script on reading pages, and kept tiny: guide pages load nothing else until the
 * reader asks for more.
 * - It remembers the language a reader picks, so `/` can send them straight to it next time.
 * - It opens the search window (button, `/`, Ctrl+K or ⌘K). The window, its styles and Pagefind
 *   load only then, with a plain `import()` (see src/search/search-window.ts).
 * - It keeps the reader's colour theme (the footer's choice; applied before paint by inline.ts).
 * - It wires print buttons (./print.ts) and, on the first scroll, loads "On this page"'s marking (./toc.ts).
 * - On the glossary it loads the filter box's code (./glossary-filter.ts) on the first key press in it.
 * - On step pages it loads the ticking of the actions (../plan/ticking.ts) on the first tick, or
 *   when idle if ticks are saved.
 */
import { startOffline } from '../offline/register';
import { THEME_KEY, TICKS_KEY } from './keys';
import { rememberLanguage } from './language';
import './print';

// "On this page" marks the section being read; its small module loads on the first scroll.
if (document.querySelector('[data-toc]'))
  addEventListener('scroll', () => void import('./toc').catch(() => undefined), { once: true, passive: true });

// The glossary's filter box (shown by CSS only when scripting is on) loads its code on the first
// key press; the code then follows the box itself.
if (document.querySelector('[data-glossary-filter]'))
  addEventListener('input', () => void import('./glossary-filter').catch(() => undefined));

// A step page's actions can be ticked (../plan/ticking.ts; without JavaScript the list is for a
// pen). The code loads on the first tick, or when the browser is idle if ticks are saved on this
// device: a reader who has never ticked downloads none of it.
if (document.querySelector('[data-ticks]')) {
  const tick = (event?: unknown) => void import('../plan/ticking').then((m) => m.tick(event), String);
  addEventListener('change', tick);
  try {
    if (localStorage[TICKS_KEY]) (window.requestIdleCallback ?? setTimeout)(tick);
  } catch {
    // Storage blocked: no saved ticks to show.
  }
}

// Offline reading (src/offline/): after load, when the browser is idle, register the service worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(startOffline));

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-choice]');
  if (link) rememberLanguage(link.getAttribute('data-lang-choice'));
});

/**
 * Shows (or, with `false`, clears) the header's "search could not be loaded" message. It is an
 * alert created on failure only, so pages carry no empty live region the rest of the time.
 */
function searchUnavailable(status: HTMLElement, show: boolean): void {
  status.hidden = !show;
  // Once an alert, always one: hidden, it says nothing.
  if (show) status.setAttribute('role', 'alert');
  status.textContent = show ? (status.dataset.unavailable ?? '') : '';
}

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (button) {
  // The header has both: the button and, below it, this message.
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
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
    const from = focused instanceof HTMLElement && focused !== document.body ? focused : button;
    button.setAttribute('aria-busy', 'true');
    // A failed load is retried from a fresh address on the next press (slim-preload.ts): a
    // browser would otherwise keep failing the same module for the rest of the page's life.
    // The module, then its `openSearch`, in two steps: Vite moves a `.then` written on the
    // `import()` itself into the loader, which the retry skips (it imports the module afresh).
    const loading = import('../search/search-window');
    loading
      .then((m) => m.openSearch({ button, from, takeTyped }))
      .then(
        () => searchUnavailable(status, false),
        () => {
          takeTyped();
          searchUnavailable(status, true);
        },
      )
      .finally(() => button.removeAttribute('aria-busy'));
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
    const typing = !!target?.closest?.('input,textarea,select,[contenteditable]');
    const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing;
    if (commandK || slash) {
      event.preventDefault();
      open();
    }
  });
}

const root = document.documentElement;
const themeChoice = document.querySelector<HTMLFieldSetElement>('[data-theme-choice]');
if (themeChoice) {
  const current = themeChoice.querySelector<HTMLInputElement>(`input[value="${root.dataset.theme ?? 'system'}"]`);
  if (current) current.checked = true;
  themeChoice.addEventListener('change', (event) => {
    const theme = (event.target as HTMLInputElement).value;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      localStorage[theme === 'system' ? 'removeItem' : 'setItem'](THEME_KEY, theme);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
  });
}
