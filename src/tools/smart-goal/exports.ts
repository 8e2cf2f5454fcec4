import type { Locale } from '../../i18n/locales';
import type { IslandStrings } from './i18n';
import type { SmartState } from './schema';
import type { LetterNames } from './summary';

/**
 * The calendar file and the Markdown summary are made in a worker (exports.worker.ts), loaded on
 * the first click that needs one, so their code is not part of the page's first download.
 */
export interface ExportRequest {
  id: number;
  task: 'ics' | 'md';
  state: SmartState;
  lang: Locale;
  today: string;
  t: IslandStrings;
  letters: LetterNames;
}

/** `text` is null when there is nothing to export (a calendar without events). */
export interface ExportResponse {
  id: number;
  text: string | null;
  /** Calendar events in the file. */
  count: number;
}

let worker: Worker | undefined;
let last = 0;

/** Asks the worker for an export; resolves null when the worker cannot run. Browser only. */
export function requestExport(request: Omit<ExportRequest, 'id'>): Promise<ExportResponse | null> {
  return new Promise((resolve) => {
    try {
      worker ??= new Worker(new URL('./exports.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const id = (last += 1);
    const w = worker;
    const done = (response: ExportResponse | null) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(response);
    };
    const onMessage = (event: MessageEvent<ExportResponse>) => {
      if (event.data.id === id) done(event.data);
    };
    const onError = () => done(null);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ ...request, id });
  });
}
