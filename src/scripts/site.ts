/**
 * The only script on reading pages, and kept tiny: guide pages load nothing else until the
 * reader asks for more.
 * - It remembers the language a reader picks, so `/` can send them straight to it next time.
 * - It opens the search window (button, `/`, Ctrl+K or ⌘K). The window, its styles and Pagefind
 *   load only then, with a plain `import()` (see src/search/search-window.ts).
 * - It shows the reader's colour theme in the footer's choice, and loads ./theme.ts to change it
 *   (applied before paint by inline.ts).
 * - It wires print buttons (./print.ts) and, on the first scroll, loads "On this page"'s marking (./toc.ts).
 * - On the glossary it loads the filter box's code (./glossary-filter.ts) on the first key press in it.
 * - On step pages it loads the ticking of the actions (../plan/ticking.ts) on the first tick.
 * - On a device that holds plan work it loads, when idle, the header's plan progress
 *   (../plan/header.ts), which also starts a step page's ticking to show the saved ticks.
 */
import { startOffline } from '../offline/register';
import { rememberLanguage } from './language';
import './print';

/** Runs `work` when the browser is idle (or soon, where it cannot say). */
const idle = (work: () => unknown) => (window.requestIdleCallback ?? setTimeout)(work);
const root = document.documentElement;

// "On this page" marks the section being read; its small module loads on the first scroll.
if (document.querySelector('[data-toc]'))
  addEventListener('scroll', () => void import('./toc').catch(String), { once: true, passive: true });

// The glossary's filter box (shown by CSS only when scripting is on) loads its code on the first
// key press; the code then follows the box itself.
if (document.querySelector('[data-glossary-filter]'))
  addEventListener('input', () => void import('./glossary-filter').catch(String));

// A step page's actions can be ticked (../plan/ticking.ts; without JavaScript the list is for a
// pen). The code loads on the first tick; a reader who has never ticked downloads none of it.
if (document.querySelector('[data-ticks]'))
  addEventListener('change', (event) => void import('../plan/ticking').then((m) => m.tick(event), String));

// On a device that holds plan work (the head's script marks it), when the browser is idle: the
// header's plan progress ("My plan 3/7"), which also shows a step page's saved ticks.
if ('plan' in root.dataset) idle(() => import('../plan/header').catch(String));

// Offline reading (src/offline/): after load, when the browser is idle, register the service worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator) addEventListener('load', () => idle(startOffline));

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

// The footer's theme choice shows the theme kept on this device; choosing one loads ./theme.ts.
const themeChoice = document.querySelector<HTMLFieldSetElement>('[data-theme-choice]');
if (themeChoice) {
  for (const input of themeChoice.querySelectorAll('input'))
    input.checked = input.value === (root.dataset.theme ?? 'system');
  themeChoice.addEventListener('change', (event) => void import('./theme').then((m) => m.choose(event), String));
}
