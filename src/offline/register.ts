/**
 * Offline reading, on the page's side. site.ts calls `startOffline` once the page has loaded and
 * the browser is idle (production builds only). It:
 * - registers the service worker (dist/sw.js, scope = the site's base);
 * - asks it to save this page (the worker knows which: the message comes from it) and, unless
 *   the reader saves data (`navigator.connection.saveData`), every page of the reader's language with its search index (the language of their first
 *   visit: the worker decides); `<html data-saved>` (or `data-partial`) then says it is done,
 *   which also shows the About page's "save everything" button;
 * - sets `<html data-update>` when the worker says a new version waits, which shows the "new
 *   version" notice;
 * - sets `<html data-install>` when the browser offers installing (beforeinstallprompt), which
 *   shows the footer's quiet "Install" button.
 * The markup (src/components/OfflineNotice.astro, InstallOffer.astro, OfflineSave.astro) is
 * rendered by Astro in the page's language and shown by CSS. What the buttons do is in
 * ./actions.ts, loaded on the first click, so this part of every page's site script stays small.
 */
import type { OfflineAction } from './actions';
import type { FromWorker, ToWorker } from './messages';

/** Starts offline reading on this page: called once, after load, when the browser is idle. */
export function startOffline(): void {
  const sw = navigator.serviceWorker;
  const data = document.documentElement.dataset;
  let installPrompt: OfflineAction['installPrompt'];

  addEventListener('beforeinstallprompt', (event) => {
    // The browser's own mini prompt stays away; the footer's quiet button offers it instead.
    event.preventDefault();
    installPrompt = event as OfflineAction['installPrompt'];
    data.install = '';
  });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLElement>('[data-offline-action]');
    if (button) {
      const detail: OfflineAction = { button, installPrompt };
      // If the module cannot load (no connection), the button does nothing; the page is unharmed.
      void import('./actions').then(({ act }) => act(detail)).catch(() => undefined);
    }
  });

  // This module sits in `<base>_astro/`: the worker is at the base, and its scope is its folder.
  // The worker is written after Vite's build (scripts/service-worker.ts), so Vite cannot find it
  // and would warn; `@vite-ignore` leaves this URL to the browser, as intended.
  sw.register(new URL(/* @vite-ignore */ '../sw.js', import.meta.url))
    // (Where registration is blocked, by a policy or a test browser, `ready` never comes: no offline copy.)
    .then(async () => {
      // The worker reports each save (`saved`, `partial`) and says when a new version waits
      // (`update`): each becomes an attribute on <html>, which CSS and the tests read.
      sw.onmessage = ({ data: message }: MessageEvent<FromWorker>) => {
        data[message.type] = '';
      };
      const { active } = await sw.ready;
      active?.postMessage({
        type: 'save',
        everything: !(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData,
      } satisfies ToWorker);
    })
    // No connection to check for a new version, storage blocked, …: the site works as it is.
    .catch(() => undefined);
}
