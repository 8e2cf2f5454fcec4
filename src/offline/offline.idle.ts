/**
 * Offline reading, on the page's side. site.ts loads this module once the page has loaded and
 * the browser is idle (production builds only). It:
 * - registers the service worker (dist/sw.js, scope = the site's base);
 * - asks it to save this page and what it loaded, and, unless the reader saves data
 *   (`navigator.connection.saveData`), every page of the reader's language with its search index
 *   (the language they chose, else this page's);
 * - says how that went on `<html data-offline>` (`saving`, `saved`, `partial`), which also
 *   reveals the About page's "save everything" button;
 * - sets `<html data-update>` when a new worker waits, which shows the "new version" notice; the
 *   new worker takes over only when the reader chooses "Reload" (tools autosave, so their work
 *   is there after the reload);
 * - sets `<html data-install>` when the browser offers installing (beforeinstallprompt), which
 *   shows the footer's quiet "Install" button.
 * The markup (src/components/Offline*.astro, InstallOffer.astro) is rendered by Astro in the page's
 * language and shown by CSS; this module only flips attributes and handles the buttons, so it
 * stays small. Named `*.idle.ts`: the byte measurement counts it as loaded before interaction
 * (it loads without any), see scripts/lib/page-weight.ts.
 */
import { rememberedLanguage } from '../scripts/language';
import type { FromWorker, ToWorker } from './messages';

type Lang = 'id' | 'en';

const sw = navigator.serviceWorker;
const root = document.documentElement;
const data = root.dataset;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const pageLang: Lang = root.lang === 'en' ? 'en' : 'id';
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
/** Whether this page was under a worker already: a change of worker is then an update. */
const hadController = !!sw.controller;
let accepted = false;
let installPrompt: (Event & { prompt(): Promise<unknown> }) | undefined;

async function start() {
  const registration = await sw.register(`${base}sw.js`, { scope: base });
  // Registration can be blocked (a policy, a test browser): then there is simply no offline copy.
  if (!(registration as ServiceWorkerRegistration | undefined)) return;
  const waiting = () => {
    if (registration.waiting && sw.controller) data.update = '';
  };
  waiting();
  registration.addEventListener('updatefound', () =>
    registration.installing?.addEventListener('statechange', waiting),
  );
  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
    else if (hadController) data.update = '';
  });

  const status = document.querySelector<HTMLElement>('[data-offline-save-status]');
  sw.addEventListener('message', ({ data: report }: MessageEvent<FromWorker>) => {
    data.offline = report.failed ? 'partial' : 'saved';
    if (status?.dataset.asked && report.lang === pageLang) {
      status.textContent = (report.failed ? status.dataset.failed : status.dataset.saved) ?? '';
    }
  });

  const { active } = await sw.ready;
  const save = (everything: boolean, lang: Lang) => {
    const paths = [location.pathname];
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin === location.origin) paths.push(url.pathname);
    }
    data.offline = 'saving';
    active?.postMessage({ type: 'save', lang, everything, paths } satisfies ToWorker);
  };
  document.addEventListener('click', (event) => {
    const action = (event.target as Element).closest?.<HTMLElement>('[data-offline-action]')?.dataset.offlineAction;
    if (action === 'reload') {
      // The waiting worker takes over and `controllerchange` reloads; without one (another tab
      // chose already), the new worker is in charge and a reload is all it takes.
      accepted = true;
      if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
      else location.reload();
    }
    if (action === 'later') delete data.update;
    if (action === 'install') {
      delete data.install;
      installPrompt?.prompt().catch(() => undefined);
    }
    if (action === 'save' && status) {
      status.dataset.asked = '1';
      status.textContent = status.dataset.saving ?? '';
      save(true, pageLang);
    }
  });
  save(!saveData, rememberedLanguage() ?? pageLang);
}

addEventListener('beforeinstallprompt', (event) => {
  // The browser's own mini prompt stays away; the footer's quiet button offers it instead.
  event.preventDefault();
  installPrompt = event as typeof installPrompt;
  data.install = '';
});
addEventListener('appinstalled', () => delete data.install);

void start();
