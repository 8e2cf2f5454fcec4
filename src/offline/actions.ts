/**
 * What the offline buttons do, loaded on the first click of one (see ./register.ts):
 * - `reload` (update notice): lets the waiting service worker take over, then reloads; tools
 *   autosave, so the reader's work is there after the reload;
 * - `later`: hides the notice for this page view;
 * - `install` (footer): opens the browser's install dialog;
 * - `save` (About page): saves every page of the page's language and its search index, and says
 *   how it went.
 */
import type { FromWorker, ToWorker } from './messages';

const sw = navigator.serviceWorker;
const root = document.documentElement;
const status = document.querySelector<HTMLElement>('[data-offline-save-status]');
const lang = root.lang === 'en' ? 'en' : 'id';

// The About page's status line answers the reader's "save everything" (not the page's own save).
sw.addEventListener('message', ({ data: report }: MessageEvent<FromWorker>) => {
  if (report.type !== 'update' && status?.dataset.asked && report.lang === lang && report.everything) {
    status.textContent = (report.complete ? status.dataset.saved : status.dataset.failed) ?? '';
  }
});

export interface OfflineAction {
  /** The clicked button; its `data-offline-action` says what to do: `reload`, `later`, `install` or `save`. */
  button: HTMLElement;
  /** The browser's install offer, kept from `beforeinstallprompt`. */
  installPrompt: (Event & { prompt(): Promise<unknown> }) | undefined;
}

export async function act({ button, installPrompt }: OfflineAction) {
  const action = button.dataset.offlineAction;
  if (action === 'later') delete root.dataset.update;
  if (action === 'install') {
    delete root.dataset.install;
    await installPrompt?.prompt().catch(() => undefined);
  }
  if (action === 'reload') {
    // The new worker takes over (still installing, it does so as soon as it is done), then the
    // page reloads under it. Without one (another tab chose already), a reload is all it takes.
    const registration = await sw.getRegistration();
    const next = registration?.waiting ?? registration?.installing;
    if (!next) return location.reload();
    sw.addEventListener('controllerchange', () => location.reload());
    next.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
  }
  if (action === 'save' && status) {
    status.dataset.asked = '1';
    status.textContent = status.dataset.saving ?? '';
    (await sw.ready).active?.postMessage({
      type: 'save',
      everything: true,
      force: true,
      paths: [location.pathname],
    } satisfies ToWorker);
  }
}
