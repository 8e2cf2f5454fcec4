/**
 * What the page and the service worker say to each other (postMessage). Kept in one place so
 * both sides agree; the worker checks what it receives, since any page of the origin can write.
 */
import type { Locale } from '../i18n/locales';

export type ToWorker =
  /**
   * Save these paths (the page just shown and what it loaded) and, with `everything`, the whole
   * pack of `lang`. The worker answers with `saved` when done.
   */
  | { type: 'save'; lang: Locale; everything: boolean; paths: string[] }
  /** The reader chose to load the new version. */
  | { type: 'skip-waiting' };

export interface SavedReport {
  type: 'saved';
  lang: Locale;
  /** Whether the whole pack of `lang` is now cached. */
  complete: boolean;
  /** Files that could not be fetched (the connection dropped, …): they are tried again next time. */
  failed: number;
}

export type FromWorker = SavedReport;

/** Reads a message sent to the worker; anything else is ignored. */
export function readToWorker(data: unknown): ToWorker | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'skip-waiting') return { type: 'skip-waiting' };
  if (
    message.type === 'save' &&
    (message.lang === 'id' || message.lang === 'en') &&
    typeof message.everything === 'boolean' &&
    Array.isArray(message.paths) &&
    message.paths.every((p) => typeof p === 'string')
  ) {
    return { type: 'save', lang: message.lang, everything: message.everything, paths: message.paths as string[] };
  }
  return undefined;
}
